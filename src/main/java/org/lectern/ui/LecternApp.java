package org.lectern.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.lectern.log.LecternLog;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.AppFolders;
import org.lectern.service.ArticlePreview;
import org.lectern.service.ProjectSession;

/** The JavaFX application: the Lectern window on one project. */
public final class LecternApp extends Application {
    private static volatile Path requestedProject;

    /** Opens the window on {@code project} (the default project when null) and returns when it closes. */
    public static void launchWindow(Path project) {
        step("launchWindow() entered");
        LecternLog.captureJavaLogging();
        step("logging set up");
        requestedProject = project;
        early = EarlyStart.begin(project());
        step("early start begun (preferences read, its thread started)");
        Application.launch(LecternApp.class);
    }

    private static volatile EarlyStart early;
    private AnalystPreferences preferences;
    private MainWindow window;

    @Override
    public void init() {
        if (early == null) {
            early = EarlyStart.begin(project()); // started by JavaFX's own launcher rather than launchWindow
        }
        preferences = early.preferences();
        step("init() done");
    }

    /**
     * When the analyst's name is known and the project has a document to show, the first frame is a glimpse of
     * that document's start (see {@link org.lectern.ui.article.ArticleGlimpse}): the window is on the screen with the article in it
     * before the article view, the theme and the project are loaded. The whole window replaces it once the
     * project is open. Otherwise (the first start, a project without documents) the window is built at once.
     */
    @Override
    public void start(Stage stage) {
        step("JavaFX toolkit started, start() called");
        FxDialogService dialogs = new FxDialogService(stage, getHostServices());
        UnexpectedErrors.install(dialogs, LecternLog.file());
        Optional<ArticlePreview> preview = early.opening() == null ? Optional.empty() : early.preview();
        if (preview.isEmpty()) {
            early.openNow();
            startWhole(stage, dialogs);
            return;
        }
        step("preview of the article read (waited for)");
        GlimpseFirst.show(stage, preferences, preview.get(), project());
        step("glimpse shown (stage.show() returned)");
        stepAtNextLayout(stage, "first pulse of the glimpse done (first frame)");
        markWhenShown(stage, "lectern.benchmark.readyFile");
        haltAtFirstLayoutIfAsked(stage);
        GlimpseFirst.thenWhole(stage, early.opening(), () -> {
            early.openNow();
            step("glimpse's first frame out; building the whole window");
            window = new MainWindow(stage, preferences, dialogs);
            step("MainWindow built (article view, theme, stylesheets)");
        }, () -> replaceGlimpse(stage, dialogs));
    }

    /** The window as it was before the glimpse: built whole, the project shown in it, the article first. */
    private void startWhole(Stage stage, FxDialogService dialogs) {
        window = new MainWindow(stage, preferences, dialogs);
        if (!openProject(dialogs)) {
            Platform.exit();
            return;
        }
        markWhenShown(stage, "lectern.benchmark.readyFile");
        haltAtFirstLayoutIfAsked(stage);
        window.showArticleFirst(() -> {
            GettingStarted.showIfNotSeen(window);
            markWhenShown(stage, "lectern.benchmark.interactiveFile");
        });
    }

    /** The whole window in place of the glimpse, on the project now open (or what opening it said). */
    private void replaceGlimpse(Stage stage, FxDialogService dialogs) {
        if (!stage.isShowing()) {
            early.closeUnused(); // closed before the project was open
            return;
        }
        step("project open");
        if (!openProject(dialogs)) {
            Platform.exit();
            return;
        }
        step("project shown in it");
        window.show();
        step("whole window assembled (menus, tags, documents, panels)");
        stepAtNextLayout(stage, "first pulse of the whole window done");
        GettingStarted.showIfNotSeen(window);
        markWhenShown(stage, "lectern.benchmark.interactiveFile");
    }

    /** Shows the project asked for; when it is refused (and left as it was), the default project instead. */
    private boolean openProject(DialogService dialogs) {
        String analyst = preferences.analyst().orElseGet(() -> askAnalyst(dialogs, preferences));
        Path project = project();
        boolean opened = early.opening() == null ? window.openProject(project, analyst)
                : window.showProject(project, this::openedInBackground);
        if (!opened && requestedProject != null) {
            opened = window.openProject(AppFolders.defaultProject(), analyst);
        }
        return opened;
    }

    /**
     * Lectern is ending, perhaps without its window being closed first (the desktop session ends): what the
     * analyst typed and has not yet left is saved, and the project closed.
     */
    @Override
    public void stop() {
        if (window != null) {
            window.model().detach();
        } else if (early != null) {
            early.closeUnused();
        }
    }

    /**
     * For the start-up benchmark (src/test/java/org/lectern/bench), the installer's training run that records the
     * ahead-of-time cache (installer/build.sh) and QuietStartTest: with {@code lectern.benchmark.readyFile}
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

    /**
     * For the test of what the first frame loads (FirstFrameClassesTest) only: with {@code
     * lectern.test.haltAtFirstFrame} true, ends the JVM with exit code {@value #HALTED_AT_FIRST_FRAME} as soon as
     * the first frame is laid out, before anything queued after that frame runs.
     */
    private static void haltAtFirstLayoutIfAsked(Stage stage) {
        if (Boolean.getBoolean("lectern.test.haltAtFirstFrame")) {
            stage.getScene().addPostLayoutPulseListener(() -> Runtime.getRuntime().halt(HALTED_AT_FIRST_FRAME));
        }
    }

    static final int HALTED_AT_FIRST_FRAME = 33;

    private static final String STEPS = System.getProperty("lectern.benchmark.steps");

    /**
     * For the start-up benchmark only (StartupSteps): with {@code lectern.benchmark.steps} naming a file, adds each
     * step of the start to it as a line {@code STEP <epoch ms> <what>}.
     */
    static synchronized void step(String what) {
        if (STEPS != null) {
            try {
                Files.writeString(Path.of(STEPS), "STEP " + System.currentTimeMillis() + " " + what + "\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                // The benchmark finds the step missing.
            }
        }
    }

    private static void stepAtNextLayout(Stage stage, String what) {
        if (STEPS != null) {
            boolean[] once = {false};
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (!once[0]) {
                    once[0] = true;
                    step(what);
                }
            });
        }
    }

    private static Path project() {
        return requestedProject != null ? requestedProject : AppFolders.defaultProject();
    }

    private ProjectSession openedInBackground() throws Exception {
        try {
            return early.opening().join();
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
