package org.lectern.service.team;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a team's server is and who connects, as the analyst fills them in: server, port, database, user name and
 * how the connection is secured. It becomes the address the PostgreSQL driver reads
 * ({@code jdbc:postgresql://SERVER:PORT/DATABASE?sslmode=…}) and is read back from one, so that a linked project's
 * address fills the form again. It never holds a password.
 */
public record TeamSettings(String server, int port, String database, String user, Tls tls, Path caFile) {
    /** PostgreSQL's own port, used when the address names none. */
    public static final int DEFAULT_PORT = 5432;

    private static final Pattern URL = Pattern.compile(
            "jdbc:postgresql://(\\[[^\\]]+\\]|[^/?#:\\[]+)(?::(\\d+))?/([^/?#]+)(?:\\?(.*))?");

    /** How the connection to the server is secured: the driver's {@code sslmode}. */
    public enum Tls {
        /** No TLS: for a server on the analyst's own machine or network. */
        NONE("disable", "none"),
        /** TLS, without checking whose certificate the server shows. */
        REQUIRE("require", "require"),
        /** TLS, with the server's certificate checked against an authority's and its name against the address. */
        VERIFY_FULL("verify-full", "verify-full (certificate checked)");

        private final String sslmode;
        private final String label;

        Tls(String sslmode, String label) {
            this.sslmode = sslmode;
            this.label = label;
        }

        public String sslmode() {
            return sslmode;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public TeamSettings {
        server = server == null ? "" : server.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
        tls = Objects.requireNonNullElse(tls, Tls.NONE);
        if (tls != Tls.VERIFY_FULL) {
            caFile = null;
        }
    }

    /**
     * What is missing or wrong, in one sentence, or null when the settings can be used. Checked before
     * connecting, so that the analyst corrects the form rather than reads a driver's message.
     */
    public String problem() {
        if (server.isEmpty()) {
            return "Name the team's server (a host name or address).";
        }
        if (server.matches(".*[/?#\\s].*")) {
            return "A server is a host name or address, without '/', '?', '#' or spaces: '" + server + "'.";
        }
        if (port < 1 || port > 65535) {
            return "The port is a number from 1 to 65535 (PostgreSQL's own is " + DEFAULT_PORT + ").";
        }
        if (database.isEmpty()) {
            return "Name the team's database.";
        }
        if (database.matches(".*[/?#\\s].*")) {
            return "A database name has no '/', '?', '#' or spaces: '" + database + "'.";
        }
        if (user.isEmpty()) {
            return "Give your user name on the team's server.";
        }
        return null;
    }

    /** The address for the PostgreSQL driver. */
    public String url() {
        String host = server.contains(":") && !server.startsWith("[") ? "[" + server + "]" : server;
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host);
        if (port != DEFAULT_PORT) {
            url.append(':').append(port);
        }
        url.append('/').append(database).append("?sslmode=").append(tls.sslmode());
        if (caFile != null) {
            url.append("&sslrootcert=").append(URLEncoder.encode(caFile.toString(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return url.toString();
    }

    /**
     * The settings an address stands for (a linked project's, say); an address this form cannot show (other
     * driver options) keeps only what it can, and an address that is not a PostgreSQL one gives empty settings.
     */
    public static TeamSettings of(String url, String user) {
        Matcher matcher = URL.matcher(url == null ? "" : url.strip());
        if (!matcher.matches()) {
            return new TeamSettings("", DEFAULT_PORT, "", user, Tls.NONE, null);
        }
        String host = matcher.group(1);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = matcher.group(2) == null ? DEFAULT_PORT : Integer.parseInt(matcher.group(2));
        Map<String, String> options = options(matcher.group(4));
        Tls tls = switch (options.getOrDefault("sslmode", "").toLowerCase(Locale.ROOT)) {
            case "require", "verify-ca" -> Tls.REQUIRE;
            case "verify-full" -> Tls.VERIFY_FULL;
            default -> Tls.NONE;
        };
        String ca = options.get("sslrootcert");
        return new TeamSettings(host, port, matcher.group(3), user, tls, ca == null ? null : Path.of(ca));
    }

    private static Map<String, String> options(String query) {
        Map<String, String> options = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return options;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                options.put(pair.substring(0, equals).toLowerCase(Locale.ROOT),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return options;
    }

    /** As people write it: user at server/database. */
    @Override
    public String toString() {
        return user + "@" + server + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
    }
}
