package org.lectern.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.lectern.store.team.TeamAddress;
import org.lectern.store.team.TeamAdmin;
import org.lectern.store.team.TeamMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lectern team status}: the team's members, their roles and when each last synchronised. */
@Command(name = "status",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        usageHelpAutoWidth = true,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Lists the team's members: login, name, role, and when each last synchronised (UTC). Run as the"
                    + " database's owner or as any member."},
        footer = {"", "Exit codes: 0 success, 1 failure, 2 mistake on the command line."})
final class TeamStatusCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Spec
    private CommandSpec spec;

    @Mixin
    private TeamServerOptions server;

    @Override
    public Integer call() {
        TeamAddress address = server.address();
        List<TeamMember> members = server.withPassword(password -> {
            try (TeamAdmin admin = TeamAdmin.at(address, password)) {
                return admin.members();
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        out.println("Team in '" + address.database() + "' on " + address.server() + ": " + members.size()
                + (members.size() == 1 ? " member." : " members."));
        if (!members.isEmpty()) {
            int loginWidth = Math.max("LOGIN".length(), members.stream().mapToInt(m -> m.login().length()).max()
                    .orElse(0));
            int nameWidth = Math.max("NAME".length(), members.stream().mapToInt(m -> m.name().length()).max()
                    .orElse(0));
            String row = "%-" + loginWidth + "s  %-" + nameWidth + "s  %-8s  %s%n";
            out.printf(row, "LOGIN", "NAME", "ROLE", "LAST SYNCHRONISED");
            for (TeamMember member : members) {
                out.printf(row, member.login(), member.name(), member.role(),
                        member.lastSynchronised().map(TeamStatusCommand::when).orElse("never"));
            }
        }
        out.flush();
        return 0;
    }

    private static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
