package org.lectern.bench;

import com.sun.javafx.scene.SceneHelper;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Where start-up time goes: the steps of Lectern's start (LecternApp prints them when {@code
 * lectern.benchmark.steps} is set), or of the bare window with argument {@code bare}, each stamped with the wall
 * clock, printed as {@code STEP <epoch ms> <name>} lines for the parent to read.
 */
public final class StartupSteps {
    private static final List<String> STEPS = new ArrayList<>();
    private static volatile boolean bare;

    private StartupSteps() {
    }

    public static void main(String[] args) throws java.io.IOException {
        mark("main() entered");
        bare = args.length > 0 && args[0].equals("bare");
        if (!bare) {
            // Lectern's own start, printing its steps; it ends once its whole window is laid out.
            java.nio.file.Path steps = java.nio.file.Files.createTempFile("lectern-steps", ".txt");
            System.setProperty("lectern.benchmark.steps", steps.toString());
            System.setProperty("lectern.benchmark.exitWhenReady", "true");
            System.setProperty("lectern.benchmark.readyFile",
                    java.nio.file.Files.createTempFile("lectern-steps", ".first").toString());
            System.setProperty("lectern.benchmark.interactiveFile",
                    java.nio.file.Files.createTempFile("lectern-steps", ".whole").toString());
            STEPS.forEach(System.out::println);
            org.lectern.ui.LecternApp.launchWindow(null);
            java.nio.file.Files.readAllLines(steps).forEach(System.out::println);
            System.exit(0);
        }
        Application.launch(App.class);
        STEPS.forEach(System.out::println);
        System.exit(0);
    }

    static void mark(String step) {
        STEPS.add("STEP " + System.currentTimeMillis() + " " + step);
    }

    /** The bare window's steps, timed. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            mark("JavaFX toolkit started, start() called");
            stage.setScene(new Scene(new Label("Hello from a bare JavaFX window"), 640, 480));
            mark("scene built");
            Scene scene = stage.getScene();
            boolean[] once = {false};
            stage.show();
            mark("stage.show() returned");
            scene.addPostLayoutPulseListener(() -> {
                if (!once[0]) {
                    once[0] = true;
                    mark("first pulse done");
                    Platform.runLater(() -> {
                        SceneHelper.getPeer(scene).waitForRenderingToComplete();
                        mark("window painted");
                        Platform.exit();
                    });
                }
            });
        }
    }
}
