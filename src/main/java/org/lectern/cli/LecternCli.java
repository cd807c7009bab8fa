package org.lectern.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the {@code lectern} command with its subcommands and its one-line failure reporting. */
public final class LecternCli {
    private LecternCli() {
    }

    /** The command writing to the console; {@code window} opens the window when no command is given. */
    public static CommandLine commandLine(WindowOpener window) {
        CommandLine commandLine = new CommandLine(new LecternCommand(window));
        commandLine.setParameterExceptionHandler(new OneLineFailures());
        commandLine.setExecutionExceptionHandler(new OneLineFailures());
        return commandLine;
    }

    /** The same writing to the given writers, so tests can read what it printed (and see which window it opens). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, WindowOpener window) {
        CommandLine commandLine = commandLine(window);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine;
    }
}
