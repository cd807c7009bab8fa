package org.lectern.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.lectern.log.LecternLog;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.AppFolders;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.service.ProjectUnavailable;

/** The JavaFX application: the Lectern window on one project. */
public final class LecternApp extends Application {
    private static volatile Path requestedProject;

    /** Opens the window on {@code project} (the default project when null) and returns when it closes. */
    public static void launchWindow(Path project) {
        LecternLog.captureJavaLogging();
        requestedProject = project;
        Application.launch(LecternApp.class);
    }

    private AnalystPreferences preferences;
    private CompletableFuture<ProjectSession> opening;
    private MainWindow window;

    /**
     * Before the window is built: when the analyst's name is known already, the project starts opening on
     * another thread, so that reading the file overlaps with starting the toolkit and building the window.
     */
    @Override
    public void init() {
        preferences = AnalystPreferences.forUser();
        preferences.analyst().ifPresent(analyst -> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return ProjectSetup.open(project(), analyst);
            } catch (ProjectUnavailable e) {
                throw new CompletionException(e);
            }
        }));
    }

    @Override
    public void start(Stage stage) {
        FxDialogService dialogs = new FxDialogService(stage, getHostServices());
        UnexpectedErrors.install(dialogs, LecternLog.file());
        window = new MainWindow(stage, preferences, dialogs);
        String analyst = preferences.analyst().orElseGet(() -> askAnalyst(dialogs, preferences));
        Path project = project();
        boolean opened = opening == null ? window.openProject(project, analyst)
                : window.showProject(project, this::openedInBackground);
        if (!opened && requestedProject != null) {
            // The file asked for was refused (and left as it was); carry on with the default project.
            opened = window.openProject(AppFolders.defaultProject(), analyst);
        }
        if (!opened) {
            Platform.exit();
            return;
        }
        markWhenShown(stage, "lectern.benchmark.readyFile");
        window.showArticleFirst(() -> {
            GettingStarted.showIfNotSeen(window);
            markWhenShown(stage, "lectern.benchmark.interactiveFile");
        });
    }

    /**
     * Lectern is ending, perhaps without its window being closed first (the desktop session ends): what the
     * analyst typed and has not yet left is saved, and the project closed.
     */
    @Override
    public void stop() {
        if (window != null) {
            window.model().detach();
        }
    }

    /**
     * For the start-up benchmark only (src/test/java/org/lectern/bench): with {@code lectern.benchmark.readyFile}
     * set, writes that file right after the first pulse following show() (the article shown), with
     * {@code lectern.benchmark.interactiveFile} right after the first pulse of the whole window; and quits after
     * the last of them if {@code lectern.benchmark.exitWhenReady} is true. Without the properties it does nothing.
     */
    private static void markWhenShown(Stage stage, String property) {
        String marker = System.getProperty(property);
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
                boolean last = property.endsWith("interactiveFile")
                        || System.getProperty("lectern.benchmark.interactiveFile") == null;
                if (last && Boolean.getBoolean("lectern.benchmark.exitWhenReady")) {
                    Platform.exit();
                }
            }
        });
        stage.getScene().addPostLayoutPulseListener(listener[0]);
    }

    private static Path project() {
        return requestedProject != null ? requestedProject : AppFolders.defaultProject();
    }

    private ProjectSession openedInBackground() throws Exception {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
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
