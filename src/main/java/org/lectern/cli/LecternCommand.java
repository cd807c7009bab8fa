package org.lectern.cli;

import java.nio.file.Path;
import java.util.List;
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
        customSynopsis = {"lectern [-hV] [PROJECT.lectern]", "   or: lectern COMMAND [OPTION]... [ARGUMENT]..."},
        descriptionHeading = "%n",
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        description = {
            "Lectern, an annotation workbench for analysts.",
            "With no command, opens the Lectern window on PROJECT.lectern (created if it does not exist),"
                    + " or on your default project if none is given."},
        subcommands = {ImportCommand.class, InfoCommand.class, ExportCommand.class, AgreementCommand.class,
            TeamCommand.class},
        footer = {"", "Examples:",
            "  lectern                                   the window, on your default project",
            "  lectern case.lectern                      the window, on case.lectern",
            "  lectern import --project case.lectern report.html notes.txt",
            "  lectern info case.lectern",
            "  lectern team status --url jdbc:postgresql://db.example.org/casework --user ana",
            "", "Exit codes: 0 success, 1 failure, 2 mistake on the command line."})
final class LecternCommand implements Callable<Integer> {
    private final WindowOpener window;

    @Spec
    private CommandSpec spec;

    // Any number is accepted so that a mistyped command ("lectern imprt x.txt") reaches call() and gets a message
    // about commands, rather than picocli's "Unmatched argument"; the synopsis shows the one project allowed.
    @Parameters(arity = "0..*", paramLabel = "[PROJECT.lectern]", hideParamSyntax = true,
            description = "The project to open; created if it does not exist.")
    private List<Path> projects;

    LecternCommand(WindowOpener window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        if (projects == null || projects.isEmpty()) {
            window.open(null);
            return 0;
        }
        Path project = projects.get(0);
        if (!ProjectPaths.isProjectName(project)) {
            throw new ParameterException(spec.commandLine(), neitherCommandNorProject(project.toString()));
        }
        if (projects.size() > 1) {
            throw new ParameterException(spec.commandLine(), "Lectern opens one project at a time; to add articles"
                    + " to it, use 'lectern import --project " + project + " FILE...'.");
        }
        window.open(project.toAbsolutePath().normalize());
        return 0;
    }

    /** What a first argument that is not a command, an option or a project file most likely is: a typo. */
    static String neitherCommandNorProject(String argument) {
        return "'" + argument + "' is neither a command (import, info, export, agreement, team) nor a project file:"
                + " Lectern project files end in " + ProjectPaths.EXTENSION + ".";
    }
}
