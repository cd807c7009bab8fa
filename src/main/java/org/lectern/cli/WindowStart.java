package org.lectern.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * {@code lectern} and {@code lectern PROJECT.lectern}, recognised without the command-line parser: these only open
 * the window, and an analyst waits for it, so picocli and the commands are not loaded for them. Everything else (a
 * command, an option, a mistake to explain) goes to {@link LecternCli}, which reads these two the same way.
 */
public final class WindowStart {
    private final Path project;

    private WindowStart(Path project) {
        this.project = project;
    }

    /**
     * The window to open for these arguments, or empty when they are for the command line: none (the default
     * project), or one project file name. An argument starting with '-' is an option, one starting with '@' a
     * picocli argument file: both go to the parser.
     */
    public static Optional<WindowStart> of(String... args) {
        if (args.length == 0) {
            return Optional.of(new WindowStart(null));
        }
        if (args.length > 1 || args[0].startsWith("-") || args[0].startsWith("@")
                || !ProjectPaths.isProjectName(args[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowStart(Path.of(args[0]).toAbsolutePath().normalize()));
        } catch (InvalidPathException notAPath) {
            return Optional.empty(); // the parser says what is wrong with it
        }
    }

    /** The project to open, or empty for the default project. */
    public Optional<Path> project() {
        return Optional.ofNullable(project);
    }

    /**
     * Opens the window and returns the exit code once it is closed: 0, or 1 when it could not open, with the one
     * line that says why on {@code err} (and the whole story in the log), as every command fails.
     */
    public int run(WindowOpener window, PrintStream err) {
        try {
            window.open(project);
            return 0;
        } catch (CommandFailure failure) {
            LoggerFactory.getLogger(WindowStart.class).warn("the window failed: {}", failure.getMessage(), failure);
            err.println(failure.getMessage());
            err.flush();
            return 1;
        }
    }
}
