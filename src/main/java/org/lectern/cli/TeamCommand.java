package org.lectern.cli;

import picocli.CommandLine.Command;

/**
 * {@code lectern team COMMAND}: a team project's server, from the command line. Each subcommand is a class of its
 * own taking the server's address through {@link TeamServerOptions}; a new one is added to {@code subcommands}.
 */
@Command(name = "team",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        usageHelpAutoWidth = true,
        synopsisSubcommandLabel = "COMMAND",
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        description = {
            "A team project's PostgreSQL server: set it up, add people, see who synchronised when; publish a project,"
                    + " synchronise it, or make it from the server.",
            "Each command takes --url jdbc:postgresql://HOST[:PORT]/DATABASE and --user NAME; the password comes"
                    + " from PGPASSWORD, the .pgpass file, or is asked for in the terminal."},
        subcommands = {TeamInitCommand.class, TeamAddCommand.class, TeamStatusCommand.class, TeamPushCommand.class,
            TeamSyncCommand.class},
        footer = {"", "Examples:",
            "  lectern team init --url jdbc:postgresql://db.example.org/casework --user lectern_admin",
            "  lectern team add --url jdbc:postgresql://db.example.org/casework --user lectern_admin \\",
            "                   --member ana --name \"Ana Analyst\" --role analyst --password-file ana.txt",
            "  lectern team status --url jdbc:postgresql://db.example.org/casework --user lectern_admin",
            "  lectern team push cell.lectern --url jdbc:postgresql://db.example.org/casework --user lena",
            "  lectern team sync cell.lectern",
            "  lectern team sync new.lectern --url jdbc:postgresql://db.example.org/casework --user ana",
            "", "Exit codes: 0 success, 1 failure, 2 mistake on the command line."})
final class TeamCommand {
}
