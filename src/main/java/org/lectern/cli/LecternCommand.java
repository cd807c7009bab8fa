package org.lectern.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern [PROJECT.lectern]}: opens the window; its subcommands work on project files without one. */
@Command(name = "lectern",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        descriptionHeading = "%n",
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        description = {
            "Lectern, an annotation workbench for analysts.",
            "With no command, opens the Lectern window on PROJECT.lectern (created if it does not exist),"
                    + " or on your default project if none is given."},
        subcommands = {ImportCommand.class, InfoCommand.class},
        footer = {"", "Examples:",
            "  lectern                                   the window, on your default project",
            "  lectern case.lectern                      the window, on case.lectern",
            "  lectern import --project case.lectern report.html notes.txt",
            "  lectern info case.lectern",
            "", "Exit codes: 0 success, 1 failure, 2 mistake on the command line."})
final class LecternCommand implements Callable<Integer> {
    private final WindowOpener window;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PROJECT.lectern",
            description = "The project to open; created if it does not exist.")
    private Path project;

    LecternCommand(WindowOpener window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        if (project != null && !ProjectPaths.isProjectName(project)) {
            // A mistyped command ("lectern imprt") lands here too, so name both readings.
            throw new ParameterException(spec.commandLine(), "'" + project + "' is neither a command (import, info)"
                    + " nor a project file: Lectern project files end in " + ProjectPaths.EXTENSION + ".");
        }
        window.open(project == null ? null : project.toAbsolutePath().normalize());
        return 0;
    }
}
