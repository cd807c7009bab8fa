package org.lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lectern.service.ProjectSetup;
import org.lectern.service.ProjectUnavailable;
import org.lectern.service.team.SyncReport;
import org.lectern.service.team.TeamProjects;
import org.lectern.store.ProjectStore;
import org.lectern.store.TeamLink;
import org.lectern.store.team.TeamAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lectern team sync PROJECT}: send and receive once; or make the project from the server. */
@Command(name = "sync",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        usageHelpAutoWidth = true,
        descriptionHeading = "%n",
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Synchronises a team project once: brings in what colleagues changed, then sends what changed here."
                    + " A record changed on both sides keeps the later change; the other is listed. The server and"
                    + " login default to the project's own; when PROJECT does not exist it is made from the"
                    + " team's server (the first download), and --url and --user are needed."},
        footer = {"", "Exit codes: 0 success, 1 failure, 2 mistake on the command line."})
final class TeamSyncCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PROJECT.lectern", description = "The team project (made if it does not exist).")
    private Path project;

    @Option(names = "--url", paramLabel = "jdbc:postgresql://HOST[:PORT]/DB",
            description = "The team's database (default: the one the project belongs to).")
    private String url;

    @Option(names = "--user", paramLabel = "NAME", description = "The login (default: the project's).")
    private String user;

    @Override
    public Integer call() {
        if (!ProjectPaths.isProjectName(project)) {
            throw new ParameterException(spec.commandLine(), "PROJECT must name a Lectern project file ending in "
                    + ProjectPaths.EXTENSION + ", not '" + project + "'.");
        }
        return Files.exists(project) ? syncExisting() : download();
    }

    private int syncExisting() {
        SyncReport report;
        TeamAddress address;
        try (ProjectStore store = ProjectSetup.openForTeam(project)) {
            Optional<TeamLink> link = TeamProjects.teamOf(store);
            if (link.isEmpty() && (url == null || user == null)) {
                throw new CommandFailure("'" + project.getFileName() + "' belongs to no team: publish it with"
                        + " 'lectern team push " + project + " --url ... --user ...' first.");
            }
            TeamServerOptions options = options(url != null ? url : link.get().url(),
                    user != null ? user : link.get().userName());
            address = options.address();
            report = TeamCommands.run(options, address, server -> TeamProjects.sync(store, server));
        } catch (ProjectUnavailable e) {
            throw new CommandFailure(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Synchronised " + project.getFileName() + " with the team in '" + address.database() + "' on "
                + address.server() + ". " + report.summary());
        out.flush();
        return 0;
    }

    private int download() {
        if (url == null || user == null) {
            throw new ParameterException(spec.commandLine(), "'" + project + "' does not exist; to make it from"
                    + " the team's server, give --url and --user.");
        }
        TeamServerOptions options = options(url, user);
        TeamAddress address = options.address();
        SyncReport report = TeamCommands.run(options, address, server -> {
            try {
                return TeamProjects.download(project, server);
            } catch (ProjectUnavailable e) {
                throw new CommandFailure(e.getMessage());
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        out.println("Made " + project.getFileName() + " from the team in '" + address.database() + "' on "
                + address.server() + ": " + report.received().applied() + " records. " + report.summary());
        out.flush();
        return 0;
    }

    private static TeamServerOptions options(String url, String user) {
        TeamServerOptions options = new TeamServerOptions();
        options.url = url;
        options.user = user;
        return options;
    }
}
