package org.lectern.service;

/**
 * An edit, undo or redo that the project file refused (disk full, file removed, ...): nothing of it was applied.
 * The message is one sentence for the analyst.
 */
public final class NotSaved extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotSaved(String message, Throwable cause) {
        super(message, cause);
    }
}
