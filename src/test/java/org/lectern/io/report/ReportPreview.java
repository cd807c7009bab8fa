package org.lectern.io.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.ProjectSnapshot;

/**
 * Not a test: writes every report of the annotated sample, and of a 1 MB article with 10,000 highlights, into a
 * folder, with rough timings, to look at by eye. Run with the test classpath:
 * {@code java -Dpdfbox.fontcache=target/ -cp ... org.lectern.io.report.ReportPreview /tmp/reports}
 */
public final class ReportPreview {
    private ReportPreview() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/report-preview");
        Files.createDirectories(folder);
        ProjectSnapshot sample = ReportFixture.sample().snapshot();
        new HtmlReport().export(sample, ExportScope.EVERYTHING, folder.resolve("report.html"), Progress.NONE);
        new PdfReport().export(sample, ExportScope.EVERYTHING, folder.resolve("report.pdf"), Progress.NONE);
        new MarkdownReport().export(sample, ExportScope.EVERYTHING, folder.resolve("report.md"), Progress.NONE);
        new CsvExport().export(sample, ExportScope.EVERYTHING, folder.resolve("annotations.csv"), Progress.NONE);
        System.out.println("Sample reports written to " + folder.toAbsolutePath());
        if (args.length > 1 && args[1].equals("--large")) {
            ProjectSnapshot large = LargeProject.create(1_000_000, 10_000).snapshot();
            for (int run = 0; run < 3; run++) {
                time("HTML", () -> new HtmlReport(Optional.empty()).export(large, ExportScope.EVERYTHING,
                        folder.resolve("large.html"), Progress.NONE));
                time("Markdown", () -> new MarkdownReport().export(large, ExportScope.EVERYTHING,
                        folder.resolve("large.md"), Progress.NONE));
                time("CSV", () -> new CsvExport().export(large, ExportScope.EVERYTHING,
                        folder.resolve("large.csv"), Progress.NONE));
                time("PDF", () -> new PdfReport().export(large, ExportScope.EVERYTHING,
                        folder.resolve("large.pdf"), Progress.NONE));
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void time(String what, Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        System.out.printf("%-9s %6d ms%n", what, (System.nanoTime() - start) / 1_000_000);
    }
}
