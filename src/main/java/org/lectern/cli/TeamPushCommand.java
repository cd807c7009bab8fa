package org.lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lectern.service.ProjectSetup;
import org.lectern.service.ProjectUnavailable;
import org.lectern.service.team.SyncReport;
import org.lectern.service.team.TeamProjects;
import org.lectern.store.ProjectStore;
import org.lectern.store.team.TeamAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern team push PROJECT}: a local project published as the team's starting point. */
@Command(name = "push",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        usageHelpAutoWidth = true,
        descriptionHeading = "%n",
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Publishes a local project to the team: links it to the team's database as this login and sends"
                    + " everything the login may write (a lead's documents and tags first; each member's own work"
                    + " under their name). What the team already holds is brought in first. Work by colleagues"
                    + " brought in by file stays here and is not sent: its author sends it."},
        footer = {"", "Exit codes: 0 success, 1 failure, 2 mistake on the command line."})
final class TeamPushCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PROJECT.lectern", description = "The project to publish.")
    private Path project;

    @Mixin
    private TeamServerOptions server;

    @Override
    public Integer call() {
        TeamAddress address = server.address();
        if (!Files.exists(project)) {
            throw new CommandFailure("No such project: " + project + ".");
        }
        SyncReport report;
        try (ProjectStore store = ProjectSetup.openForTeam(project)) {
            report = TeamCommands.run(server, address, connection -> TeamProjects.publish(store, connection));
        } catch (ProjectUnavailable e) {
            throw new CommandFailure(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Published " + project.getFileName() + " to the team in '" + address.database() + "' on "
                + address.server() + " as " + address.user() + ". " + report.summary());
        out.flush();
        return 0;
    }
}
