package org.lectern.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.DocumentMetadata;

class PdfReportTest {
    @TempDir
    static Path folder;
    static Path pdf;

    @BeforeAll
    static void exportTheAnnotatedSample() throws Exception {
        FontCacheFolder.prepare();
        pdf = folder.resolve("report.pdf");
        new PdfReport().export(ReportFixture.sample().snapshot(), ExportScope.EVERYTHING, pdf, Progress.NONE);
    }

    @Test
    void thePdfHasTheTitleClaimsGradesAndPageNumbers() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Monitors trace missiles seized"));
            assertTrue(text.contains("The Tern-4 launch tubes seized at Orrin Ford came from Oskarian army stocks"));
            assertTrue(text.contains("B2 — usually reliable / probably true"));
            assertTrue(text.contains("Page 1 of " + document.getNumberOfPages()));
            assertTrue(text.contains("+ strong"));
            assertTrue(document.getNumberOfPages() > 1);
            assertEquals("Monitors trace missiles seized in Varnesia's Lusk Valley to Oskarian army stocks; Oskaria "
                    + "denies arming rebels", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void highlightsKeepTheirColoursInThePdf() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(document).renderImage(0, 1f);
            // The claim's orange at 45% over white, allowing for anti-aliasing.
            assertTrue(hasColour(page, blend(0xf2, 0x8e, 0x2b)), "a claim highlight is painted");
            assertTrue(hasColour(page, blend(0x4e, 0x79, 0xa7)), "an actor highlight is painted");
        }
    }

    @Test
    void glyphsNoFontHasDoNotStopTheExport() throws Exception {
        ReportFixture f = new ReportFixture();
        String text = "Emoji 😀🚀, CJK 北京 東京, Arabic مرحبا, Devanagari नमस्ते, combining é̂.";
        var document = f.document("Glyphs 😀 北京", DocumentMetadata.EMPTY, text);
        f.highlight(document, "北京", "Place", "Note 😀", "Ana");
        for (PdfFonts fonts : List.of(PdfFonts.installed(), PdfFonts.builtInOnly())) {
            Path target = folder.resolve("glyphs.pdf");
            new PdfReport(new HtmlReport(), fonts).export(f.snapshot(), ExportScope.EVERYTHING, target,
                    Progress.NONE);
            try (PDDocument written = Loader.loadPDF(target.toFile())) {
                assertTrue(new PDFTextStripper().getText(written).contains("Emoji"));
            }
        }
    }

    @Test
    void dejaVuIsEmbeddedWhereTheMachineHasIt() {
        List<PdfFonts.Face> faces = PdfFonts.find(List.of(Path.of("/usr/share/fonts")));
        if (Files.exists(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))) {
            assertTrue(faces.stream().anyMatch(f -> f.family().equals("DejaVu Serif")), faces.toString());
        }
        assertTrue(PdfFonts.find(List.of(folder.resolve("no-such-folder"))).isEmpty());
    }

    @Test
    void pdfboxWritesItsFontCacheIntoTheBuildFolderNotTheHomeFolder() throws Exception {
        assertTrue(System.getProperty("pdfbox.fontcache", "").contains("test-scratch"),
                "surefire points PDFBox's font cache into the build folder");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            new PDFRenderer(document).renderImage(0, 0.2f);
        }
        assertTrue(Files.exists(FontCacheFolder.prepare().resolve(".pdfbox.cache")));
        Path home = Path.of(System.getProperty("user.home"));
        assertFalse(Files.exists(home.resolve(".pdfbox.cache")), "no cache in " + home);
        assertFalse(home.startsWith(Path.of("/root")) || home.startsWith(Path.of("/home")),
                "tests run with a scratch home, not the user's");
    }

    @Test
    void aUserTemplateMakesThePdfToo() throws Exception {
        Path template = folder.resolve("short.peb");
        Files.writeString(template, "<html><head><title>{{ title }}</title></head><body><h1>Brief: {{ title }}</h1>"
                + "<p>{{ claims | length }} claims<br>unclosed <b>bold</p></body></html>");
        Path target = folder.resolve("short.pdf");
        new PdfReport(Optional.of(template)).export(ReportFixture.sample().snapshot(), ExportScope.EVERYTHING,
                target, Progress.NONE);
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains("3 claims"));
        }
    }

    private static int[] blend(int r, int g, int b) {
        double a = ReportLabels.HIGHLIGHT_ALPHA;
        return new int[] {(int) Math.round(r * a + 255 * (1 - a)), (int) Math.round(g * a + 255 * (1 - a)),
            (int) Math.round(b * a + 255 * (1 - a))};
    }

    private static boolean hasColour(BufferedImage image, int[] rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - rgb[0]) <= 3 && Math.abs(((p >> 8) & 0xff) - rgb[1]) <= 3
                        && Math.abs((p & 0xff) - rgb[2]) <= 3) {
                    return true;
                }
            }
        }
        return false;
    }
}
