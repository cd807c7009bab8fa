package org.lectern.store.team;

import java.sql.SQLException;

/** Turns what PostgreSQL and its driver report into sentences for the person at the keyboard. */
final class TeamFailures {
    private TeamFailures() {
    }

    static TeamServerException connecting(TeamAddress address, boolean passwordGiven, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = address.server();
        if (isTls(e)) {
            return new TeamServerException(TeamServerException.Reason.NOT_SECURE, tlsMessage(server, e), e);
        }
        if (state.equals("08004") && !passwordGiven && detail(e).contains("password")) {
            return new TeamServerException(TeamServerException.Reason.PASSWORD_NEEDED, "The team server at " + server
                    + " asks for a password for '" + address.user() + "' and none was given: set PGPASSWORD, add"
                    + " the server to your .pgpass file, or type it when asked.", e);
        }
        TeamServerException.Reason reason = switch (state) {
            case "28P01" -> TeamServerException.Reason.WRONG_PASSWORD;
            case "28000" -> TeamServerException.Reason.NOT_ALLOWED;
            case "3D000" -> TeamServerException.Reason.NO_SUCH_DATABASE;
            case "42501" -> TeamServerException.Reason.NOT_A_MEMBER;
            case "08004" -> TeamServerException.Reason.NOT_ALLOWED;
            default -> state.startsWith("08") ? TeamServerException.Reason.UNREACHABLE
                    : TeamServerException.Reason.FAILED;
        };
        String message = switch (state) {
            case "28P01" -> "The team server at " + server + " refused the password of '" + address.user()
                    + "': check the user name and the password.";
            case "28000" -> "The team server at " + server + " does not let '" + address.user() + "' into the"
                    + " database '" + address.database() + "' (" + detail(e) + ").";
            // The database's CONNECT right is kept for the team (see the README): anyone else is no member.
            case "42501" -> "'" + address.user() + "' may not connect to the team database '" + address.database()
                    + "' on " + server + ": ask the team's lead to add you (lectern team add).";
            case "3D000" -> "There is no database '" + address.database() + "' on the team server at " + server
                    + ".";
            case "08004" -> "The team server at " + server + " refused the connection: " + detail(e) + ".";
            default -> state.startsWith("08")
                    ? "Could not reach the team server at " + server + " (" + networkReason(e) + "): check the"
                    + " address and that the server is running."
                    : "The team server at " + server + " refused the connection: " + detail(e) + ".";
        };
        return new TeamServerException(reason, message, e);
    }

    static TeamServerException failed(String what, TeamAddress address, SQLException e) {
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return new TeamServerException(TeamServerException.Reason.UNREACHABLE,
                    "The connection to the team server at " + address.server()
                    + " was lost while " + what + " (" + detail(e) + ").", e);
        }
        return new TeamServerException(TeamServerException.Reason.FAILED,
                "The team server at " + address.server() + " could not finish " + what + ": " + detail(e) + ".", e);
    }

    /** A failure of the TLS the address asks for: no TLS on the server, a certificate that does not check out. */
    private static boolean isTls(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof javax.net.ssl.SSLException) {
                return true;
            }
        }
        String detail = detail(e);
        return detail.contains("SSL") || detail.contains("could not be verified");
    }

    private static String tlsMessage(String server, SQLException e) {
        String detail = detail(e);
        if (detail.contains("does not support SSL")) {
            return "The team server at " + server + " does not offer TLS, which the address asks for (sslmode): ask"
                    + " whoever runs it to turn TLS on.";
        }
        if (detail.contains("root certificate file")) {
            return "The certificate file named in the address could not be read (" + detail + "): check sslrootcert.";
        }
        return "The team server at " + server + " could not be verified over TLS (" + detail + "): check that"
                + " sslrootcert names the certificate of the server's authority and that the address names the"
                + " server as its certificate does.";
    }

    /** Why the network said no, in plain words where the cause is a common one. */
    private static String networkReason(SQLException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException) {
                return "nothing answers there";
            }
            if (cause instanceof java.net.UnknownHostException) {
                return "no such host";
            }
            if (cause instanceof java.net.SocketTimeoutException) {
                return "it did not answer in time";
            }
        }
        return detail(e);
    }

    /** The driver's own words, without its trailing full stop. */
    static String detail(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline).strip();
        }
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
