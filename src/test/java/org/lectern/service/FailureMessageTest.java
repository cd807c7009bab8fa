package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lectern.io.ImportException;
import org.lectern.store.StoreException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Whatever stopped Lectern is told in plain words, with what to do; never a bare "failed: cause". */
class FailureMessageTest {
    private static final Path LOG = Path.of("/home/ana/.local/share/lectern/logs/lectern.log");

    @Test
    void aFullDiskMetWhileWritingAFileNamesTheFileAndSaysToFreeSpace() {
        UncheckedIOException failure = new UncheckedIOException(new FileSystemException(
                "/home/ana/reports/harbour.html", null, "No space left on device"));

        assertEquals("Lectern could not write harbour.html because the disk is full: free some space on that disk"
                + " (empty the bin, move large files elsewhere), then try again; everything saved before is safe.",
                FailureMessage.of(failure, LOG));
    }

    @Test
    void sqliteSayingTheDiskIsFullIsAFullDiskToo() {
        RuntimeException failure = new RuntimeException(new SQLiteException("[SQLITE_FULL] database or disk is full",
                SQLiteErrorCode.SQLITE_FULL));

        assertEquals("Lectern could not write to the disk because it is full: free some space on that disk (empty the"
                + " bin, move large files elsewhere), then try again; everything saved before is safe.",
                FailureMessage.of(failure, LOG));
    }

    @Test
    void aFailureLecternForesawKeepsItsOwnWords() {
        assertEquals("notes.txt is empty.", FailureMessage.of(new ImportException("notes.txt is empty."), LOG));
        assertEquals("The last change was not saved.", FailureMessage.of(new StoreException(
                "The last change was not saved.", new IllegalStateException()), LOG));
    }

    @Test
    void anythingElseIsCalledUnexpectedAndNamesTheLogFile() {
        IllegalStateException failure = new IllegalStateException("Application launch failed",
                new NullPointerException("Cannot read field \"text\" because \"document\" is null"));

        assertEquals("Lectern met an unexpected problem (Cannot read field \"text\" because \"document\" is null) and"
                + " stopped what it was doing; everything saved before is safe, and the details are in " + LOG
                + ": please send that file along when you report the problem.", FailureMessage.of(failure, LOG));
    }
}
