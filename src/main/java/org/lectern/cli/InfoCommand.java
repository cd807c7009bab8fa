package org.lectern.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectOpenException;
import org.lectern.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern info P.lectern}: a JSON summary of a project, for scripts and for a quick look. */
@Command(name = "info",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        usageHelpAutoWidth = true,
        descriptionHeading = "%n",
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Prints a summary of a project as JSON: its documents, highlights per tag, actors, claims, evidence,"
                    + " links and authors. Never creates or changes a file."},
        footer = {"", "Exit codes: 0 success, 1 no such project or not a project, 2 mistake on the command line."})
final class InfoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH.lectern", description = "The project to describe.")
    private Path project;

    @Override
    public Integer call() throws JsonProcessingException {
        // ProjectFiles.open would refuse a missing file too, but only after the check is made here can we be
        // sure that nothing, not even an empty project, is created by asking about one.
        if (!Files.exists(project)) {
            throw new CommandFailure("no such project: " + project);
        }
        ProjectSummary summary;
        try (ProjectStore store = ProjectFiles.openForReading(project)) {
            summary = ProjectSummary.of(project, store.schemaVersion(), store.load());
        } catch (ProjectOpenException e) {
            throw new CommandFailure(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(SummaryJson.of(summary));
        out.flush();
        return 0;
    }
}
