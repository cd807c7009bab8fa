package org.lectern;

import java.io.PrintWriter;
import org.lectern.cli.LecternCli;
import org.lectern.log.LecternLog;
import picocli.CommandLine;

/**
 * Lectern's entry point, for the window and the command line alike. It deliberately does not extend
 * {@code javafx.application.Application}: then the JVM would need JavaFX (and a display) before {@code main}
 * even ran, and {@code lectern info} must work over SSH. JavaFX is touched only once the window is wanted.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Before any library speaks: JavaFX and others log through java.util.logging, which prints on the terminal.
        LecternLog.captureJavaLogging();
        System.exit(commandLine().execute(args));
    }

    /** The {@code lectern} command writing to the console; {@code execute(args)} runs it and returns the exit code. */
    public static CommandLine commandLine() {
        return LecternCli.commandLine(new JavaFxWindow());
    }

    /** The same command writing to the given writers, so tests can run it in-process and read what it printed. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return LecternCli.commandLine(out, err, new JavaFxWindow());
    }
}
