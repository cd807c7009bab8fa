package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFBox, POI, SQLite and Flyway have their say in Lectern's log file, never on the terminal, where an analyst (or
 * a script) reads only Lectern's own lines. Run as a separate {@code lectern} process, as a terminal runs it, so
 * that whatever any library prints on standard error is seen.
 */
class TerminalStaysCleanTest {
    @TempDir
    Path folder;

    @Test
    void importingFilesLibrariesComplainAboutPrintsOnlyLecternsLinesAndTheLogFileHasTheRest() throws Exception {
        Path pdf = Files.writeString(folder.resolve("length.pdf"), pdfWithWrongStreamLength(),
                StandardCharsets.ISO_8859_1);
        Path docx = docxNamingAMissingStylesPart(folder.resolve("styles.docx"));
        Path damaged = pdfCutShort(folder.resolve("cut.pdf"));
        Path data = folder.resolve("data");

        Process lectern = lectern(data, "import", "--analyst", "Ana", "--project",
                folder.resolve("case.lectern").toString(), pdf.toString(), docx.toString(), damaged.toString());

        assertEquals(1, lectern.exitValue(), "one file was skipped");
        assertEquals(List.of(
                "added \"Harbour officials deny weapons shipment.\" (40 characters) from length.pdf",
                "added \"Customs records show four containers.\" (37 characters) from styles.docx"),
                Files.readAllLines(folder.resolve("out.txt")));
        assertEquals(List.of("skipped cut.pdf: cut.pdf is a damaged PDF that Lectern cannot read (it may have been"
                + " cut short in a download or copy): if it opens in a PDF reader, save or print it from there as a new"
                + " PDF and import that, otherwise ask for the file again."), Files.readAllLines(folder.resolve(
                        "err.txt")));
        String log = Files.readString(data.resolve("logs").resolve("lectern.log"));
        assertTrue(log.contains("org.apache.pdfbox.pdfparser.COSParser - The end of the stream doesn't point to the"
                + " correct offset"), "PDFBox's warning about length.pdf, which it read all the same:\n" + log);
        assertTrue(log.contains("org.apache.poi.ooxml.POIXMLDocumentPart - Skipped invalid entry /word/styles.xml"),
                "POI's complaint about styles.docx:\n" + log);
        assertTrue(log.contains("org.flywaydb"), "Flyway creating the project:\n" + log);
        assertTrue(log.contains("WARN  [main] org.lectern.cli.ImportCommand - Skipped cut.pdf: cut.pdf is a damaged PDF"),
                "why cut.pdf was skipped:\n" + log);
        assertTrue(log.contains("\tat org.apache.pdfbox."), "with the stack trace of PDFBox's failure:\n" + log);
    }

    /** {@code lectern ARGS...} in its own JVM, with its data folder in {@code data}; its output in out.txt and err.txt. */
    private Process lectern(Path data, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlectern.data.home=" + data, "-Duser.home=" + folder.resolve("home"),
                "-Djava.util.prefs.userRoot=" + folder.resolve("prefs"), "-Dpdfbox.fontcache=" + folder,
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.lectern.Launcher"));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "lectern did not finish");
        return process;
    }

    /**
     * A one-page PDF whose content stream declares a /Length 25 bytes too long, a slip many PDF writers make:
     * PDFBox warns, then reads it all the same.
     */
    private static String pdfWithWrongStreamLength() {
        String content = "BT /F1 12 Tf 72 700 Td (Harbour officials deny weapons shipment.) Tj ET";
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + (content.length() + 25) + " >>\nstream\n" + content + "\nendstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString();
    }

    /** A Word package whose document names a styles part the archive lacks, as some converters leave it. */
    private static Path docxNamingAMissingStylesPart(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                    + " Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override"
                    + " PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/styles\" Target=\"styles.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>Customs records show four containers.</w:t></w:r></w:p></w:body></w:document>");
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The first half of a PDF, as an interrupted download leaves it. */
    private static Path pdfCutShort(Path file) throws IOException {
        Path whole = file.resolveSibling("whole.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Customs records show four containers.");
                text.endText();
            }
            pdf.save(whole.toFile());
        }
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }
}
