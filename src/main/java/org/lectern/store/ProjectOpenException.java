package org.lectern.store;

/** A project could not be opened; the message is one sentence an analyst can act on. */
public class ProjectOpenException extends Exception {

    /** Why, so that callers (the window, the command line) can choose what to offer next. */
    public enum Reason { NOT_A_PROJECT, NEWER_VERSION, READ_ONLY, LOCKED, UNREADABLE, DAMAGED }

    private final Reason reason;

    public ProjectOpenException(Reason reason, String message) {
        this(reason, message, null);
    }

    public ProjectOpenException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
