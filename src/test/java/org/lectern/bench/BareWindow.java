package org.lectern.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for cold start: a bare JavaFX window (a Stage with a Label), started and signalling readiness
 * exactly as LecternApp does under the benchmark. Its main class does not extend Application, like Lectern's.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
        System.exit(0);
    }

    /** The application itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Hello from a bare JavaFX window"), 640, 480));
            stage.setTitle("Bare");
            stage.show();
            markWhenShown(stage);
        }
    }

    /** The same hook as LecternApp's: after the first pulse following show(), write the marker file. */
    static void markWhenShown(Stage stage) {
        String marker = System.getProperty("lectern.benchmark.readyFile");
        if (marker == null) {
            return;
        }
        Scene scene = stage.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> Platform.runLater(() -> {
            if (listener[0] == null) {
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            listener[0] = null;
            try {
                Files.writeString(Path.of(marker), "shown");
            } catch (IOException e) {
                // The benchmark waits in vain and reports a time-out.
            }
            if (Boolean.getBoolean("lectern.benchmark.exitWhenReady")) {
                Platform.exit();
            }
        });
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
