package org.lectern.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the {@code lectern} command with its subcommands and its one-line failure reporting. */
public final class LecternCli {
    private LecternCli() {
    }

    /**
     * The window is given (by the launcher, or by tests that see which project it would open without JavaFX),
     * so the command line never depends on the window's classes.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, WindowOpener window) {
        CommandLine commandLine = commandLine(window);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine;
    }

    public static CommandLine commandLine(WindowOpener window) {
        CommandLine commandLine = new CommandLine(new LecternCommand(window));
        commandLine.setParameterExceptionHandler(new OneLineFailures());
        commandLine.setExecutionExceptionHandler(new OneLineFailures());
        return commandLine;
    }
}
