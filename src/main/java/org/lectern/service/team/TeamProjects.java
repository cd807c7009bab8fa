package org.lectern.service.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lectern.service.ProjectSetup;
import org.lectern.service.ProjectUnavailable;
import org.lectern.store.ProjectStore;
import org.lectern.store.TeamLedger;
import org.lectern.store.TeamLink;
import org.lectern.store.team.TeamAddress;
import org.lectern.store.team.TeamServer;

/**
 * The team project use cases of the command line: publishing a local project as the team's starting point,
 * synchronising a linked project once, and making a project from the team's server (the first download). Each
 * refuses, in one sentence and before changing anything, a project that belongs to another team.
 */
public final class TeamProjects {
    private TeamProjects() {
    }

    /** The team a project file belongs to, read without changing it; empty when it belongs to none. */
    public static Optional<TeamLink> teamOf(ProjectStore store) {
        return store.teamLedger().flatMap(TeamLedger::teamLink);
    }

    /**
     * Links the project to the server's team and sends everything this member may write (a lead's documents and
     * tags first, as the project notes them first), after bringing in whatever the team already holds.
     */
    public static SyncReport publish(ProjectStore store, TeamServer server) {
        TeamLedger ledger = ledgerOf(store);
        TeamAddress address = server.address();
        Optional<TeamLink> link = ledger.teamLink();
        if (link.isPresent() && !sameTeam(link.get(), address)) {
            throw new IllegalArgumentException(anotherTeam(store, link.get(), address));
        }
        if (link.isEmpty()) {
            ledger.link(address.url(), address.user());
        }
        return new TeamSync(server).syncOnce(ledger);
    }

    /** Sends and receives once; the project must belong to the server's team, as this login. */
    public static SyncReport sync(ProjectStore store, TeamServer server) {
        TeamLedger ledger = ledgerOf(store);
        TeamLink link = ledger.teamLink().orElseThrow(() -> new IllegalArgumentException(
                "'" + store.location().getFileName() + "' belongs to no team: publish it with 'lectern team push'"
                + " first."));
        if (!sameTeam(link, server.address())) {
            throw new IllegalArgumentException(anotherTeam(store, link, server.address()));
        }
        return new TeamSync(server).syncOnce(ledger);
    }

    /**
     * Makes a new project at {@code file} from the team's server: every record the team holds, brought in at
     * once. If the download fails, the file is removed again: nothing is left half made. (A download cut short by
     * a crash leaves a linked project that holds nothing; synchronising it brings everything in.)
     */
    public static SyncReport download(Path file, TeamServer server) throws ProjectUnavailable {
        ProjectStore store = ProjectSetup.createForTeam(file);
        boolean done = false;
        try {
            TeamLedger ledger = ledgerOf(store);
            ledger.link(server.address().url(), server.address().user());
            SyncReport report = new TeamSync(server).syncOnce(ledger);
            done = true;
            return report;
        } finally {
            store.close();
            if (!done) {
                removeQuietly(file);
            }
        }
    }

    private static TeamLedger ledgerOf(ProjectStore store) {
        return store.teamLedger().orElseThrow(() -> new IllegalArgumentException(
                "'" + store.location().getFileName() + "' cannot belong to a team: it is open for reading only."));
    }

    private static boolean sameTeam(TeamLink link, TeamAddress address) {
        return link.url().equals(address.url()) && link.userName().equals(address.user());
    }

    private static String anotherTeam(ProjectStore store, TeamLink link, TeamAddress address) {
        TeamAddress linked = new TeamAddress(link.url(), link.userName());
        return "'" + store.location().getFileName() + "' belongs to the team at " + linked + ", not " + address
                + ": nothing was sent or received.";
    }

    private static void removeQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                // Left for the analyst to see; the message of the failure says what went wrong.
            }
        }
    }
}
