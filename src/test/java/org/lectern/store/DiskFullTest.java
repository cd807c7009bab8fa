package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A full disk is recognised in the words SQLite and the operating systems use for it. (A real full disk needs a
 * small file system mounted for the test, which takes privileges a build does not have.)
 */
class DiskFullTest {
    @Test
    void sqliteFullIsAFullDisk() {
        SQLiteException full = new SQLiteException("[SQLITE_FULL] Insertion failed because database is full"
                + " (database or disk is full)", SQLiteErrorCode.SQLITE_FULL);

        assertTrue(DiskFull.isCause(new RuntimeException("commit failed", full)));
    }

    @Test
    void theSystemsWordsForAFullDiskAreAFullDisk() {
        assertTrue(DiskFull.isCause(new IOException("No space left on device")), "Linux and macOS (ENOSPC)");
        assertTrue(DiskFull.isCause(new FileSystemException("C:\\Reports\\case.lectern", null,
                "There is not enough space on the disk")), "Windows (ERROR_DISK_FULL)");
        assertTrue(DiskFull.isCause(new IOException("Disk quota exceeded")), "a user's quota (EDQUOT)");
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DiskFull.isCause(new SQLiteException("[SQLITE_BUSY] database is locked",
                SQLiteErrorCode.SQLITE_BUSY)));
        assertFalse(DiskFull.isCause(new IOException("Permission denied")));
        assertFalse(DiskFull.isCause(new IllegalStateException("No space left on device")),
                "only what the disk said, not any message that happens to read so");
    }
}
