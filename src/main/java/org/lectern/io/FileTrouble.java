package org.lectern.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * What the analyst is told when a file to import cannot be opened, in the same words whatever its kind (article,
 * W3C annotations, REFI-QDA project). Java's own message for a missing file is only its path, which told the
 * analyst "Lectern could not read nothere.qdpx: /home/ana/nothere.qdpx."
 */
public final class FileTrouble {
    private FileTrouble() {
    }

    /** A sentence naming the file by {@code name} and saying why it could not be read. */
    public static String of(String name, IOException e) {
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return name + " cannot be found: it may have been moved, renamed or deleted.";
        }
        if (e instanceof AccessDeniedException) {
            return name + " cannot be read: Lectern is not allowed to open it.";
        }
        String reason = e.getMessage();
        return name + " cannot be read: " + (reason == null || reason.isBlank() ? "the system reported an error"
                : "the system reported \"" + reason + "\"") + ".";
    }
}
