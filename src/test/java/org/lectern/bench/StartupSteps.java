package org.lectern.bench;

import com.sun.javafx.scene.SceneHelper;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.AppFolders;
import org.lectern.ui.FxDialogService;
import org.lectern.ui.MainWindow;

/**
 * Where start-up time goes: the steps of LecternApp.start (or of the bare window with argument {@code bare}),
 * each stamped with the wall clock, printed as {@code STEP <name> <epoch ms>} lines for the parent to read. It
 * starts JavaFX directly, without Launcher and its command line parsing.
 */
public final class StartupSteps {
    private static final List<String> STEPS = new ArrayList<>();
    private static volatile boolean bare;

    private StartupSteps() {
    }

    public static void main(String[] args) {
        mark("main() entered");
        bare = args.length > 0 && args[0].equals("bare");
        Application.launch(App.class);
        STEPS.forEach(System.out::println);
        System.exit(0);
    }

    static void mark(String step) {
        STEPS.add("STEP " + System.currentTimeMillis() + " " + step);
    }

    /** LecternApp.start's steps, timed; or the bare window's. */
    public static final class App extends Application {
        private MainWindow window;

        /** Marks the first pulse and the first frame of the article shown alone. */
        private static void firstFrame(Scene scene) {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (listener[0] != null) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    listener[0] = null;
                    mark("first pulse (article alone): CSS + layout done");
                    Platform.runLater(() -> {
                        SceneHelper.getPeer(scene).waitForRenderingToComplete();
                        mark("first frame painted (article alone)");
                    });
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
        }

        @Override
        public void start(Stage stage) {
            mark("JavaFX toolkit started, start() called");
            if (bare) {
                stage.setScene(new Scene(new Label("Hello from a bare JavaFX window"), 640, 480));
                mark("scene built");
            } else {
                AnalystPreferences preferences = AnalystPreferences.forUser();
                window = new MainWindow(stage, preferences, new FxDialogService(stage, getHostServices()));
                mark("MainWindow built (the article, theme, CSS; the rest is built after the first frame)");
                boolean opened = window.openProject(AppFolders.defaultProject(), preferences.analyst().orElseThrow());
                WindowBench.require(opened, "default project opened");
                mark("default project opened (SQLite, load, sample shown)");
            }
            Scene scene = stage.getScene();
            boolean[] once = {false};
            Runnable whole = () -> {
                mark("whole window built and joined (menus, tags, documents, panels)");
                scene.addPostLayoutPulseListener(() -> {
                    if (!once[0]) {
                        once[0] = true;
                        mark("first pulse of the whole window done");
                        Platform.runLater(() -> {
                            SceneHelper.getPeer(scene).waitForRenderingToComplete();
                            mark("whole window painted");
                            Platform.exit();
                        });
                    }
                });
            };
            if (bare) {
                stage.show();
                mark("stage.show() returned");
                whole.run();
            } else {
                firstFrame(scene);
                window.showArticleFirst(whole);
                mark("showArticleFirst() returned (article alone shown)");
            }
        }
    }
}
