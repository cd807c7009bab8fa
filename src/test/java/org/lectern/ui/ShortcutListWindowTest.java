package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard shortcuts (F1), in the dialog the window really shows: the list of some sixty keys once came as
 * one message taller than a 700 px screen, its top and its OK button out of reach.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutListWindowTest {
    @TempDir
    static Path folder;

    private WindowFixture fixture;

    @Start
    void start(Stage shared) {
        Stage stage = new Stage();
        fixture = WindowFixture.withDocument(stage, folder.resolve("keys-" + UUID.randomUUID() + ".lectern"), "Ana",
                new ScriptedDialogs(), "Harbour", "The harbour authority denied that the Grey Tern carried rifles.");
        fixture.window().show();
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Keyboard shortcuts".equals(s.getTitle())).map(w -> (Stage) w).toList().forEach(Stage::close));
        fixture.close(robot);
    }

    @Test
    void theListFitsTheSmallestWindowScrollsAndClosesWithEscape(FxRobot robot) throws Exception {
        MainWindow window = fixture.window();
        FxDialogService dialogs = new FxDialogService(window.stage(), null);
        robot.interact(() -> javafx.application.Platform.runLater(() -> dialogs.showPane("Keyboard shortcuts",
                ShortcutList.sheet((MenuBar) window.stage().getScene().lookup("#menu-bar"), window.model().tags()))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shortcutWindow() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Stage shown = shortcutWindow();

        assertTrue(shown.getHeight() <= 700 - 40, "the dialog, " + shown.getHeight() + " px high, fits a 700 px"
                + " screen with room for the desktop's bars");
        ScrollPane list = (ScrollPane) shown.getScene().lookup("#shortcut-list");
        double contentHeight = onFx(() -> list.getContent().getBoundsInLocal().getHeight());
        double viewport = onFx(() -> list.getViewportBounds().getHeight());
        assertTrue(contentHeight > viewport, "the whole list (" + contentHeight + " px) scrolls in its " + viewport
                + " px");
        Bounds close = onFx(() -> shown.getScene().lookup(".button-bar .button")
                .localToScene(shown.getScene().lookup(".button-bar .button").getLayoutBounds()));
        assertTrue(close.getMaxY() <= shown.getScene().getHeight(), "the Close button is in the dialog: " + close);

        List<String> cut = onFx(() -> list.getContent().lookupAll(".shortcut-keys").stream()
                .map(node -> (Label) node)
                .filter(label -> !label.getText().equals(((javafx.scene.text.Text) label.lookup(".text")).getText()))
                .map(Label::getText).toList());
        assertEquals(List.of(), cut, "keys shown whole");

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, shortcutWindow(), "Escape closes the list");
    }

    private static Stage shortcutWindow() {
        return onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && "Keyboard shortcuts".equals(s.getTitle())).map(w -> (Stage) w).findFirst().orElse(null));
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
