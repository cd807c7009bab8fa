package org.lectern.io;

import java.util.Objects;

import org.lectern.model.DocumentMetadata;

/**
 * An article read from a file or the clipboard, ready to become a {@code Document}: its title,
 * where it came from, and its text, already normalised by {@code TextNormalizer} so passage offsets
 * may be taken from it straight away.
 */
public record ImportedDocument(String title, DocumentMetadata metadata, String text) {
    public ImportedDocument {
        title = title == null || title.isBlank() ? "Untitled" : title.strip();
        metadata = metadata == null ? DocumentMetadata.EMPTY : metadata;
        Objects.requireNonNull(text, "text");
    }
}
