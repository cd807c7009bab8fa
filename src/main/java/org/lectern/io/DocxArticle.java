package org.lectern.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.lectern.model.DocumentMetadata;
import org.lectern.text.TextNormalizer;

/**
 * A report written in Word (.docx): its paragraphs (and table cells) in document order, each paragraph
 * separated by a blank line; title, author and date from the document properties.
 */
final class DocxArticle {
    private DocxArticle() {
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
        // A .docx is a zip: refuse archives that inflate far beyond their size (zip bombs).
        ZipSecureFile.setMinInflateRatio(0.005);
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            List<String> paragraphs = new ArrayList<>();
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraphs.add(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(row -> row.getTableCells().forEach(cell -> paragraphs.add(cell.getText())));
                }
            }
            String text = TextNormalizer.tidy(String.join("\n\n", paragraphs.stream()
                    .filter(p -> !p.isBlank()).toList()));
            if (text.isBlank()) {
                throw new ImportException(name + " has no text Lectern can find: there is nothing to annotate.");
            }
            POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
            String title = blankToEmpty(core.getTitle());
            // The file's own properties first; what they leave out, the story's byline or dateline may say.
            TextHeader.Found header = TextHeader.read(text);
            DocumentMetadata metadata = new DocumentMetadata("", blankToEmpty(core.getCreator()),
                    date(core.getCreated()), "").withGapsFrom(header.metadata());
            return new ImportedDocument(title.isEmpty() ? Titles.forPlainText(header, name) : title, metadata, text);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(whyUnreadable(name, e), e);
        }
    }

    /**
     * POI refuses two kinds of hostile file on its own; they are named as such, so that the analyst knows the
     * file was refused for safety rather than because it is damaged.
     */
    private static String whyUnreadable(String name, Exception e) {
        if (causeMentions(e, "Zip bomb detected")) {
            return name + " unpacks to far more than its size on disk, as a \"zip bomb\" made to exhaust memory"
                    + " does, so Lectern did not read it: if it is a genuine report, save it from Word as PDF or"
                    + " plain text and import that.";
        }
        if (causeMentions(e, "DOCTYPE")) {
            return name + " declares a DOCTYPE, which Word never writes and which can make a program reading the"
                    + " file fetch other files (an \"external entity\" attack), so Lectern did not read it: if you"
                    + " trust where it came from, open it in Word, save it again and import that copy.";
        }
        return name + " is not a Word document Lectern can read (it may be damaged, an older .doc, or not a Word"
                + " file at all): if it opens in Word, save it again as a Word Document (.docx) and import that.";
    }

    private static boolean causeMentions(Throwable failure, String words) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String date(Date date) {
        return date == null ? "" : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
