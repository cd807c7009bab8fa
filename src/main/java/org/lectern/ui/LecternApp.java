package org.lectern.ui;

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
