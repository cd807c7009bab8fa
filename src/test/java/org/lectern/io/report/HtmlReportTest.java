package org.lectern.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.DocumentMetadata;

class HtmlReportTest {
    @TempDir
    static Path folder;
    static ReportFixture sample;
    static Document html;

    @BeforeAll
    static void exportTheAnnotatedSample() throws Exception {
        sample = ReportFixture.sample();
        Path target = folder.resolve("report.html");
        new HtmlReport().export(sample.snapshot(), ExportScope.EVERYTHING, target, Progress.NONE);
        html = Jsoup.parse(Files.readString(target, StandardCharsets.UTF_8));
    }

    @Test
    void theHeaderNamesTheDocumentAndItsSource() {
        assertEquals(sample.documents.get(0).title(), html.selectFirst("h1").text());
        String meta = html.selectFirst("table.meta").text();
        assertTrue(meta.contains("Lectern sample wire (fictional)"), meta);
        assertTrue(meta.contains("Jonah Tervic"), meta);
        assertTrue(meta.contains("2024-03-14"), meta);
        assertTrue(html.selectFirst(".summary").text().contains("Analysts: Ana, Ben"));
    }

    @Test
    void everySectionIsThere() {
        for (String id : List.of("actors", "claims", "matrix", "annotations")) {
            assertEquals(1, html.select("section#" + id + " > h2").size(), id);
        }
        assertEquals(1, html.select("section.document .article").size());
    }

    @Test
    void theTwoAnalystsAgreementIsReportedPerTag() {
        assertEquals("Ben compared with Ana", html.selectFirst("section#agreement h3").text());
        List<String> tags = html.select("section#agreement table.agreement tbody tr td:first-child").eachText();
        assertTrue(tags.contains("All tags") && tags.contains("Actor"), tags.toString());
        assertEquals(5, html.select("section#agreement table.agreement tbody tr").get(0).select("td").size());
    }

    @Test
    void everyTableHeadsItsFigureColumnsOnTheSideTheFiguresAreAligned() {
        // A heading left over figures set right reads as heading the column beside it (the agreement's κ and α).
        for (var table : html.select("section table:has(td.n)")) {
            var headings = table.select("thead th");
            var firstRow = table.select("tbody tr").first().select("td");
            for (int column = 0; column < firstRow.size(); column++) {
                assertEquals(firstRow.get(column).hasClass("n"), headings.get(column).hasClass("n"),
                        "column " + headings.get(column).text() + " of " + table.className());
            }
        }
        assertFalse(html.select("section#agreement table.agreement th.n").isEmpty(), "the agreement has figures");
    }

    @Test
    void theReportIsSelfContained() {
        assertTrue(html.select("script, link, img, iframe, object, embed").isEmpty());
        assertTrue(html.select("[src]").isEmpty());
        String css = html.selectFirst("style").data();
        assertFalse(css.contains("url("), "no fonts or images loaded by the CSS");
        assertFalse(css.contains("@import"));
        assertTrue(css.contains("@media print"));
        assertTrue(css.contains("counter(pages)"));
    }

    @Test
    void theArticleIsInParagraphsSplitAtBlankLines() {
        Elements paragraphs = html.select(".article p");
        long blankSeparated = sample.documents.get(0).text().split("\n\\s*\n").length;
        assertEquals(blankSeparated, paragraphs.size());
        assertTrue(paragraphs.get(0).text().startsWith("SAMPLE"));
    }

    @Test
    void highlightsAreMarksInTheirTagColours() {
        Element claim = html.select("mark").stream()
                .filter(m -> m.text().startsWith("Anti-tank missiles captured")).findFirst().orElseThrow();
        assertEquals("Claim", claim.attr("data-tag"));
        assertEquals("rgba(242, 142, 43, 0.45)", backgroundOf(claim.className()));
        Element serials = html.select("mark").stream()
                .filter(m -> m.text().equals("Serial numbers stamped on 11 of the tubes fall within production lot "
                        + "21-0467")).findFirst().orElseThrow();
        assertEquals("Evidence", serials.attr("data-tag"));
        assertEquals("rgba(89, 161, 79, 0.45)", backgroundOf(serials.className()));
    }

    @Test
    void anOverlappedHighlightStaysVisibleAsAnUnderline() {
        Element place = html.select("mark[data-tag=Place]").stream().filter(m -> m.text().equals("Lusk Valley"))
                .findFirst().orElseThrow();
        Element underline = place.parent();
        assertTrue(underline.hasClass("ul"), underline.outerHtml());
        assertEquals("Claim", underline.attr("data-tag"));
        assertEquals("Place · Claim", place.attr("title"));
        // The claim's text on both sides of the place is still marked as the claim.
        Element paragraph = place.closest("p");
        assertEquals("rebel fighters in Varnesia's", paragraph.select("mark[data-tag=Claim]").stream()
                .map(Element::text).filter(t -> t.endsWith("Varnesia's")).findFirst().orElseThrow()
                .substring("Anti-tank missiles captured from ".length()));
    }

    @Test
    void theLegendCountsEachTag() {
        String legend = html.selectFirst("ul.legend").text();
        assertTrue(legend.contains("Actor 4"), legend);
        assertTrue(legend.contains("Claim 3"), legend);
        assertTrue(legend.contains("Evidence 5"), legend);
        assertTrue(legend.contains("Place 2"), legend);
        assertFalse(legend.contains("Source"), "unused tags stay out of the legend");
    }

    @Test
    void notesAreNumberedBesideTheirPassagesAndListedBelow() {
        Elements markers = html.select(".article sup.note-ref a");
        assertEquals(List.of("1", "2", "3", "4"), markers.eachText());
        Element first = markers.get(0);
        Element previous = first.parent().previousElementSibling();
        assertTrue(previous.text().endsWith("production lot 21-0467"), previous.outerHtml());
        Element note = html.getElementById("note-1");
        assertTrue(note.text().contains("Strongest item: serials are physical and checkable."), note.text());
        assertTrue(note.text().contains("Ana"));
        assertEquals("#note-1", first.attr("href"));
    }

    @Test
    void actorsShowKindAliasesAndMentions() {
        Element row = rowContaining("table.actors", "Oskaria");
        assertEquals(List.of("Oskaria", "state", "Oskarian government, Haldmar", "1"),
                row.select("td").eachText());
    }

    @Test
    void claimsShowClaimantStatusLikelihoodAndTheirEvidence() {
        Element claim = html.getElementById("claim-C1");
        String meta = claim.selectFirst(".claim-meta").text();
        assertTrue(meta.contains("Corridor Arms Monitoring Group"), meta);
        assertTrue(meta.contains("disputed"), meta);
        assertTrue(meta.contains("likely (55–80%)"), meta);
        assertTrue(claim.selectFirst("blockquote").text().contains("Anti-tank missiles captured"));
        Element e1 = claim.select("table.links tbody tr").first();
        assertTrue(e1.text().contains("B2 — usually reliable / probably true"), e1.text());
        assertTrue(e1.text().contains("+ supports, strong"), e1.text());
        assertTrue(e1.selectFirst("blockquote").text().contains("Serial numbers stamped"));
        assertTrue(html.getElementById("claim-C2").text().contains("− refutes, strong"));
        assertTrue(html.getElementById("claim-C3").selectFirst(".claim-meta").text().startsWith("Claimant — |"));
    }

    @Test
    void evidenceWithoutAClaimIsListedOnItsOwn() {
        assertTrue(html.select("section#claims").text().contains("Customs inspectors told not to open"));
    }

    @Test
    void theMatrixHasAClaimPerRowAndEvidencePerColumnWithAKey() {
        Element matrix = html.selectFirst("table.matrix");
        assertEquals(List.of("Claim", "E1", "E2", "E3", "E4", "E5"), matrix.select("thead th").eachText());
        Elements rows = matrix.select("tbody tr");
        assertEquals(3, rows.size());
        assertEquals(List.of("+ strong", "+ moderate", "+ weak", "+ weak", ""), cells(rows.get(0)));
        assertEquals(List.of("− strong", "", "", "− moderate", ""), cells(rows.get(1)));
        assertTrue(rows.get(1).selectFirst("td.cell").hasClass("refutes"));
        assertTrue(html.selectFirst(".key").text().contains("+ supports, − refutes"));
    }

    @Test
    void theAnnotationTableHasARowPerAnnotation() {
        Elements rows = html.select("table.annotations tbody tr");
        assertEquals(sample.annotations.size(), rows.size());
        Element serials = rowContaining("table.annotations", "Serial numbers stamped");
        assertEquals(List.of("Evidence", "Serial numbers stamped on 11 of the tubes fall within production lot 21-0467",
                "Strongest item: serials are physical and checkable. Ask CAMG for the photographs.", "Ana",
                "2024-03-15 09:30 UTC"), serials.select("td").eachText());
    }

    @Test
    void anArticleWhoseParagraphsAreSingleLinesPrintsAParagraphPerLineWithAHighlightAcrossTwo() throws Exception {
        // Web and wire text copied as one line per paragraph, as the window shows it: each line set apart.
        ReportFixture f = new ReportFixture();
        String text = "Harbour talks stall\nPORT ELLEN (AP) — Talks on the quota stalled on Monday.\n"
                + "The envoy said they would resume.\n\nBy A. Writer";
        org.lectern.model.Document article = f.document("Harbour talks stall", DocumentMetadata.EMPTY, text);
        f.highlight(article, "stalled on Monday.\nThe envoy", "Claim", "", "Ana");
        Document report = export(f, ExportScope.EVERYTHING);
        assertEquals(List.of("Harbour talks stall", "PORT ELLEN (AP) — Talks on the quota stalled on Monday.",
                "The envoy said they would resume.", "By A. Writer"), report.select(".article p").eachText());
        assertEquals(List.of("stalled on Monday.", "The envoy"), report.select(".article mark").eachText(),
                "the highlight is marked on both sides of the paragraph break");
    }

    @Test
    void theFiguresUnderTheTitleCountWhatTheReportHoldsInWordsThatAgreeWithThem() throws Exception {
        ReportFixture f = new ReportFixture();
        org.lectern.model.Document article = f.document("Quota", DocumentMetadata.EMPTY, "Ana Petrova met the envoy.");
        org.lectern.model.Annotation name = f.highlight(article, "Ana Petrova", "Actor", "", "Ana");
        f.actor("Ana Petrova", org.lectern.model.ActorKind.PERSON, List.of(), "Ana", name);
        f.evidence("The meeting", "B2", "Ana", f.highlight(article, "met the envoy", "Evidence", "", "Ana"));
        Document report = export(f, ExportScope.EVERYTHING);
        assertEquals(2, f.annotations.size());
        assertTrue(report.selectFirst(".summary").text()
                .contains("2 highlights · 1 actor · 0 claims · 1 item of evidence"), report.selectFirst(".summary").text());
        String summary = sample.annotations.size() + " highlights · " + sample.actors.size() + " actors · "
                + sample.claims.size() + " claims · " + sample.evidence.size() + " items of evidence";
        assertTrue(html.selectFirst(".summary").text().contains(summary), html.selectFirst(".summary").text());
    }

    @Test
    void aWebAddressIsALinkAndAnythingElseIsText() throws Exception {
        ReportFixture f = new ReportFixture();
        f.document("Web", new DocumentMetadata("", "", "", "https://example.org/a?b=1&c=2"), "Text.");
        f.document("Other", new DocumentMetadata("", "", "", "ftp://example.org/file"), "Text.");
        Document report = export(f, ExportScope.EVERYTHING);
        Elements urls = report.select("td.url");
        assertEquals("https://example.org/a?b=1&c=2", urls.get(0).selectFirst("a").attr("href"));
        assertTrue(urls.get(1).select("a").isEmpty());
        assertEquals("ftp://example.org/file", urls.get(1).text());
    }

    @Test
    void severalDocumentsEachGetTheirOwnSectionAndTheTableSaysWhich() throws Exception {
        ReportFixture f = ReportFixture.sample();
        org.lectern.model.Document second = f.document("Second article", DocumentMetadata.EMPTY, "One.\n\nTwo.");
        f.highlight(second, "Two", "Event", "", "Ana");
        Document report = export(f, ExportScope.EVERYTHING);
        assertEquals(2, report.select("section.document").size());
        assertEquals("Lectern report on 2 documents", report.selectFirst("h1").text());
        assertEquals("Document", report.selectFirst("table.annotations th").text());
        assertTrue(rowContaining(report, "table.annotations", "Two").text().startsWith("Second article"));
    }

    @Test
    void pebbleEscapesByDefaultAndTheReportEscapesExplicitly() throws Exception {
        Path template = folder.resolve("escape.peb");
        Files.writeString(template, "<p>{{ title }}</p>");
        ReportFixture f = new ReportFixture();
        f.document("<b>bold</b> & co", DocumentMetadata.EMPTY, "x");
        Path target = folder.resolve("escaped.html");
        new HtmlReport(Optional.of(template)).export(f.snapshot(), ExportScope.EVERYTHING, target, Progress.NONE);
        assertEquals("<p>&lt;b&gt;bold&lt;/b&gt; &amp; co</p>", Files.readString(target));
        io.pebbletemplates.pebble.PebbleEngine defaults = new io.pebbletemplates.pebble.PebbleEngine.Builder()
                .loader(new io.pebbletemplates.pebble.loader.StringLoader()).build();
        java.io.StringWriter out = new java.io.StringWriter();
        defaults.getTemplate("{{ x }}").evaluate(out, java.util.Map.of("x", "<i>"));
        assertEquals("&lt;i&gt;", out.toString(), "Pebble's own default escapes too");
    }

    @Test
    void aUserTemplateGetsTheDocumentedVariables() throws Exception {
        Path template = folder.resolve("mine.peb");
        Files.writeString(template, "{{ title }}|{{ documents[0].legend | length }}|{{ claims[0].number }}|"
                + "{{ claims[0].evidence[0].grade }}|{{ matrix[0].cells[0].text }}|{{ annotations | length }}");
        Path target = folder.resolve("mine.html");
        new HtmlReport(Optional.of(template)).export(sample.snapshot(), ExportScope.EVERYTHING, target,
                Progress.NONE);
        assertEquals(sample.documents.get(0).title() + "|7|C1|B2|+ strong|" + sample.annotations.size(),
                Jsoup.parse(Files.readString(target)).text());
    }

    static Document export(ReportFixture f, ExportScope scope) throws Exception {
        Path target = Files.createTempFile(folder, "report", ".html");
        new HtmlReport().export(f.snapshot(), scope, target, Progress.NONE);
        return Jsoup.parse(Files.readString(target));
    }

    private static List<String> cells(Element row) {
        return row.select("td.cell").stream().map(Element::text).toList();
    }

    private static String backgroundOf(String cssClass) {
        Matcher m = Pattern.compile("\\." + cssClass + " \\{ background-color: ([^;]+);")
                .matcher(html.selectFirst("style").data());
        assertTrue(m.find(), cssClass);
        return m.group(1);
    }

    private static Element rowContaining(String table, String text) {
        return rowContaining(html, table, text);
    }

    private static Element rowContaining(Document document, String table, String text) {
        return document.select(table + " tbody tr").stream().filter(r -> r.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + text));
    }
}
