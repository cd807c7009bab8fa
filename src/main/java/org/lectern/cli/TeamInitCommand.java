package org.lectern.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lectern.store.team.TeamAddress;
import org.lectern.store.team.TeamAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lectern team init}: sets a database up as a team's server, or brings it up to date. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        usageHelpAutoWidth = true,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Creates the team schema (lectern) and the team's group roles (DB_analyst, DB_reviewer, DB_lead) in"
                    + " the database, owned by --user, who needs the right to create roles. Running it again"
                    + " changes nothing, or brings the schema up to this Lectern's version."},
        footer = {"", "Exit codes: 0 success, 1 failure, 2 mistake on the command line."})
final class TeamInitCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private TeamServerOptions server;

    @Override
    public Integer call() {
        TeamAddress address = server.address();
        server.withPassword(password -> {
            try (TeamAdmin admin = TeamAdmin.at(address, password)) {
                admin.init();
                return null;
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        String database = address.database();
        out.println("The team database '" + database + "' on " + address.server() + " is ready, owned by "
                + address.user() + "; its roles are " + database + "_analyst, " + database + "_reviewer and "
                + database + "_lead.");
        out.println("Add people with: lectern team add --url " + address.url() + " --user " + address.user()
                + " --member LOGIN --name \"NAME\" --role analyst|reviewer|lead");
        out.flush();
        return 0;
    }
}
