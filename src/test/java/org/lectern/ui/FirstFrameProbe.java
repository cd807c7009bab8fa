package org.lectern.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.AppFolders;

/**
 * Run in a child JVM by {@link FirstFrameClassesTest}: starts the window as Lectern does at start-up (the default
 * project, the article first), prints {@value #FIRST_FRAME} once the first frame is laid out, and ends the JVM
 * there, before anything queued after that frame can run. With {@code -verbose:class}, the classes named before that
 * line are those the first frame needed.
 */
public final class FirstFrameProbe {
    static final String FIRST_FRAME = "FIRST FRAME LAID OUT";

    private FirstFrameProbe() {
    }

    /** Not an Application itself: the java launcher would then refuse to start it from the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class);
    }

    /** The window, started as LecternApp starts it. */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        AnalystPreferences preferences = AnalystPreferences.forUser();
        MainWindow window = new MainWindow(stage, preferences, new FxDialogService(stage, getHostServices()));
        if (!window.openProject(AppFolders.defaultProject(), preferences.analyst().orElseThrow())) {
            System.out.println("the default project did not open");
            Runtime.getRuntime().halt(2);
        }
        Scene scene = stage.getScene();
        // Registered before showArticleFirst's own listener: it runs first, and nothing after it does.
        scene.addPostLayoutPulseListener(() -> {
            System.out.println(FIRST_FRAME);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        });
        window.showArticleFirst(() -> { });
    }
    }
}
