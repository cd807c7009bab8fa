package org.lectern.store.team;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a team's database is and who connects: {@code jdbc:postgresql://HOST[:PORT]/DB[?OPTIONS]} and a login.
 * TLS and other driver options pass through the URL, e.g. {@code ?sslmode=verify-full&sslrootcert=/path/ca.crt}.
 * The address never holds a password.
 */
public record TeamAddress(String url, String user) {
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/?#]+)/([^/?#]+)(\\?.*)?");

    public TeamAddress {
        Objects.requireNonNull(url, "url");
        url = url.strip();
        if (!URL.matcher(url).matches()) {
            throw new IllegalArgumentException("A team server is given as jdbc:postgresql://HOST[:PORT]/DATABASE,"
                    + " not '" + url + "'");
        }
        if (url.toLowerCase(java.util.Locale.ROOT).matches(".*[?&]password=.*")) {
            // The address is shown and logged; a password in it would be too.
            throw new IllegalArgumentException("A team server's address holds no password: give it through"
                    + " PGPASSWORD, the .pgpass file, or type it when asked");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("A team server needs a user name to connect as");
        }
        user = user.strip();
    }

    /** The database's name as written in the URL. */
    public String database() {
        Matcher matcher = URL.matcher(url);
        matcher.matches();
        return matcher.group(2);
    }

    /** HOST[:PORT], for messages. */
    public String server() {
        Matcher matcher = URL.matcher(url);
        matcher.matches();
        return matcher.group(1);
    }

    /** The address as people write it: user at server/database (never with a password). */
    @Override
    public String toString() {
        return user + "@" + server() + "/" + database();
    }
}
