package org.lectern.io;

/**
 * A file or pasted text that Lectern cannot import. The message is one plain sentence naming the
 * file and saying what is wrong (and, where there is one, what to do), fit to show the analyst
 * as it is.
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
