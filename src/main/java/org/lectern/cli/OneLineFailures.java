package org.lectern.cli;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a failure as one line on stderr. picocli would print the whole usage text after a mistyped
 * option and a stack trace after a failure; one line, with where to look for help, is easier to read in a
 * terminal and in a script's log. Exit codes stay picocli's: 2 for a usage error, 1 for a failure.
 */
final class OneLineFailures implements IParameterExceptionHandler, IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OneLineFailures.class);

    @Override
    public int handleParseException(ParameterException mistake, String[] args) {
        CommandLine command = mistake.getCommandLine();
        String message = looksLikeMistypedCommand(command, args)
                ? LecternCommand.neitherCommandNorProject(args[0])
                : mistypedSubcommand(mistake).orElse(mistake.getMessage());
        command.getErr().println(sentence(message) + " See '" + command.getCommandSpec().qualifiedName()
                + " --help'.");
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * "lectern imprt --project p.lectern a.txt" fails on "--project", which the top command does not know; the
     * real mistake is the first word, so that is what is reported.
     */
    private static boolean looksLikeMistypedCommand(CommandLine command, String[] args) {
        return command.getParent() == null && args.length > 0 && !args[0].startsWith("-")
                && !ProjectPaths.isProjectName(args[0]);
    }

    /** "lectern team stauts": the word that is not one of the group's commands, with the ones it has. */
    private static Optional<String> mistypedSubcommand(ParameterException mistake) {
        CommandLine command = mistake.getCommandLine();
        if (mistake instanceof UnmatchedArgumentException unmatched && command.getParent() != null
                && !command.getSubcommands().isEmpty() && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return Optional.of("'" + unmatched.getUnmatched().get(0) + "' is not a command of '"
                    + command.getCommandSpec().qualifiedName() + "' ("
                    + String.join(", ", command.getSubcommands().keySet()) + ")");
        }
        return Optional.empty();
    }

    /** picocli's messages have no full stop, Lectern's have one: end both the same way. */
    private static String sentence(String message) {
        String stripped = message.strip();
        return stripped.endsWith(".") ? stripped : stripped + ".";
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        String message = FailureMessages.of(failure);
        // The whole story, stack trace included, for whoever looks into it later; the console gets one line.
        if (failure instanceof CommandFailure) {
            LOG.warn("{} failed: {}", String.join(" ", parsed.originalArgs()), message, failure);
        } else {
            LOG.error("{} failed: {}", String.join(" ", parsed.originalArgs()), message, failure);
        }
        command.getErr().println(message);
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnExecutionException();
    }
}
