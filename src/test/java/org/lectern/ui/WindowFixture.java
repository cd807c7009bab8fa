package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.lectern.service.AnalystPreferences;
import org.testfx.api.FxRobot;

/**
 * Lectern's window on a project, as a GUI test starts it: with preferences of its own, never the user's, which
 * {@link #close} removes with the window.
 */
record WindowFixture(MainWindow window, Preferences preferences) {

    /** The window on {@code project}, opened by {@code analyst}; not shown yet, so the test can fill it first. */
    static WindowFixture open(Stage stage, Path project, String analyst, ScriptedDialogs dialogs) {
        Preferences preferences = Preferences.userRoot().node("lectern-test-" + UUID.randomUUID());
        MainWindow window = new MainWindow(stage, new AnalystPreferences(preferences), dialogs);
        assertTrue(window.openProject(project, analyst), () -> "project opened: " + dialogs.errors);
        return new WindowFixture(window, preferences);
    }

    /**
     * Waits until a long document has come into the article whole: it comes a slice per frame, its highlights'
     * styles worked out on a worker meanwhile.
     */
    static void awaitArticleFilledIn(MainWindow window) throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.article().isFilling()).get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    void close(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> window.stage().close());
        preferences.removeNode();
    }
}
