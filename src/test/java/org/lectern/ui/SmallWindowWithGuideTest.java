package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The smallest window (1024×700) with the Getting started guide open beside it, as a new analyst first sees it:
 * every tab and every button of the panels shows its whole name.
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowWithGuideTest {
    static final String ARTICLE = "Harbour officials said on Tuesday that the manifest listed only grain.";
    /** A wire headline of the usual length, with words as long as headlines' words run. */
    static final String HEADLINE = "Researcher: harbourmasters can produce manifests for inspectors to use against"
            + " smugglers in months";

    @TempDir
    static java.nio.file.Path folder;

    private MainWindow window;
    private WindowFixture fixture;

    @Start
    void start(Stage shared) {
        Stage stage = new Stage(); // the sizes tried here leave the stage the other tests share alone
        fixture = WindowFixture.withDocument(stage, folder.resolve("guide-" + UUID.randomUUID() + ".lectern"),
                "Ana", new ScriptedDialogs(), HEADLINE, ARTICLE);
        window = fixture.window();
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    private static <T> T onFx(Callable<T> query) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, query);
    }

    private void smallWithGuide(FxRobot robot) {
        robot.interact(() -> {
            window.stage().setWidth(1024);
            window.stage().setHeight(700);
        });
        robot.clickOn("Help").clickOn("#menu-getting-started");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#" + GettingStarted.ID).tryQuery().isPresent(), "the guide is open");
    }

    @Test
    void theDocumentListWrapsALongTitleBetweenItsWordsNeverInsideOne(FxRobot robot) {
        smallWithGuide(robot);
        // the analyst drags the divider beside the list as far left as it goes
        Node list = robot.lookup("#document-list").query();
        Node divider = onFx(() -> list.getParent().getParent().getChildrenUnmodifiable().stream()
                .filter(node -> node.getStyleClass().contains("split-pane-divider")).findFirst().orElseThrow());
        robot.drag(divider).moveBy(-400, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.Text title = robot.lookup("#document-list .document-title").queryAs(javafx.scene.text.Text.class);
        assertEquals(HEADLINE, title.getText());
        double widestWord = onFx(() -> {
            double widest = 0;
            for (String word : HEADLINE.split(" ")) {
                javafx.scene.text.Text measure = new javafx.scene.text.Text(word);
                measure.setFont(title.getFont());
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
            return widest;
        });
        double wrapping = onFx(title::getWrappingWidth);
        assertTrue(wrapping >= widestWord, "the list wraps titles at " + wrapping + " px; its widest word, “"
                + "harbourmasters”, needs " + widestWord);
        // and the title stands whole, on several lines, not cut
        assertTrue(onFx(() -> title.getLayoutBounds().getHeight()) > 3 * onFx(() -> title.getFont().getSize()),
                "a long title wraps onto several lines");
    }

    @Test
    void everyTabShowsWholeBesideTheGuide(FxRobot robot) {
        smallWithGuide(robot);
        TabPane panels = (TabPane) window.stage().getScene().lookup("#panels");
        Bounds panelsBounds = onFx(() -> panels.localToScreen(panels.getLayoutBounds()));
        for (Tab tab : List.copyOf(panels.getTabs())) {
            Node header = onFx(() -> panels.lookupAll(".tab").stream()
                    .filter(node -> node.lookup(".tab-label") instanceof javafx.scene.control.Label label
                            && label.getText().equals(tab.getText())).findFirst().orElseThrow());
            Bounds headerBounds = onFx(() -> header.localToScreen(header.getLayoutBounds()));
            assertTrue(header.isVisible() && headerBounds.getMaxX() <= panelsBounds.getMaxX() - 20,
                    "the " + tab.getText() + " tab is wholly shown: " + headerBounds + " in " + panelsBounds);
        }
    }

    @Test
    void everyButtonOfTheActorsClaimsAndEvidencePanelsShowsItsWholeName(FxRobot robot) {
        smallWithGuide(robot);
        for (String tab : List.of("#tab-actors", "#tab-claims", "#tab-evidence")) {
            robot.clickOn(tab);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents(); // a panel built on first showing gets its skin on the next pulse
            TabPane panels = (TabPane) window.stage().getScene().lookup("#panels");
            Bounds panelsBounds = onFx(() -> panels.localToScreen(panels.getLayoutBounds()));
            List<Button> buttons = onFx(() -> {
                List<Button> found = new ArrayList<>();
                for (Node node : panels.getSelectionModel().getSelectedItem().getContent().lookupAll(".button")) {
                    if (node instanceof Button button && button.isVisible() && !button.getText().isEmpty()) {
                        found.add(button);
                    }
                }
                return found;
            });
            assertTrue(buttons.size() >= 2, tab + " has its buttons");
            for (Button button : buttons) {
                double needed = onFx(() -> button.prefWidth(-1));
                Bounds bounds = onFx(() -> button.localToScreen(button.getLayoutBounds()));
                assertTrue(button.getWidth() >= needed - 0.5, tab + ": “" + button.getText() + "” is "
                        + button.getWidth() + " px wide, its name needs " + needed);
                assertTrue(bounds.getMaxX() <= panelsBounds.getMaxX() + 0.5, tab + ": “" + button.getText()
                        + "” lies inside the panel's width");
            }
        }
    }

    @Test
    void eachPanelsDeleteButtonIsInViewInALowWindowWhereItsFormScrolls(FxRobot robot) {
        smallWithGuide(robot);
        for (String name : List.of("actors", "claims", "evidence", "annotations")) {
            robot.clickOn("#tab-" + name);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents(); // a panel built on first showing gets its skin on the next pulse
            String id = "#" + (name.equals("evidence") ? name : name.substring(0, name.length() - 1)) + "-delete";
            TabPane panels = (TabPane) window.stage().getScene().lookup("#panels");
            Bounds panelsBounds = onFx(() -> panels.localToScreen(panels.getLayoutBounds()));
            Node delete = onFx(() -> panels.getSelectionModel().getSelectedItem().getContent().lookup(id));
            Bounds bounds = onFx(() -> delete.localToScreen(delete.getLayoutBounds()));
            assertTrue(bounds.getMaxY() <= panelsBounds.getMaxY() + 0.5 && bounds.getMinY() >= panelsBounds.getMinY(),
                    name + ": " + id + " lies within the panel (" + bounds + " in " + panelsBounds + ")");
        }
    }
}
