package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.text.Passages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bringing in a colleague's project from the window when their own Lectern calls them "ben": File → Bring in
 * colleague's work… asks who is who, proposes the project's Ben Okafor, and records what the analyst chose on
 * everything of theirs; bringing the same file in again adds nothing.
 */
@ExtendWith(ApplicationExtension.class)
class BringInWhoIsWhoTest {
    private static final String ARTICLE = """
            Harbour officials deny weapons shipment
            The harbour authority denied on Monday that the freighter Grey Tern carried rifles.
            Inspector Lena Moss said the manifest listed only grain.""";

    @TempDir
    static Path folder;

    private Path projectFile;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        projectFile = folder.resolve("ana-" + UUID.randomUUID() + ".lectern");
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.withDocument(stage, projectFile, "Ana Reyes", dialogs, "Harbour", ARTICLE);
        window = fixture.window();
        var session = window.model().session();
        // Ben Okafor's highlight, brought in earlier under his full name.
        ProjectSnapshot project = session.state().snapshot();
        Document document = project.documents().get(0);
        int start = ARTICLE.indexOf("denied on Monday");
        session.perform(new Edit("Ben's highlight", List.of(Change.created(new Annotation(UUID.randomUUID(),
                document.id(), Passages.of(ARTICLE, start, start + "denied on Monday".length()),
                project.tags().get(0).id(), "", Stamp.now("Ben Okafor"))))));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void choosingBenOkaforForBenPutsAllOfHisProjectUnderBenOkaforAndASecondTimeAddsNothing(FxRobot robot)
            throws Exception {
        Path bens = bensProjectAsBen();
        dialogs.realCreatorNames = true;
        dialogs.answers.add(bens);

        robot.clickOn("File").clickOn("#menu-bring-in-colleague-s-work");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#creator-as-0").tryQuery().isPresent());

        assertEquals("same analyst as Ben Okafor?", robot.lookup("#creator-hint-0").queryAs(Label.class).getText(),
                "the proposal stands beside the name");
        assertTrue(robot.lookup("#creator-as-1").tryQuery().isEmpty(), "one name in his project: ben");
        robot.clickOn("#creator-as-0");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("Ben Okafor");
        robot.clickOn("#creator-names-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.infos.isEmpty());

        assertEquals(List.of(List.of("ben")), dialogs.creatorNamesAsked);
        assertTrue(dialogs.infos.get(0).startsWith("From " + bens.getFileName() + ", Ben Okafor's 3 highlights,"
                + " 0 actors, 1 claims"), dialogs.infos::toString);
        assertTrue(!dialogs.infos.get(0).contains("may be analysts"), dialogs.infos::toString);
        ProjectSnapshot saved = saved();
        assertEquals(List.of("Ben Okafor", "Ben Okafor", "Ben Okafor", "Ben Okafor"),
                saved.annotations().stream().map(a -> a.stamp().author()).toList());
        assertEquals("Ben Okafor", saved.claims().get(0).stamp().author());
        assertTrue(saved.authors().stream().noneMatch(a -> a.name().equals("ben")), saved.authors()::toString);
        assertEquals("Bring in Ben Okafor's work from " + bens.getFileName(),
                window.model().session().history().nextUndo().orElseThrow().description());
        ProjectSnapshot once = saved();
        long revision = window.model().session().history().revision();

        dialogs.answers.add(bens);
        robot.clickOn("File").clickOn("#menu-bring-in-colleague-s-work");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.infos.size() == 2);

        assertEquals(1, dialogs.creatorNamesAsked.size(), "nothing new comes in, so nobody to ask about");
        assertTrue(dialogs.infos.get(1).contains("is in this project already"), dialogs.infos::toString);
        assertEquals(revision, window.model().session().history().revision(), "no edit to undo");
        assertEquals(once, saved(), "the project file holds what it held");
    }

    @Test
    void cancellingWhoIsWhoBringsInNothing(FxRobot robot) throws Exception {
        Path bens = bensProjectAsBen();
        dialogs.realCreatorNames = true;
        dialogs.answers.add(bens);

        robot.clickOn("File").clickOn("#menu-bring-in-colleague-s-work");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#creator-as-0").tryQuery().isPresent());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#creator-as-0").tryQuery().isEmpty(), "the dialog is closed");
        assertEquals(1, saved().annotations().size(), "only Ben Okafor's earlier highlight");
        assertTrue(dialogs.infos.isEmpty(), dialogs.infos::toString);
    }

    /** Ben's own project, where his Lectern knows him as "ben": two highlights and a claim. */
    private static Path bensProjectAsBen() throws Exception {
        Path file = folder.resolve("ben-" + UUID.randomUUID() + ".lectern");
        try (ProjectSession ben = new ProjectSession(ProjectFiles.create(file), "ben")) {
            ProjectSetup.ensureDefaultTags(ben);
            Edit add = ben.edits().addDocument("Harbour", DocumentMetadata.EMPTY, ARTICLE);
            ben.perform(add);
            UUID document = ((Document) add.changes().get(0).after()).id();
            ben.perform(ben.edits().annotate(document, at("Inspector Lena Moss"), end("Inspector Lena Moss"),
                    ben.state().tagNamed("Source").orElseThrow().id()));
            ben.perform(ben.edits().annotate(document, at("Grey Tern"), end("Grey Tern"),
                    ben.state().tagNamed("Actor").orElseThrow().id()));
            ben.perform(ben.edits().newClaimFromSelection(document, at("the manifest listed only grain"),
                    end("the manifest listed only grain")));
        }
        return file;
    }

    private static int at(String quote) {
        return ARTICLE.indexOf(quote);
    }

    private static int end(String quote) {
        return ARTICLE.indexOf(quote) + quote.length();
    }

    private ProjectSnapshot saved() throws Exception {
        try (ProjectStore store = ProjectFiles.openForReading(projectFile)) {
            return store.load();
        }
    }
}
