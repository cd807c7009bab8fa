package org.lectern.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
            move(temporary, target);
        } catch (IOException e) {
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
