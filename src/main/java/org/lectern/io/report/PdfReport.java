package org.lectern.io.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.lectern.io.export.AtomicFile;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Exporter;
import org.lectern.io.export.Progress;
import org.lectern.model.ProjectSnapshot;

/**
 * The HTML report as a PDF, laid out by openhtmltopdf: A4 pages numbered "Page n of m", highlights kept. The
 * HTML is parsed by jsoup and handed over as a DOM, so the renderer's strict XML parser never sees it raw.
 */
public final class PdfReport implements Exporter {
    static {
        // openhtmltopdf reports every font and CSS step at INFO; an analyst's export needs only real problems.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        // The report's CSS carries print rules for browsers (print-color-adjust) that openhtmltopdf does not know.
        XRLog.setLevel(XRLog.CSS_PARSE, Level.SEVERE);
    }

    private final HtmlReport html;
    private final PdfFonts fonts;

    /** A PDF of the bundled report template. */
    public PdfReport() {
        this(Optional.empty());
    }

    /** A PDF of the given Pebble template file, or of the bundled template when empty. */
    public PdfReport(Optional<Path> userTemplate) {
        this(new HtmlReport(userTemplate), PdfFonts.installed());
    }

    PdfReport(HtmlReport html, PdfFonts fonts) {
        this.html = Objects.requireNonNull(html, "html");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    @Override
    public void export(ProjectSnapshot project, ExportScope scope, Path target, Progress progress)
            throws ExportException {
        String report = html.render(project, scope, progress);
        org.w3c.dom.Document document = W3CDom.convert(Jsoup.parse(report));
        progress.update(2, 3, "Laying out the pages of " + target.getFileName());
        AtomicFile.write(target, out -> {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Lectern");
            fonts.registerWith(builder);
            builder.withW3cDocument(document, "");
            builder.toStream(out);
            try {
                builder.run();
            } catch (RuntimeException e) {
                // openhtmltopdf reports layout failures unchecked; the analyst still gets one clear sentence.
                throw new ExportException("Lectern could not lay out the PDF report: " + e.getMessage(), e);
            }
            progress.checkCancelled();
        });
        progress.update(3, 3, "Report written");
    }
}
