package org.lectern;

import java.io.PrintWriter;
import org.lectern.cli.LecternCli;
import picocli.CommandLine;

/** The {@code lectern} command line, with the real window for {@code lectern [PROJECT.lectern]}. */
public final class LecternCommandLine {
    private LecternCommandLine() {
    }

    /** The command writing to the console; {@code execute(args)} runs it and returns the exit code. */
    public static CommandLine console() {
        return LecternCli.commandLine(new JavaFxWindow());
    }

    /** The same command writing to the given writers, so tests can run it in-process and read what it printed. */
    public static CommandLine writingTo(PrintWriter out, PrintWriter err) {
        return LecternCli.commandLine(out, err, new JavaFxWindow());
    }
}
