package org.lectern.io.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Exporter;
import org.lectern.io.export.Progress;

/** A failed export says why in one sentence and leaves the file it would have replaced exactly as it was. */
class FailedExportTest {
    static final byte[] PREVIOUS = "the report from last week".getBytes();

    @BeforeAll
    static void fontCacheInTheBuildFolder() {
        FontCacheFolder.prepare();
    }

    @TempDir
    Path folder;

    @Test
    void aTemplateWithASyntaxErrorLeavesTheOldReportAlone() throws Exception {
        Path template = folder.resolve("broken.peb");
        Files.writeString(template, "<h1>{{ title }}</h1>\n{% for x in claims %}\n<p>{{ x.number }</p>\n");
        for (Exporter exporter : List.of(new HtmlReport(Optional.of(template)), new PdfReport(Optional.of(template)))) {
            Path target = previousReport("report.out");
            ExportException e = assertThrows(ExportException.class, () -> exporter.export(
                    ReportFixture.sample().snapshot(), ExportScope.EVERYTHING, target, Progress.NONE));
            assertTrue(e.getMessage().startsWith("There is an error in the report template broken.peb at line 3"),
                    e.getMessage());
            assertArrayEquals(PREVIOUS, Files.readAllBytes(target));
            assertTrue(leftovers().isEmpty(), leftovers().toString());
        }
    }

    @Test
    void aMissingTemplateIsNamed() {
        ExportException e = assertThrows(ExportException.class, () -> new HtmlReport(
                Optional.of(folder.resolve("gone.peb"))).export(ReportFixture.sample().snapshot(),
                ExportScope.EVERYTHING, folder.resolve("r.html"), Progress.NONE));
        assertTrue(e.getMessage().contains("gone.peb does not exist"), e.getMessage());
    }

    @Test
    void aTargetInsideAFileFailsWithTheFileName() throws Exception {
        Path notAFolder = previousReport("notes.txt");
        for (Exporter exporter : List.of(new HtmlReport(), new PdfReport(), new MarkdownReport(), new CsvExport())) {
            ExportException e = assertThrows(ExportException.class, () -> exporter.export(
                    ReportFixture.sample().snapshot(), ExportScope.EVERYTHING, notAFolder.resolve("report.out"),
                    Progress.NONE));
            assertTrue(e.getMessage().startsWith("Lectern could not write report.out"), e.getMessage());
            assertArrayEquals(PREVIOUS, Files.readAllBytes(notAFolder));
        }
    }

    @Test
    void aCancelledExportLeavesTheOldFileAlone() throws Exception {
        for (Exporter exporter : List.of(new HtmlReport(), new MarkdownReport(), new CsvExport())) {
            Path target = previousReport("report.out");
            ExportException e = assertThrows(ExportException.class, () -> exporter.export(
                    ReportFixture.sample().snapshot(), ExportScope.EVERYTHING, target, new CountingProgress()));
            assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
            assertArrayEquals(PREVIOUS, Files.readAllBytes(target));
            assertTrue(leftovers().isEmpty());
        }
    }

    /** Cancelled when the exporter checks for the last time, after writing everything into its temporary file. */
    private static final class CountingProgress implements Progress {
        private boolean writing;

        @Override
        public void update(long done, long total, String message) {
            writing = message.startsWith("Writing");
        }

        @Override
        public boolean isCancelled() {
            return writing;
        }
    }

    private Path previousReport(String name) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, PREVIOUS);
        return file;
    }

    private List<Path> leftovers() throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
