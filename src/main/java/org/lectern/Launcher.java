package org.lectern;

import java.util.Optional;
import org.lectern.cli.WindowStart;
import org.lectern.log.LecternLog;

/**
 * Lectern's entry point, for the window and the command line alike; it alone knows both, and chooses. It
 * deliberately does not extend {@code javafx.application.Application}: then the JVM would need JavaFX (and a
 * display) before {@code main} even ran, and {@code lectern info} must work over SSH. JavaFX is touched only once
 * the window is wanted, and the command-line parser only when there is a command to read: {@code lectern} and
 * {@code lectern case.lectern} go straight to the window, which the analyst is waiting for. (No public method here
 * names a picocli type: the JVM resolves those of the main class before it runs {@code main}.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Before any library speaks: JavaFX and others log through java.util.logging, which prints on the terminal.
        LecternLog.captureJavaLogging();
        Optional<WindowStart> window = WindowStart.of(args);
        System.exit(window.isPresent() ? window.get().run(new JavaFxWindow(), System.err)
                : LecternCommandLine.console().execute(args));
    }
}
