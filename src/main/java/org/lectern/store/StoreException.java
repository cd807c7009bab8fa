package org.lectern.store;

/** Saving or reading failed after the project was open (disk full, file removed, ...). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
