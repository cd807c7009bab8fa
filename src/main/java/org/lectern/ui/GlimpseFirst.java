package org.lectern.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.ArticlePreview;
import org.lectern.ui.article.ArticleGlimpse;

/**
 * The first frame at start-up: the window, placed and sized as last left, showing a glimpse of the article it
 * opens on ({@link ArticleGlimpse}); then, once that frame is out and the project is open, the whole window in
 * its place. The glimpse takes no input: keys and clicks before the whole window is there do nothing, so none is
 * applied to a text the analyst does not yet have in front of them.
 */
final class GlimpseFirst {
    private GlimpseFirst() {
    }

    /** Shows the glimpse of {@code project}'s first document in {@code stage}. */
    static void show(Stage stage, AnalystPreferences preferences, ArticlePreview preview, Path project) {
        stage.setScene(WindowPlacement.firstScene(new ArticleGlimpse(preview, "dark".equals(preferences.theme()))));
        WindowPlacement.restore(stage, preferences);
        stage.setTitle("Lectern — " + project.getFileName());
        stage.show();
    }

    /**
     * After the glimpse's first frame: runs {@code build} on the window's thread (the whole window is built while
     * the project may still be opening), then, once {@code opening} is done, {@code whole} (whether the opening
     * succeeded or failed: {@code whole} finds out which).
     */
    static void thenWhole(Stage stage, CompletableFuture<?> opening, Runnable build, Runnable whole) {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> Platform.runLater(() -> {
            if (once[0] != null) {
                scene.removePostLayoutPulseListener(once[0]);
                once[0] = null;
                if (stage.isShowing()) {
                    build.run();
                }
                opening.whenComplete((result, failure) -> Platform.runLater(whole));
            }
        });
        scene.addPostLayoutPulseListener(once[0]);
    }
}
