package org.lectern.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.lectern.io.export.ExportException;
import org.lectern.store.StoreException;

/**
 * A complete, consistent copy of an open project in a file of its own (File → Save a copy…), made while the
 * analyst works on: every record committed when the copy starts, nothing of an edit half-saved. The copy is
 * written beside the target and moved into place when whole, so a failed copy never replaces an earlier file.
 */
public final class ProjectCopy {
    private ProjectCopy() {
    }

    /**
     * File → Save a copy…: writes the copy, or says in one sentence what stopped it and what to do. Safe to call
     * from a thread other than the one making edits.
     */
    public static void save(ProjectSession session, Path target) throws ExportException {
        try {
            write(session, target);
        } catch (IOException | StoreException e) {
            if (isTheProject(session, target)) {
                throw new ExportException(e.getMessage(), e);
            }
            throw new ExportException(CopyFailure.explain("the copy", "save the copy again", target, e), e);
        }
    }

    /** Writes the copy; safe to call from a thread other than the one making edits. */
    public static void write(ProjectSession session, Path target) throws IOException {
        if (isTheProject(session, target)) {
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

    private static boolean isTheProject(ProjectSession session, Path target) {
        return target.toAbsolutePath().normalize().equals(session.location().toAbsolutePath().normalize());
    }
}
