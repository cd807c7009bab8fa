package org.lectern.store.team;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person in the team: their login on the server, their name as it stands on their records' stamps, their
 * role, when they were added and when they last synchronised (null if never).
 */
public record TeamMember(String login, String name, TeamRole role, Instant added, Instant lastSync) {
    public TeamMember {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(added, "added");
    }

    public Optional<Instant> lastSynchronised() {
        return Optional.ofNullable(lastSync);
    }
}
