package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.DocumentMetadata;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.ArticlePreview;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.ui.article.ArticleGlimpse;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At start-up the window first shows a glimpse of the article it opens on, read from the project before the
 * project is open; the whole window takes its place once the project is open. The analyst sees the right text
 * from the first frame, loses nothing typed or clicked meanwhile (it is not applied to anything), and then has the
 * article at its start with the keys working.
 */
@ExtendWith(ApplicationExtension.class)
class GlimpseFirstStartTest {
    /** Longer than the glimpse reads, in paragraphs of a line each. */
    private static final String FIRST = String.join("\n", java.util.stream.IntStream.range(0, 400)
            .mapToObj(i -> "Paragraph " + i + ": the harbour master counted the containers on the quay again.")
            .toList());
    private static final String SECOND = "A later report, added second, which the window does not open on.";

    @TempDir
    static Path folder;

    private Path project;
    private Preferences preferencesNode;
    private final CompletableFuture<ProjectSession> opening = new CompletableFuture<>();
    private MainWindow built;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        // A window of its own, as at start-up: nothing left on it by another test.
        this.stage = new Stage();
        project = folder.resolve("glimpse-" + UUID.randomUUID() + ".lectern");
        try (ProjectSession session = ProjectSetup.open(project, "Ana")) {
            session.perform(session.edits().addDocument("Harbour counts", DocumentMetadata.EMPTY, FIRST));
            session.perform(session.edits().addDocument("Later report", DocumentMetadata.EMPTY, SECOND));
        }
        preferencesNode = Preferences.userRoot().node("lectern-test-" + UUID.randomUUID());
        AnalystPreferences preferences = new AnalystPreferences(preferencesNode);
        ArticlePreview preview = ArticlePreview.of(project).orElseThrow();
        GlimpseFirst.show(stage, preferences, preview, project);
        // As LecternApp does: the whole window is built after the glimpse's first frame, and shown in its place
        // once the project is open.
        GlimpseFirst.thenWhole(stage, opening, () -> built = new MainWindow(stage, preferences, new ScriptedDialogs()),
                () -> {
                    built.showProject(project, opening::join);
                    built.show();
                    window = built;
                });
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> stage.close());
        if (window == null && opening.isDone() && !opening.isCompletedExceptionally()) {
            opening.join().close();
        }
        preferencesNode.removeNode();
    }

    @Test
    void theFirstFrameShowsTheStartOfTheDocumentTheWindowOpensOnWithItsTitle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        ArticleGlimpse glimpse = assertInstanceOf(ArticleGlimpse.class, stage.getScene().getRoot());
        List<String> shown = texts(glimpse).stream().map(Text::getText).toList();
        assertEquals("Harbour counts", shown.get(0), "the title heads it");
        assertEquals(FIRST.substring(0, ArticlePreview.CHARACTERS), String.join("\n", shown.subList(1, shown.size())),
                "the article's first characters, in order, a paragraph a line");
        assertEquals("Lectern — " + project.getFileName(), stage.getTitle());
    }

    @Test
    void keysAndClicksBeforeTheWholeWindowChangeNothingAndItOpensOnTheSameTextAtItsStart(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node firstParagraph = texts(stage.getScene().getRoot()).get(1);
        robot.clickOn(firstParagraph);
        robot.press(KeyCode.SHIFT, KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL, KeyCode.SHIFT);
        robot.type(KeyCode.DIGIT1);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        robot.type(KeyCode.PAGE_DOWN);

        openTheProject();

        assertNotNull(window, "the whole window took the glimpse's place");
        assertSame(window.stage().getScene(), stage.getScene(), "in the same window");
        assertEquals(FIRST, window.article().textArea().getText(), "the same text, whole");
        assertEquals(0, window.article().textArea().firstVisibleParToAllParIndex(), "at its start, as the glimpse was");
        assertEquals(0, window.article().selection().getLength(), "nothing selected");
        assertEquals(List.of(), window.model().annotations().stream().map(Annotation::id).toList(),
                "the 1 typed into the glimpse tagged nothing");
        assertSame(window.article().textArea(), stage.getScene().getFocusOwner(), "the article has the keys");
    }

    @Test
    void onceTheWholeWindowIsThereTheTagKeysWork(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        openTheProject();

        robot.press(KeyCode.SHIFT, KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL, KeyCode.SHIFT);
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();

        List<Annotation> annotations = window.model().annotations();
        assertEquals(1, annotations.size(), "one highlight");
        assertEquals("Paragraph", FIRST.substring(annotations.get(0).passage().start(),
                annotations.get(0).passage().end()).strip(), "on the first word");
        assertTrue(stage.getScene().getRoot().lookup(".menu-bar") != null, "with the menus there");
    }

    private void openTheProject() {
        CompletableFuture.runAsync(() -> {
            try {
                opening.complete(ProjectSetup.open(project, "Ana"));
            } catch (Exception e) {
                opening.completeExceptionally(e);
            }
        }).join();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text nodes under a node, in the order they are drawn. */
    private static List<Text> texts(Node node) {
        List<Text> texts = new ArrayList<>();
        if (node instanceof Text text) {
            texts.add(text);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(texts(child)));
        }
        return texts;
    }
}
