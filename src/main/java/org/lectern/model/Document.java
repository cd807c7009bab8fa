package org.lectern.model;

import java.util.Objects;
import java.util.UUID;

/**
 * An article or report. {@code text} is normalised (line endings {@code \n}) before it is stored,
 * and every passage offset counts UTF-16 chars of that text.
 */
public record Document(UUID id, String title, DocumentMetadata metadata, String text, Stamp stamp)
        implements ProjectRecord {
    public Document {
        Objects.requireNonNull(id, "id");
        title = title == null || title.isBlank() ? "Untitled" : title.strip();
        metadata = metadata == null ? DocumentMetadata.EMPTY : metadata;
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(stamp, "stamp");
    }

    public Document withTitle(String newTitle) {
        return new Document(id, newTitle, metadata, text, stamp.touched());
    }

    /** The same article with another title and source details; its text, and so every passage, stays. */
    public Document withDetails(String newTitle, DocumentMetadata newMetadata) {
        return new Document(id, newTitle, newMetadata, text, stamp.touched());
    }
}
