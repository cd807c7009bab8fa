package org.lectern.io.export;

/** An export failed or was cancelled; the message is one sentence for the analyst. Nothing was overwritten. */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
