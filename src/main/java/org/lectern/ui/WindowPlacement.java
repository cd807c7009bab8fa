package org.lectern.ui;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.WindowLayout;

/**
 * Where the window opens and how big: as the analyst last left it, else roomy on the screen. A class of its own,
 * apart from MainWindow, so that the first frame at start-up places the window without loading the window's parts.
 */
final class WindowPlacement {
    private WindowPlacement() {
    }

    /** A scene of the size a first window has (the stage then takes the size last left, if there is one). */
    static Scene firstScene(Parent root) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, firstSize(1400, WindowLayout.MIN_WIDTH, screen.getWidth()),
                firstSize(880, WindowLayout.MIN_HEIGHT, screen.getHeight()));
    }

    /**
     * The size of a first window: roomy but leaving some of the screen around it, never below the usable minimum
     * (which the stage enforces) and never beyond the screen, so that it opens wholly on a small screen too.
     */
    static double firstSize(double roomy, double minimum, double screen) {
        return Math.min(screen, Math.max(minimum, Math.min(roomy, screen * 0.92)));
    }

    /** The smallest usable size, and the place and size last left (fitted to the screen as it is now). */
    static void restore(Stage stage, AnalystPreferences preferences) {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(WindowLayout.MIN_WIDTH, visible.getWidth()));
        stage.setMinHeight(Math.min(WindowLayout.MIN_HEIGHT, visible.getHeight()));
        saved(preferences).ifPresent(layout -> {
            stage.setX(layout.x());
            stage.setY(layout.y());
            stage.setWidth(layout.width());
            stage.setHeight(layout.height());
            stage.setMaximized(layout.maximized());
        });
    }

    static Optional<WindowLayout> saved(AnalystPreferences preferences) {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        return preferences.windowLayout().map(saved -> saved.fittedTo(visible.getMinX(), visible.getMinY(),
                visible.getWidth(), visible.getHeight()));
    }
}
