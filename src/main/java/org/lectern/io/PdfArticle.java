package org.lectern.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.lectern.model.DocumentMetadata;
import org.lectern.text.TextNormalizer;

/**
 * A report or article saved as PDF: its text layer, read in reading order with PDFBox, lines of a paragraph
 * joined and paragraphs separated by a blank line; title, author and date from the document information.
 */
final class PdfArticle {
    private PdfArticle() {
    }

    static ImportedDocument read(Path file, String name, long maxBytes) throws ImportException {
        try {
            if (Files.size(file) > maxBytes) {
                throw new ImportException(name + " is larger than Lectern imports (" + maxBytes / (1024 * 1024)
                        + " MB): it is unlikely to be a single article.");
            }
        } catch (IOException e) {
            throw new ImportException("Lectern cannot read " + name + ": " + e.getMessage(), e);
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // A PDF breaks every line; an article's paragraph is one line of text to annotate.
            stripper.setLineSeparator(" ");
            stripper.setParagraphEnd("\n\n");
            stripper.setPageEnd("\n\n");
            String text = TextNormalizer.tidy(stripper.getText(pdf));
            if (text.isBlank()) {
                throw new ImportException(name + " has no text layer (it may be a scanned image): Lectern needs the"
                        + " article's text to annotate.");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = blankToEmpty(info.getTitle());
            DocumentMetadata metadata = new DocumentMetadata("", blankToEmpty(info.getAuthor()),
                    date(info.getCreationDate()), "");
            return new ImportedDocument(title.isEmpty() ? Titles.forPlainText(text, name) : title, metadata, text);
        } catch (InvalidPasswordException e) {
            throw new ImportException(name + " is protected by a password: open it in a PDF reader, save a copy"
                    + " without protection, and import that.", e);
        } catch (IOException e) {
            throw new ImportException(name + " is not a PDF Lectern can read (it may be damaged or not a PDF at"
                    + " all).", e);
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String date(Calendar calendar) {
        return calendar == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(calendar.toInstant()
                .atZone(calendar.getTimeZone().toZoneId()).toLocalDate());
    }
}
