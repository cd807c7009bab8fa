package org.lectern.service;

/**
 * A project could not be opened; the message is one sentence an analyst can act on. The window and the command
 * line hear of refusals in these words, whichever part of Lectern refused.
 */
public final class ProjectUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why, so that the window and the command line can choose what to offer next. */
    public enum Reason { NOT_A_PROJECT, NEWER_VERSION, READ_ONLY, LOCKED, UNREADABLE, DAMAGED }

    private final Reason reason;

    public ProjectUnavailable(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The project file's own refusal, in the same words. */
    static ProjectUnavailable of(org.lectern.store.ProjectOpenException refusal) {
        return new ProjectUnavailable(Reason.valueOf(refusal.reason().name()), refusal.getMessage(), refusal);
    }

    public Reason reason() {
        return reason;
    }
}
