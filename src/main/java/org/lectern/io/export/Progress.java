package org.lectern.io.export;

/**
 * Where long work reports how far it has got, and learns whether the analyst has cancelled it. The window
 * shows it in a progress dialog; the command line ignores it.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();

    /** Call between steps of long work: stops it, as an ExportException, once the analyst has cancelled. */
    default void checkCancelled() throws ExportException {
        if (isCancelled()) {
            throw new ExportException("The export was cancelled; no file was written.");
        }
    }
}
