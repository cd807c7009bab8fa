package org.lectern.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export that meets a full disk says so and what to do, and the report it would have replaced is untouched. */
class FullDiskExportTest {
    @TempDir
    Path folder;

    @Test
    void aFullDiskIsNamedAndTheEarlierReportIsKept() throws Exception {
        Path report = Files.writeString(folder.resolve("harbour.html"), "<p>Yesterday's report</p>");

        ExportException refused = assertThrows(ExportException.class, () -> AtomicFile.write(report, out -> {
            out.write("<p>Today's report".getBytes(StandardCharsets.UTF_8));
            // What the stream of a file on a full disk throws, in the words of Linux and macOS (ENOSPC).
            throw new IOException("No space left on device");
        }));

        assertEquals("Lectern could not write harbour.html because the disk is full, and nothing was written over an"
                + " earlier file: free some space on that disk (or choose another folder), then export again.",
                refused.getMessage());
        assertEquals("<p>Yesterday's report</p>", Files.readString(report));
    }
}
