package org.lectern.store.team;

import java.util.Locale;

/**
 * What a member may write. An analyst writes their own work; a reviewer also adjudicates (review decisions and
 * the adjudicated layer); a lead also keeps the documents and tags. Each role includes the one before it.
 */
public enum TeamRole {
    ANALYST, REVIEWER, LEAD;

    /** The word stored on the server and typed on the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(TeamRole other) {
        return compareTo(other) >= 0;
    }

    public static TeamRole ofWord(String word) {
        for (TeamRole role : values()) {
            if (role.word().equalsIgnoreCase(word.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException("A team role is analyst, reviewer or lead, not '" + word + "'");
    }

    @Override
    public String toString() {
        return word();
    }
}
