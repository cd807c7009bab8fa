package org.lectern.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of file Lectern imports, recognised by their file name extension. */
public enum ImportFormat {
    PLAIN_TEXT("plain text", List.of("txt", "text")),
    MARKDOWN("Markdown", List.of("md", "markdown")),
    HTML("web page", List.of("html", "htm")),
    PDF("PDF", List.of("pdf")),
    WORD("Word", List.of("docx"));

    private final String label;
    private final List<String> extensions;

    ImportFormat(String label, List<String> extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    public String label() {
        return label;
    }

    /** Extensions without the dot, lower case, e.g. {@code md}; handy for file chooser filters. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format of a file name by its extension, ignoring case; empty if Lectern cannot import it. */
    public static Optional<ImportFormat> ofFileName(String fileName) {
        String extension = extensionOf(fileName);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** "plain text (.txt, .text), Markdown (.md, .markdown) or web page (.html, .htm)". */
    public static String describeAll() {
        List<String> kinds = Arrays.stream(values())
                .map(f -> f.label + " (" + f.extensions.stream().map(e -> "." + e).collect(Collectors.joining(", ")) + ")")
                .toList();
        return String.join(", ", kinds.subList(0, kinds.size() - 1)) + " or " + kinds.get(kinds.size() - 1);
    }

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file name without its extension, used as a title when the text offers none. */
    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }
}
