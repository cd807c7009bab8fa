package org.lectern.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.lectern.store.StoreException;

/**
 * The review bundle a reviewer sends back: a copy of the whole project, with both analysts' work, the
 * decisions and their reasons, and the comment threads. The colleague opens it in Lectern like any project
 * and sees, on each of their annotations, whether it was accepted, amended or rejected, and why.
 */
public final class ReviewBundle {
    private ReviewBundle() {
    }

    /** Writes the bundle; an existing file at {@code target} is replaced only once the copy is complete. */
    public static void export(ProjectSession session, Path target) throws IOException {
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
