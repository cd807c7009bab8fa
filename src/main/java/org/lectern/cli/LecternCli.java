package org.lectern.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the {@code lectern} command with its subcommands and its one-line failure reporting. */
public final class LecternCli {
    private LecternCli() {
    }

    public static CommandLine commandLine() {
        return commandLine(new JavaFxWindow());
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new JavaFxWindow());
    }

    /** With another way to open the window, so tests can see which project it would open without JavaFX. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, WindowOpener window) {
        CommandLine commandLine = commandLine(window);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine;
    }

    private static CommandLine commandLine(WindowOpener window) {
        CommandLine commandLine = new CommandLine(new LecternCommand(window));
        commandLine.setParameterExceptionHandler(new OneLineFailures());
        commandLine.setExecutionExceptionHandler(new OneLineFailures());
        return commandLine;
    }
}
