package org.lectern.io.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.lectern.io.export.AtomicFile;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Exporter;
import org.lectern.io.export.Progress;
import org.lectern.model.ProjectSnapshot;

/**
 * A report an analyst can send to a colleague: one self-contained HTML file (CSS inline, nothing loaded from
 * anywhere) with the article and its highlights, notes, actors, claims with their evidence, a claim × evidence
 * matrix and a table of every annotation. Made from a Pebble template, the bundled one or the analyst's own.
 */
public final class HtmlReport implements Exporter {
    private final Optional<Path> userTemplate;
    private final Clock clock;

    /** A report from the bundled template. */
    public HtmlReport() {
        this(Optional.empty());
    }

    /** A report from the given Pebble template file, or the bundled template when empty. */
    public HtmlReport(Optional<Path> userTemplate) {
        this(userTemplate, Clock.systemUTC());
    }

    HtmlReport(Optional<Path> userTemplate, Clock clock) {
        this.userTemplate = Objects.requireNonNull(userTemplate, "userTemplate");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void export(ProjectSnapshot project, ExportScope scope, Path target, Progress progress)
            throws ExportException {
        ReportTemplate template = prepare(progress);
        ReportContent content = content(project, scope, progress);
        progress.update(2, 3, "Writing " + target.getFileName());
        AtomicFile.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            template.render(content, writer);
            writer.flush();
            progress.checkCancelled();
        });
        progress.update(3, 3, "Report written");
    }

    /** The whole report as one string: what the PDF report lays out. */
    String render(ProjectSnapshot project, ExportScope scope, Progress progress) throws ExportException {
        ReportTemplate template = prepare(progress);
        ReportContent content = content(project, scope, progress);
        StringWriter html = new StringWriter(1 << 16);
        try {
            template.render(content, html);
        } catch (IOException e) {
            throw new ExportException("Lectern could not lay out the report: " + e.getMessage(), e);
        }
        return html.toString();
    }

    private ReportTemplate prepare(Progress progress) throws ExportException {
        progress.update(0, 3, "Reading the report template");
        ReportTemplate template = ReportTemplate.load(userTemplate);
        progress.checkCancelled();
        return template;
    }

    private ReportContent content(ProjectSnapshot project, ExportScope scope, Progress progress)
            throws ExportException {
        progress.update(1, 3, "Gathering highlights, claims and evidence");
        ReportContent content = ReportContentBuilder.build(project, scope, clock.instant());
        progress.checkCancelled();
        return content;
    }
}
