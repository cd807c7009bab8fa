package org.lectern.service;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.lectern.store.DiskFull;

/**
 * Why a copy of the project could not be written to a file the analyst chose, in one sentence that names the
 * file and says what to do: a full disk, a folder that is really a file, a folder Lectern may not write in, or
 * else the system's own words. A failed copy never replaces an earlier file, and the project itself is never
 * touched by one, so every sentence can say so.
 */
final class CopyFailure {
    private static final String NOTHING_LOST = "your project is as it was and nothing was written over an earlier"
            + " file";

    private CopyFailure() {
    }

    /**
     * @param what    what was being written, as it reads after "could not write": "the review bundle"
     * @param again   what to do once the cause is gone, as it ends the sentence: "export it again"
     */
    static String explain(String what, String again, Path target, Throwable failure) {
        String name = nameOf(target);
        Path folder = target.toAbsolutePath().getParent();
        if (DiskFull.isCause(failure)) {
            return "Lectern could not write " + what + " " + name + " because the disk is full; " + NOTHING_LOST
                    + ". Free some space on that disk (empty the bin, move large files elsewhere), or choose a"
                    + " folder on another disk, then " + again + ".";
        }
        Path file = existingFileAbove(folder);
        if (file != null) {
            return "Lectern could not write " + what + " " + name + " because " + nameOf(file) + " is a file, not a"
                    + " folder; " + NOTHING_LOST + ". Choose a folder to save it in, then " + again + ".";
        }
        if (isNotWritable(failure, folder)) {
            return "Lectern could not write " + what + " " + name + " because the folder " + nameOf(folder)
                    + " cannot be written to (it is read-only, or you have no permission there); " + NOTHING_LOST
                    + ". Choose another folder, such as your Documents folder, then " + again + ".";
        }
        return "Lectern could not write " + what + " " + name + " in the folder " + nameOf(folder) + " ("
                + FailureMessage.rootMessage(failure) + "); " + NOTHING_LOST + ". Choose another folder, then "
                + again + ".";
    }

    /** The nearest of the folder and those above it that exists, when it is a file rather than a folder. */
    private static Path existingFileAbove(Path folder) {
        for (Path path = folder; path != null; path = path.getParent()) {
            if (Files.exists(path)) {
                return Files.isDirectory(path) ? null : path;
            }
        }
        return null;
    }

    /** Refused by the system (no permission, a read-only disk), or a folder the analyst may not write in. */
    private static boolean isNotWritable(Throwable failure, Path folder) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return true;
            }
            if (cause instanceof FileSystemException system && system.getReason() != null) {
                String reason = system.getReason().toLowerCase(Locale.ROOT);
                if (reason.contains("read-only file system") || reason.contains("permission denied")) {
                    return true;
                }
            }
        }
        return Files.isDirectory(folder) && !Files.isWritable(folder);
    }

    private static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
