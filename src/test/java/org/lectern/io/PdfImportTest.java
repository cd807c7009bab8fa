package org.lectern.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report saved as PDF comes in as its text, with its title, author and date; bad PDFs are refused plainly. */
class PdfImportTest {
    @TempDir
    Path folder;

    @Test
    void aPdfReportComesInAsItsTextWithTitleAuthorAndDate() throws Exception {
        Path file = folder.resolve("report.pdf");
        try (PDDocument pdf = pdf(List.of("The ferry resumed service on Friday,", "officials said.", "",
                "Customs records show four containers."))) {
            pdf.getDocumentInformation().setTitle("Harbour report");
            pdf.getDocumentInformation().setAuthor("Lena Moss");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2024, Calendar.MARCH, 14);
            pdf.getDocumentInformation().setCreationDate(created);
            pdf.save(file.toFile());
        }

        ImportedDocument imported = new DocumentImporter().importFile(file);

        assertEquals("Harbour report", imported.title());
        assertEquals("Lena Moss", imported.metadata().byline());
        assertEquals("2024-03-14", imported.metadata().published());
        assertTrue(imported.text().contains("The ferry resumed service on Friday, officials said."), imported.text());
        assertTrue(imported.text().contains("Customs records show four containers."), imported.text());
        assertTrue(imported.text().indexOf('\r') < 0);
    }

    @Test
    void aScannedPdfPagesOfPicturesIsRefusedAsAScanWithWhatToDo() throws Exception {
        Path file = folder.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            // What a scanner makes: each page one picture of the paper, no text.
            BufferedImage paper = new BufferedImage(85, 110, BufferedImage.TYPE_BYTE_GRAY);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, paper);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 0, 0, 612, 792);
            }
            pdf.save(file.toFile());
        }
        ImportException refused = assertThrows(ImportException.class, () -> new DocumentImporter().importFile(file));
        assertEquals("scan.pdf has no text layer, only pictures of its pages (it is probably a scan), and Lectern"
                + " needs the article's text: run it through text recognition (OCR, such as Acrobat's \"Recognize"
                + " Text\" or ocrmypdf) and import the result.", refused.getMessage());
    }

    @Test
    void aPdfCutShortIsRefusedAsDamagedNotAsAScan() throws Exception {
        Path whole = folder.resolve("whole.pdf");
        try (PDDocument pdf = pdf(List.of("Customs records show four containers."))) {
            pdf.save(whole.toFile());
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(folder.resolve("download.pdf"), Arrays.copyOf(bytes, bytes.length / 2));

        ImportException refused = assertThrows(ImportException.class, () -> new DocumentImporter().importFile(file));

        assertEquals("download.pdf is a damaged PDF that Lectern cannot read (it may have been cut short in a download"
                + " or copy): if it opens in a PDF reader, save or print it from there as a new PDF and import that,"
                + " otherwise ask for the file again.", refused.getMessage());
    }

    @Test
    void aPdfWithNeitherTextNorPicturesIsCalledBlankOrDamaged() throws Exception {
        Path file = folder.resolve("empty.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(file.toFile());
        }
        ImportException refused = assertThrows(ImportException.class, () -> new DocumentImporter().importFile(file));
        assertEquals("empty.pdf has neither text nor pictures of pages, so it is blank or damaged: if it shows text"
                + " in a PDF reader, save or print it from there as a new PDF and import that.", refused.getMessage());
    }

    @Test
    void aPasswordProtectedPdfIsRefusedWithWhatToDo() throws Exception {
        Path file = folder.resolve("locked.pdf");
        try (PDDocument pdf = pdf(List.of("Secret"))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "reader", new AccessPermission());
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        ImportException refused = assertThrows(ImportException.class, () -> new DocumentImporter().importFile(file));
        assertTrue(refused.getMessage().contains("protected by a password"), refused.getMessage());
    }

    @Test
    void aFileThatOnlyCallsItselfPdfIsRefused() throws Exception {
        Path file = folder.resolve("fake.pdf");
        Files.writeString(file, "this is not a PDF");
        ImportException refused = assertThrows(ImportException.class, () -> new DocumentImporter().importFile(file));
        assertEquals("fake.pdf is not a PDF, as it does not begin like one: check that it is the file you meant.",
                refused.getMessage());
    }

    private static PDDocument pdf(List<String> lines) throws Exception {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
            text.beginText();
            text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            text.setLeading(16);
            text.newLineAtOffset(72, 700);
            for (String line : lines) {
                text.showText(line);
                text.newLine();
            }
            text.endText();
        }
        return pdf;
    }
}
