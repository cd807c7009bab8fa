package org.lectern.io.report;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.lectern.io.export.AtomicFile;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Exporter;
import org.lectern.io.export.Progress;
import org.lectern.model.ProjectSnapshot;

/**
 * The report's sections in Markdown (GitHub flavour): highlights as {@code ==text==} followed by their tags in
 * italics, notes as footnotes, tables for actors, the matrix and the annotations. All text from the project is
 * escaped, so an article cannot inject links or HTML into the Markdown.
 */
public final class MarkdownReport implements Exporter {
    private final Clock clock;

    public MarkdownReport() {
        this(Clock.systemUTC());
    }

    MarkdownReport(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void export(ProjectSnapshot project, ExportScope scope, Path target, Progress progress)
            throws ExportException {
        progress.update(0, 2, "Gathering highlights, claims and evidence");
        ReportContent content = ReportContentBuilder.build(project, scope, clock.instant());
        progress.checkCancelled();
        progress.update(1, 2, "Writing " + target.getFileName());
        AtomicFile.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(MarkdownWriter.write(content));
            writer.flush();
            progress.checkCancelled();
        });
        progress.update(2, 2, "Report written");
    }
}
