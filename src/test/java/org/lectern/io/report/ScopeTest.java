package org.lectern.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Exporter;
import org.lectern.io.export.Progress;
import org.lectern.model.DocumentMetadata;

class ScopeTest {
    static final String NOTE = "Ask CAMG for the photographs";

    @BeforeAll
    static void fontCacheInTheBuildFolder() {
        FontCacheFolder.prepare();
    }

    @TempDir
    Path folder;

    @Test
    void aReportOfOneDocumentLeavesTheOthersOut() throws Exception {
        ReportFixture f = ReportFixture.sample();
        var other = f.document("Unrelated bulletin", DocumentMetadata.EMPTY, "Harvest figures rose.");
        f.highlight(other, "Harvest figures", "Event", "Harvest note", "Ana");
        ExportScope onlyOther = new ExportScope(Set.of(other.id()), Set.of(), true);
        Document html = export(new HtmlReport(), f, onlyOther, "one.html");
        assertEquals("Unrelated bulletin", html.selectFirst("h1").text());
        assertEquals(1, html.select("section.document").size());
        assertEquals(1, html.select("table.annotations tbody tr").size());
        assertFalse(html.text().contains("Lusk Valley"));
        assertTrue(html.text().contains("Harvest note"));
        assertTrue(html.select("table.actors, .claim").isEmpty(), "the sample's actors and claims stay out");
    }

    @Test
    void aReportOfOneAuthorShowsOnlyTheirWork() throws Exception {
        ReportFixture f = ReportFixture.sample();
        ExportScope onlyBen = new ExportScope(Set.of(), Set.of("Ben"), true);
        Document html = export(new HtmlReport(), f, onlyBen, "ben.html");
        List<String> authors = html.select("table.annotations tbody tr td:nth-last-child(2)").eachText();
        assertEquals(List.of("Ben", "Ben", "Ben"), authors);
        assertEquals(3, html.select(".article mark").size());
        assertTrue(html.select("table.matrix, .claim").isEmpty(), "Ana's claims are not Ben's");
        assertTrue(html.select("section#claims").text().contains("Satellite imagery of a convoy"));
        assertTrue(html.selectFirst(".summary").text().contains("only Ben"));
    }

    @Test
    void withoutNotesNoNoteTextAppearsInAnyFormat() throws Exception {
        ReportFixture f = ReportFixture.sample();
        ExportScope noNotes = new ExportScope(Set.of(), Set.of(), false);
        Document html = export(new HtmlReport(), f, noNotes, "quiet.html");
        assertFalse(html.outerHtml().contains(NOTE));
        assertTrue(html.select("sup.note-ref, ol.notes").isEmpty());
        assertEquals(0, html.select("table.annotations th").stream().filter(th -> th.text().equals("Note")).count());
        assertFalse(write(new MarkdownReport(), f, noNotes, "quiet.md").contains(NOTE));
        assertFalse(write(new CsvExport(), f, noNotes, "quiet.csv").contains(NOTE));
        Path pdf = folder.resolve("quiet.pdf");
        new PdfReport().export(f.snapshot(), noNotes, pdf, Progress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertFalse(text.contains("CAMG for"), text);
            assertTrue(text.contains("Serial numbers"));
        }
    }

    private Document export(Exporter exporter, ReportFixture f, ExportScope scope, String name) throws Exception {
        return Jsoup.parse(write(exporter, f, scope, name));
    }

    private String write(Exporter exporter, ReportFixture f, ExportScope scope, String name) throws Exception {
        Path target = folder.resolve(name);
        exporter.export(f.snapshot(), scope, target, Progress.NONE);
        return Files.readString(target);
    }
}
