package org.lectern.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
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
    void aFileThatOnlyCallsItselfDocxIsRefused() throws Exception {
        Path file = folder.resolve("fake.docx");
        Files.writeString(file, "not a Word file");
        ImportException refused = assertThrows(ImportException.class, () -> new DocumentImporter().importFile(file));
        assertTrue(refused.getMessage().startsWith("fake.docx is not a Word document Lectern can read"),
                refused.getMessage());
    }
}
