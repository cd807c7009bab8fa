package org.lectern.service;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.lectern.io.brat.BratExport;
import org.lectern.io.export.Exporter;
import org.lectern.io.qda.QdpxExport;
import org.lectern.io.report.CsvExport;
import org.lectern.io.report.HtmlReport;
import org.lectern.io.report.MarkdownReport;
import org.lectern.io.report.PdfReport;
import org.lectern.io.w3c.W3cExport;

/** The files Lectern can make from a project, as the command line and the Export dialog name them. */
public enum ExportFormat {
    HTML("html", "HTML report", "html"),
    PDF("pdf", "PDF report", "pdf"),
    MARKDOWN("md", "Markdown report", "md"),
    CSV("csv", "CSV table of annotations (for spreadsheets)", "csv"),
    W3C("w3c", "W3C Web Annotation (JSON-LD)", "jsonld"),
    QDPX("qdpx", "REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)", "qdpx"),
    BRAT("brat", "brat standoff (.txt and .ann)", "ann");

    private final String key;
    private final String description;
    private final String extension;

    ExportFormat(String key, String description, String extension) {
        this.key = key;
        this.description = description;
        this.extension = extension;
    }

    /** The exporter; a template of the analyst's own applies to the HTML and PDF reports. */
    public Exporter exporter(Optional<Path> template) {
        return switch (this) {
            case HTML -> new HtmlReport(template);
            case PDF -> new PdfReport(template);
            case MARKDOWN -> new MarkdownReport();
            case CSV -> new CsvExport();
            case W3C -> new W3cExport();
            case QDPX -> new QdpxExport();
            case BRAT -> new BratExport();
        };
    }

    public static Optional<ExportFormat> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key.strip())).findFirst();
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public String extension() {
        return extension;
    }

    /** A file name for an export of the given project. */
    public String suggestedName(String projectName) {
        String base = projectName.toLowerCase(Locale.ROOT).endsWith(".lectern")
                ? projectName.substring(0, projectName.length() - ".lectern".length()) : projectName;
        return base + (this == BRAT ? "" : "." + extension);
    }

    @Override
    public String toString() {
        return description;
    }
}
