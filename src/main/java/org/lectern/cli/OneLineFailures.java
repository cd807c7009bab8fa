package org.lectern.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Reports a failure as one line on stderr. picocli would print the whole usage text after a mistyped
 * option and a stack trace after a failure; one line, with where to look for help, is easier to read in a
 * terminal and in a script's log. Exit codes stay picocli's: 2 for a usage error, 1 for a failure.
 */
final class OneLineFailures implements IParameterExceptionHandler, IExecutionExceptionHandler {
    @Override
    public int handleParseException(ParameterException mistake, String[] args) {
        CommandLine command = mistake.getCommandLine();
        command.getErr().println(mistake.getMessage() + " (see '" + command.getCommandSpec().qualifiedName()
                + " --help')");
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        command.getErr().println(FailureMessages.of(failure));
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnExecutionException();
    }
}
