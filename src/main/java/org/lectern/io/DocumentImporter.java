package org.lectern.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lectern.model.DocumentMetadata;
import org.lectern.text.TextNormalizer;
import org.lectern.text.UnbrokenStretch;

/**
 * Imports an article from a plain text, Markdown, HTML, PDF or Word (.docx) file, or from pasted text, into an
 * {@link ImportedDocument} whose text is normalised and ready to annotate. Anything it cannot
 * import is refused with an {@link ImportException} whose message tells the analyst why.
 *
 * <p>A plain text file is kept exactly as it came, line endings aside ({@link TextNormalizer#normalize}): a
 * colleague may have annotated the same file in another tool, and their positions must land on the same
 * characters here. Text extracted from Markdown, HTML, PDF and Word is Lectern's own reading of the file, and
 * pasted text is what some program put on the clipboard, so their spacing is tidied
 * ({@link TextNormalizer#tidy}).
 */
public final class DocumentImporter {
    /** Articles are far smaller; a bigger file is almost certainly not one, and would bog down the editor. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final TextFileReader reader;
    private final long maxBytes;

    public DocumentImporter() {
        this(DEFAULT_MAX_BYTES);
    }

    /** With a different size limit, e.g. a small one in tests. */
    DocumentImporter(long maxBytes) {
        this.reader = new TextFileReader(maxBytes);
        this.maxBytes = maxBytes;
    }

    /**
     * Reads {@code file} according to its extension (see {@link ImportFormat}).
     *
     * @throws ImportException if the file is of an unsupported kind, missing, unreadable, too large,
     *         empty, binary, not UTF-8, holds no readable text, or a stretch without a break too long to show
     */
    public ImportedDocument importFile(Path file) throws ImportException {
        Objects.requireNonNull(file, "file");
        String name = TextFileReader.displayName(file);
        ImportFormat format = ImportFormat.ofFileName(name).orElseThrow(() -> new ImportException(
                name + " is not a kind of file Lectern can import: choose a " + ImportFormat.describeAll() + " file."));
        ImportedDocument imported = switch (format) {
            case PLAIN_TEXT -> plainText(reader.read(file), name);
            case MARKDOWN -> markdown(reader.read(file), name);
            case HTML -> html(reader.read(file), name);
            case PDF -> PdfArticle.read(file, name, maxBytes);
            case WORD -> DocxArticle.read(file, name, maxBytes);
        };
        if (imported.text().isBlank()) {
            throw new ImportException(name + " has no article text Lectern can find: there is nothing to annotate.");
        }
        refuseUnbrokenStretch(imported.text(), name);
        return imported;
    }

    /**
     * Makes a document of text pasted from the clipboard; its title is its headline (see {@link TextHeader}),
     * else the first non-blank line, shortened to about 80 chars.
     *
     * @throws ImportException if the text is empty or blank
     */
    public ImportedDocument fromPastedText(String pasted) throws ImportException {
        String text = TextNormalizer.tidy(pasted);
        if (text.isBlank()) {
            throw new ImportException("The pasted text is empty: there is no text to annotate.");
        }
        refuseUnbrokenStretch(text, "The pasted text");
        TextHeader.Found header = TextHeader.read(text);
        return new ImportedDocument(Titles.forPastedText(header, text), header.metadata(), text);
    }

    /** A stretch the window could not show in reasonable time is refused here, before anything is saved. */
    private static void refuseUnbrokenStretch(String text, String name) throws ImportException {
        UnbrokenStretch stretch = UnbrokenStretch.longestIn(text);
        if (stretch.tooLong()) {
            throw new ImportException(String.format(Locale.ENGLISH, "%s has %,d characters in a row with no space or"
                    + " line break (from line %,d): Lectern shows at most %,d characters without a break. Add line"
                    + " breaks to the text and import it again.", name, stretch.length(), stretch.lineIn(text),
                    UnbrokenStretch.LONGEST_SHOWN));
        }
    }

    /** The text exactly as it came; its title, byline, source, date and address are read from its header lines. */
    private static ImportedDocument plainText(String raw, String name) {
        String text = TextNormalizer.normalize(raw);
        TextHeader.Found header = TextHeader.read(text);
        return new ImportedDocument(Titles.forPlainText(header, name), header.metadata(), text);
    }

    private static ImportedDocument markdown(String raw, String name) {
        MarkdownText.Result converted = MarkdownText.convert(TextNormalizer.tidy(raw));
        String text = TextNormalizer.tidy(converted.text());
        TextHeader.Found header = TextHeader.read(text);
        String title = converted.title().isEmpty() ? Titles.forPlainText(header, name) : converted.title();
        return new ImportedDocument(title, header.metadata(), text);
    }

    private static ImportedDocument html(String raw, String name) {
        Document page = Jsoup.parse(raw);
        Element article = HtmlArticle.root(page);
        String title = HtmlMetadata.title(page, article);
        String text = TextNormalizer.tidy(HtmlText.of(article));
        // The page's own tags first; what they leave out, the story's dateline or byline may say.
        DocumentMetadata metadata = HtmlMetadata.metadata(page, article).withGapsFrom(TextHeader.read(text).metadata());
        return new ImportedDocument(title.isEmpty() ? ImportFormat.baseName(name) : title, metadata, text);
    }
}
