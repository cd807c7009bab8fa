package org.lectern.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report written in Word comes in as its paragraphs, with its title, author and date. */
class DocxImportTest {
    @TempDir
    Path folder;

    @Test
    void aWordReportComesInParagraphByParagraphWithItsProperties() throws Exception {
        Path file = folder.resolve("report.docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            docx.createParagraph().createRun().setText("Harbour officials deny weapons shipment");
            docx.createParagraph().createRun().setText("The ferry 🚢 resumed service on Friday, officials said.");
            docx.createParagraph();
            docx.createParagraph().createRun().setText("Customs records show four containers.");
            docx.getProperties().getCoreProperties().setTitle("Harbour report");
            docx.getProperties().getCoreProperties().setCreator("Lena Moss");
            docx.getProperties().getCoreProperties().setCreated(java.util.Optional.of(
                    Date.from(java.time.Instant.parse("2024-03-14T10:00:00Z"))));
            docx.write(out);
        }

        ImportedDocument imported = new DocumentImporter().importFile(file);

        assertEquals("Harbour report", imported.title());
        assertEquals("Lena Moss", imported.metadata().byline());
        assertEquals("2024-03-14", imported.metadata().published());
        assertEquals("Harbour officials deny weapons shipment\n\nThe ferry 🚢 resumed service on Friday, officials"
                + " said.\n\nCustoms records show four containers.", imported.text());
    }

    @Test
    void theAgencyAndWriterItsPropertiesLeaveOutAreReadFromTheStory() throws Exception {
        // A wire story saved to Word by whoever copied it: its author property names the analyst, no agency.
        Path file = folder.resolve("wire.docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            docx.createParagraph().createRun().setText("Ferry strike ends");
            docx.createParagraph().createRun().setText("PORT ELLEN (AP) — The ferry strike ended on Monday.");
            docx.createParagraph().createRun().setText("By Maria Okafor");
            docx.getProperties().getCoreProperties().setCreator("Lena Moss");
            docx.write(out);
        }

        ImportedDocument imported = new DocumentImporter().importFile(file);

        assertEquals("Ferry strike ends", imported.title());
        assertEquals("AP", imported.metadata().source(), "the dateline's agency fills what the file leaves out");
        assertEquals("Lena Moss", imported.metadata().byline(), "the file's own author property comes first");
    }

    @Test
    void aFileThatOnlyCallsItselfDocxIsRefused() throws Exception {
        Path file = folder.resolve("fake.docx");
        Files.writeString(file, "not a Word file");
        ImportException refused = assertThrows(ImportException.class, () -> new DocumentImporter().importFile(file));
        assertTrue(refused.getMessage().startsWith("fake.docx is not a Word document Lectern can read"),
                refused.getMessage());
    }

    @Test
    void aWordFileThatUnpacksFarBeyondItsSizeIsRefusedAsAZipBombWithWhatToDo() throws Exception {
        // 20 MB of spaces in the document part deflate to about 20 kB: the ratio of a zip bomb.
        Path file = wordPackage("huge.docx", document("", "Harbour " + " ".repeat(20_000_000)));

        ImportException refused = assertThrows(ImportException.class, () -> new DocumentImporter().importFile(file));

        assertEquals("huge.docx unpacks to far more than its size on disk, as a \"zip bomb\" made to exhaust memory"
                + " does, so Lectern did not read it: if it is a genuine report, save it from Word as PDF or plain"
                + " text and import that.", refused.getMessage());
    }

    @Test
    void aWordFileDeclaringAnExternalEntityIsRefusedAndTheFileItNamesIsNeverRead() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the analyst's private notes");
        Path file = wordPackage("letter.docx", document("<!DOCTYPE w:document [<!ENTITY secret SYSTEM \""
                + secret.toUri() + "\">]>", "Dear colleague &secret;"));

        ImportException refused = assertThrows(ImportException.class, () -> new DocumentImporter().importFile(file));

        assertEquals("letter.docx declares a DOCTYPE, which Word never writes and which can make a program reading"
                + " the file fetch other files (an \"external entity\" attack), so Lectern did not read it: if you"
                + " trust where it came from, open it in Word, save it again and import that copy.",
                refused.getMessage());
    }

    /** The main part of a WordprocessingML document, as Word writes it (ECMA-376 Part 1, §17.2). */
    private static String document(String doctype, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + doctype
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p></w:body></w:document>";
    }

    /** The smallest package Word opens: content types, the package relationship and the main document part. */
    private Path wordPackage(String name, String documentXml) throws Exception {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships"
                    + "+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override"
                    + " PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", documentXml);
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
