package org.lectern.cli;

import java.util.function.Function;
import org.lectern.store.StoreException;
import org.lectern.store.team.TeamAddress;
import org.lectern.store.team.TeamServer;

/** What the team commands that synchronise share: a connection as the member, and their failures in one line. */
final class TeamCommands {
    private TeamCommands() {
    }

    /** Connects (asking for a password if the server wants one) and runs {@code work}; failures become one line. */
    static <T> T run(TeamServerOptions options, TeamAddress address, Function<TeamServer, T> work) {
        return options.withPassword(password -> {
            try (TeamServer server = TeamServer.connect(address, password)) {
                return work.apply(server);
            } catch (IllegalArgumentException | StoreException e) {
                throw new CommandFailure(e.getMessage());
            }
        });
    }
}
