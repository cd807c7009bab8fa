package org.lectern.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file whole or not at all: into a temporary file beside the target, then moved over it. A failed or
 * cancelled export leaves the previous file as it was.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** What fills the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException, ExportException;
    }

    public static void write(Path target, Content content) throws ExportException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            readableLikeAnyFile(temporary, target);
            move(temporary, target);
        } catch (IOException e) {
            if (isDiskFull(e)) {
                throw new ExportException("Lectern could not write " + target.getFileName() + " because the disk is"
                        + " full, and nothing was written over an earlier file: free some space on that disk (or"
                        + " choose another folder), then export again.", e);
            }
            throw new ExportException("Lectern could not write " + target.getFileName() + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A stray .part file is harmless; the export's own outcome has been reported.
                }
            }
        }
    }

    /**
     * A temporary file is created readable by its owner only; a report is meant to be shared, so it gets the
     * permissions of the file it replaces, or those of an ordinary new file.
     */
    private static void readableLikeAnyFile(Path temporary, Path target) throws IOException {
        if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The system's words for a full disk (Linux and macOS, Windows); store.DiskFull knows SQLite's too. */
    private static boolean isDiskFull(IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("no space left on device") || message.contains("not enough space on the disk");
    }
}
