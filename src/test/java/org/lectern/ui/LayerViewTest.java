package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stamp;
import org.lectern.service.Edit;
import org.lectern.text.Passages;
import org.lectern.service.ProjectSetup;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With a colleague's work brought in, the article shows everyone's highlights told apart (the analyst's own
 * filled, the colleague's dashed) with a legend naming them, or one analyst's layer alone.
 */
@ExtendWith(ApplicationExtension.class)
class LayerViewTest {
    static final String ARTICLE = "Customs records seen by this paper show four containers weighed twice the declared amount.";

    @TempDir
    static Path folder;

    private MainWindow window;
    private WindowFixture fixture;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path file = folder.resolve("layers-" + UUID.randomUUID() + ".lectern");
        try (var ben = ProjectSetup.open(file, "Ben Okafor")) {
            ben.perform(ben.edits().addDocument("Customs", DocumentMetadata.EMPTY, ARTICLE));
            var document = ben.state().documents().get(0).id();
            int four = ARTICLE.indexOf("four containers");
            ben.perform(ben.edits().annotate(document, four, four + "four containers".length(),
                    ben.state().tags().get(0).id()));
        }
        fixture = WindowFixture.open(stage, file, "Ana Reyes", dialogs);
        window = fixture.window();
        var session = window.model().session();
        session.perform(session.edits().annotate(session.state().documents().get(0).id(), 0, "Customs".length(),
                session.state().tags().get(0).id()));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    private Collection<String> stylesAt(String phrase) {
        int at = ARTICLE.indexOf(phrase) + 1;
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> window.article().textArea().getStyleOfChar(at));
    }

    private static boolean filled(Collection<String> styles) {
        return styles.stream().anyMatch(s -> s.startsWith("hl-"));
    }

    private static boolean dashed(Collection<String> styles) {
        return styles.stream().anyMatch(s -> s.startsWith("co-"));
    }

    private List<String> legend(FxRobot robot) {
        Region legend = robot.lookup("#layer-legend").queryAs(Region.class);
        if (!legend.isVisible()) {
            return List.of();
        }
        return robot.from(legend).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private List<String> swatches(FxRobot robot) {
        Region legend = robot.lookup("#layer-legend").queryAs(Region.class);
        return robot.from(legend).lookup(".label").queryAllAs(Label.class).stream()
                .map(label -> label.getGraphic().getStyleClass().get(0)).toList();
    }

    private void choose(FxRobot robot, String item) {
        robot.clickOn("View").clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyonesHighlightsAreToldApartAndTheLegendNamesWhoseAreWhose(FxRobot robot) {
        assertTrue(filled(stylesAt("Customs")), "the analyst's own highlight is filled");
        assertTrue(dashed(stylesAt("four containers")), "the colleague's is a dashed underline");
        assertFalse(filled(stylesAt("four containers")));
        assertEquals(List.of("Ana Reyes (you)", "Ben Okafor"), legend(robot));
    }

    @Test
    void oneColleaguesLayerAloneAndBackToEveryone(FxRobot robot) {
        dialogs.answers.add((java.util.function.Function<List<String>, String>) names -> names.get(names.indexOf("Ben Okafor")));
        choose(robot, "#menu-only-a-colleague-s-highlights");
        assertTrue(stylesAt("Customs").isEmpty(), "the analyst's own highlight is not shown");
        assertTrue(filled(stylesAt("four containers")), "the colleague's layer alone, in its colours");
        assertEquals(List.of("Showing only Ben Okafor's highlights (View → Highlights of → Everyone shows all)"),
                legend(robot));

        choose(robot, "#menu-only-my-highlights");
        assertTrue(filled(stylesAt("Customs")));
        assertTrue(stylesAt("four containers").isEmpty());

        choose(robot, "#menu-highlights-of-everyone");
        assertTrue(filled(stylesAt("Customs")));
        assertTrue(dashed(stylesAt("four containers")));
    }

    @Test
    void aBigEditThatTakesAColleaguesLastHighlightDropsThemFromTheLegendAndUndoBringsThemBack(FxRobot robot) {
        robot.interact(() -> {
            var state = window.model().session().state();
            UUID document = state.documents().get(0).id();
            window.model().perform(new Edit("Many highlights", myHighlights(document, 150)));
            List<Change> changes = new ArrayList<>(myHighlights(document, 40));
            state.annotationsOf(document).stream().filter(a -> a.stamp().author().equals("Ben Okafor"))
                    .forEach(theirs -> changes.add(Change.deleted(theirs)));
            window.model().perform(new Edit("Ben's highlight out, forty more in", changes));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(191, window.model().annotations().size());
        assertEquals(List.of(), legend(robot), "only the analyst's own highlights are left");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(152, window.model().annotations().size(), "Ben's highlight is back beside the analyst's");
        assertEquals(List.of("Ana Reyes (you)", "Ben Okafor"), legend(robot));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(191, window.model().annotations().size());
        assertEquals(List.of(), legend(robot));
    }

    private List<Change> myHighlights(UUID document, int count) {
        var tags = window.model().session().state().tags();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = i % 80;
            changes.add(Change.created(new Annotation(UUID.randomUUID(), document, Passages.of(ARTICLE, start,
                    start + 5), tags.get(i % 3).id(), "", Stamp.now("Ana Reyes"))));
        }
        return changes;
    }

    @Test
    void switchingDocumentTheLegendNamesThatDocumentsAnalystsInTheOrderTheirHighlightsStart(FxRobot robot) {
        String other = "Harbour notes: the inspector and the clerk disagree about the seals.";
        robot.interact(() -> {
            var session = window.model().session();
            session.perform(session.edits().addDocument("Harbour notes", DocumentMetadata.EMPTY, other));
            UUID notes = session.state().documents().stream().filter(d -> d.title().equals("Harbour notes"))
                    .findFirst().orElseThrow().id();
            UUID tag = session.state().tags().get(0).id();
            List<Change> theirs = new ArrayList<>();
            for (String[] highlight : new String[][] {{"Dara Quinn", "inspector"}, {"Cleo Marsh", "Harbour"},
                    {"Dara Quinn", "seals"}}) {
                int start = other.indexOf(highlight[1]);
                theirs.add(Change.created(new Annotation(UUID.randomUUID(), notes, Passages.of(other, start,
                        start + highlight[1].length()), tag, "", Stamp.now(highlight[0]))));
            }
            window.model().perform(new Edit("Colleagues' highlights", theirs));
        });
        robot.clickOn("Harbour notes");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.model().annotations().size());
        assertEquals(List.of("Ana Reyes (you)", "Cleo Marsh", "Dara Quinn"), legend(robot),
                "the analyst, then the colleagues as their highlights come in the text");

        robot.clickOn("Customs");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Ana Reyes (you)", "Ben Okafor"), legend(robot), "back to the first document's");
        assertEquals(List.of("layer-swatch-filled", "layer-swatch-dashed"), swatches(robot),
                "the analyst's own layer filled, the colleague's dashed, as before the switches");
    }

    @Test
    void withoutAColleaguesHighlightThereIsNoLegend(FxRobot robot) {
        robot.interact(() -> {
            var session = window.model().session();
            var theirs = session.state().annotationsOf(session.state().documents().get(0).id()).stream()
                    .filter(a -> a.stamp().author().equals("Ben Okafor")).findFirst().orElseThrow();
            session.perform(session.edits().deleteAnnotation(theirs.id()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), legend(robot));
        assertTrue(filled(stylesAt("Customs")));
    }
}
