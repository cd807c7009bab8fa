package org.lectern.store;

import java.io.IOException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Recognises a full disk behind a failure, whichever layer met it: SQLite says SQLITE_FULL, Java's file
 * operations pass on the system's own words (ENOSPC on Linux and macOS, ERROR_DISK_FULL on Windows).
 */
public final class DiskFull {
    private static final String[] SYSTEM_WORDS = {
        "no space left on device", "not enough space on the disk", "disk full", "disk quota exceeded"};

    private DiskFull() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_FULL) {
                return true;
            }
            if (cause instanceof IOException && mentionsFullDisk(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsFullDisk(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String words : SYSTEM_WORDS) {
            if (lower.contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** What to do about it, to end the sentence that says what could not be done. */
    public static final String WHAT_TO_DO = "free some space on that disk (empty the bin, move large files"
            + " elsewhere), then try again.";
}
