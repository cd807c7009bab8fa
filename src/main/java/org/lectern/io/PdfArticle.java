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
            throw new ImportException(FileTrouble.of(name, e), e);
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
                throw new ImportException(hasImages(pdf)
                        ? name + " has no text layer, only pictures of its pages (it is probably a scan), and"
                                + " Lectern needs the article's text: run it through text recognition (OCR, such as"
                                + " Acrobat's \"Recognize Text\" or ocrmypdf) and import the result."
                        : name + " has neither text nor pictures of pages, so it is blank or damaged: if it shows"
                                + " text in a PDF reader, save or print it from there as a new PDF and import that.");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = blankToEmpty(info.getTitle());
            // The file's own properties first; what they leave out, the story's byline or dateline may say.
            TextHeader.Found header = TextHeader.read(text);
            DocumentMetadata metadata = new DocumentMetadata("", blankToEmpty(info.getAuthor()),
                    date(info.getCreationDate()), "").withGapsFrom(header.metadata());
            return new ImportedDocument(title.isEmpty() ? Titles.forPlainText(header, name) : title, metadata, text);
        } catch (InvalidPasswordException e) {
            throw new ImportException(name + " is protected by a password: open it in a PDF reader, save a copy"
                    + " without protection, and import that.", e);
        } catch (IOException e) {
            throw new ImportException(startsAsPdf(file)
                    ? name + " is a damaged PDF that Lectern cannot read (it may have been cut short in a download"
                            + " or copy): if it opens in a PDF reader, save or print it from there as a new PDF and"
                            + " import that, otherwise ask for the file again."
                    : name + " is not a PDF, as it does not begin like one: check that it is the file you meant.",
                    e);
        }
    }

    /** A PDF begins with "%PDF-"; readers accept it anywhere in the first kilobyte, so Lectern does too. */
    private static boolean startsAsPdf(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.ISO_8859_1);
            return head.contains("%PDF-");
        } catch (IOException e) {
            return false;
        }
    }

    /** A scan is pages of pictures: some page draws an image. */
    private static boolean hasImages(PDDocument pdf) throws IOException {
        for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
            org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (org.apache.pdfbox.cos.COSName xobject : resources.getXObjectNames()) {
                if (resources.isImageXObject(xobject)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String date(Calendar calendar) {
        return calendar == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(calendar.toInstant()
                .atZone(calendar.getTimeZone().toZoneId()).toLocalDate());
    }
}
