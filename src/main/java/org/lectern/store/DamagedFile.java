package org.lectern.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A project file that starts as a SQLite database but cannot be read through: cut short by a full disk or a
 * crash, an incomplete copy or download, a failing disk. Said as such, with what can be done, rather than as
 * "not a Lectern project".
 */
final class DamagedFile {
    private DamagedFile() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                SQLiteErrorCode code = sqlite.getResultCode();
                if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                        || code.name().startsWith("SQLITE_CORRUPT")) {
                    return true;
                }
            }
        }
        return false;
    }

    static String message(String name) {
        return name + " is damaged and cannot be read through (it may have been cut short by a crash or a full"
                + " disk, or copied incompletely); Lectern has left it as it is, so open a backup copy instead, or"
                + " rescue what can be read with the sqlite3 shell's .recover command.";
    }
}
