package org.lectern.service.team;

import java.util.Arrays;
import java.util.Objects;

/**
 * What connecting to a team takes: the settings, and the password typed for this time only, or null to let the
 * PostgreSQL driver find it ({@code PGPASSWORD}, else the {@code .pgpass} file named by {@code PGPASSFILE}, else
 * {@code ~/.pgpass}). The password is kept in memory only, as characters that {@link #forget()} clears.
 */
public final class TeamSignIn {
    private final TeamSettings settings;
    private char[] password;

    public TeamSignIn(TeamSettings settings, char[] password) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.password = password == null ? null : password.clone();
    }

    public TeamSettings settings() {
        return settings;
    }

    /** A copy of the typed password, or null when the password file is to be used. */
    public char[] password() {
        return password == null ? null : password.clone();
    }

    public boolean passwordTyped() {
        return password != null;
    }

    /** Clears the typed password from memory. */
    public void forget() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }

    /** The settings only: a sign-in is shown and logged without its password. */
    @Override
    public String toString() {
        return settings + (password != null ? " (password typed)" : " (password from .pgpass)");
    }
}
