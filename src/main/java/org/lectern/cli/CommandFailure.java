package org.lectern.cli;

/** A command could not do what was asked; the message is the one line the analyst is shown. */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }

    /** A failure whose message is already written for the analyst; it is kept as the cause for the log file. */
    CommandFailure(Exception cause) {
        super(cause.getMessage(), cause);
    }
}
