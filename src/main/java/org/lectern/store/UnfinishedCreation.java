package org.lectern.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * The temporary file a new project is made in, beside the name it will have: {@code .NAME.creating-RANDOM}
 * (and SQLite's {@code -journal} next to it while a migration runs). Only a complete project is renamed to
 * its name; a crash leaves at most such a temporary file, which the next creation of that project removes.
 */
final class UnfinishedCreation {
    private static final String MARK = ".creating-";

    private UnfinishedCreation() {
    }

    static Path temporaryFileFor(Path project) {
        return project.resolveSibling(prefix(project) + UUID.randomUUID());
    }

    /** One rename, so that the project appears at its name whole or not at all. */
    static void moveIntoPlace(Path temporary, Path project) throws IOException {
        try {
            Files.move(temporary, project, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FAT file systems cannot rename atomically; a plain move never replaces a file.
            Files.move(temporary, project);
        }
    }

    /** Removes the temporary files of earlier creations of {@code project} that were cut short. */
    static void removeLeftovers(Path project) {
        Path folder = project.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        String prefix = prefix(project);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, entry ->
                entry.getFileName().toString().startsWith(prefix))) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException ignored) {
            // Best effort: a leftover temporary file is hidden and harms nothing.
        }
    }

    private static String prefix(Path project) {
        return "." + project.getFileName() + MARK;
    }
}
