package org.lectern.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.function.Function;
import org.lectern.store.team.TeamAddress;
import org.lectern.store.team.TeamServerException;
import picocli.CommandLine.Option;

/**
 * Where the team's server is and who connects (every {@code team} command's {@code --url} and {@code --user}),
 * and the password for that user: first none (the driver then uses PGPASSWORD or the .pgpass file, or the
 * server needs none); if the server asks for one, typed in the terminal, unseen. A password typed is cleared
 * after use and never printed or logged.
 */
final class TeamServerOptions {
    @Option(names = "--url", required = true, paramLabel = "jdbc:postgresql://HOST[:PORT]/DB",
            description = "The team's database; TLS options go after '?', e.g."
                    + " ?sslmode=verify-full&sslrootcert=ca.crt")
    String url;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "The login to connect as.")
    String user;

    TeamAddress address() {
        try {
            return new TeamAddress(url, user);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage() + ".");
        }
    }

    /** Runs {@code work} with no password, then, if the server asks for one, with one typed in the terminal. */
    <T> T withPassword(Function<char[], T> work) {
        return withPassword(work, System.console());
    }

    <T> T withPassword(Function<char[], T> work, Console console) {
        try {
            return work.apply(null);
        } catch (TeamServerException e) {
            if (e.reason() != TeamServerException.Reason.PASSWORD_NEEDED || console == null) {
                throw new CommandFailure(e);
            }
        }
        char[] password = console.readPassword("Password for %s: ", address());
        if (password == null) {
            throw new CommandFailure("No password was typed for " + address() + ".");
        }
        try {
            return work.apply(password);
        } catch (TeamServerException e) {
            throw new CommandFailure(e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
