package org.lectern.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.lectern.store.StoreException;

/**
 * A complete, consistent copy of an open project in a file of its own (File → Save a copy…), made while the
 * analyst works on: every record committed when the copy starts, nothing of an edit half-saved. The copy is
 * written beside the target and moved into place when whole, so a failed copy never replaces an earlier file.
 */
public final class ProjectCopy {
    private ProjectCopy() {
    }

    /** Writes the copy; safe to call from a thread other than the one making edits. */
    public static void write(ProjectSession session, Path target) throws IOException {
        if (target.toAbsolutePath().normalize().equals(session.location().toAbsolutePath().normalize())) {
            throw new IOException("A copy cannot replace the project it is made from: choose another file than "
                    + target.getFileName() + ".");
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve("." + target.getFileName() + "." + System.nanoTime() + ".part");
        try {
            session.copyTo(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
