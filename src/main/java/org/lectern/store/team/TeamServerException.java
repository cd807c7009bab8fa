package org.lectern.store.team;

/** The team server could not do what was asked; the message is one sentence the user can act on. */
public class TeamServerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TeamServerException(String message) {
        super(message);
    }

    public TeamServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
