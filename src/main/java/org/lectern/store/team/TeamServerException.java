package org.lectern.store.team;

/** The team server could not do what was asked; the message is one sentence the user can act on. */
public class TeamServerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for a client that offers a way out (asking for a password, for instance). */
    public enum Reason {
        UNREACHABLE, NOT_SECURE, PASSWORD_NEEDED, WRONG_PASSWORD, NO_SUCH_DATABASE, NOT_A_TEAM_DATABASE, NEWER_SCHEMA,
        NOT_A_MEMBER, NOT_ALLOWED, FAILED
    }

    private final Reason reason;

    public TeamServerException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TeamServerException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
