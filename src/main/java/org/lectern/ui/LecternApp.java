package org.lectern.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.AppFolders;

/** The JavaFX application: the Lectern window on one project. */
public final class LecternApp extends Application {
    private static volatile Path requestedProject;

    /** Opens the window on {@code project} (the default project when null) and returns when it closes. */
    public static void launchWindow(Path project) {
        requestedProject = project;
        Application.launch(LecternApp.class);
    }

    @Override
    public void start(Stage stage) {
        AnalystPreferences preferences = AnalystPreferences.forUser();
        FxDialogService dialogs = new FxDialogService(stage);
        MainWindow window = new MainWindow(stage, preferences, dialogs);
        String analyst = preferences.analyst().orElseGet(() -> askAnalyst(dialogs, preferences));
        Path project = requestedProject != null ? requestedProject : AppFolders.defaultProject();
        boolean opened = window.openProject(project, analyst);
        if (!opened && requestedProject != null) {
            // The file asked for was refused (and left as it was); carry on with the default project.
            opened = window.openProject(AppFolders.defaultProject(), analyst);
        }
        if (!opened) {
            Platform.exit();
            return;
        }
        window.show();
        markWhenShown(stage);
    }

    /**
     * For the start-up benchmark only (src/test/java/org/lectern/bench): with {@code lectern.benchmark.readyFile}
     * set, writes that file right after the first pulse following show(), and quits there if
     * {@code lectern.benchmark.exitWhenReady} is true. Without the property it does nothing.
     */
    private static void markWhenShown(Stage stage) {
        String marker = System.getProperty("lectern.benchmark.readyFile");
        if (marker == null) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> Platform.runLater(() -> {
            if (listener[0] != null) {
                stage.getScene().removePostLayoutPulseListener(listener[0]);
                listener[0] = null;
                try {
                    Files.writeString(Path.of(marker), "shown");
                } catch (IOException e) {
                    // The benchmark waits in vain and reports a time-out.
                }
                if (Boolean.getBoolean("lectern.benchmark.exitWhenReady")) {
                    Platform.exit();
                }
            }
        });
        stage.getScene().addPostLayoutPulseListener(listener[0]);
    }

    /** Asked once: every record carries its author. */
    private static String askAnalyst(DialogService dialogs, AnalystPreferences preferences) {
        String name = dialogs.askText("Welcome to Lectern",
                "Your name, as it will stand on everything you annotate:", AnalystPreferences.suggestedAnalyst())
                .orElse(AnalystPreferences.suggestedAnalyst());
        preferences.setAnalyst(name);
        return name;
    }
}
