package org.lectern.model;

import java.util.Objects;

/**
 * A stretch of a document's normalised text: offsets in UTF-16 chars plus the quoted text and a
 * little context either side, so an annotation can be re-anchored, or its drift detected, if the
 * text ever changes.
 */
public record Passage(int start, int end, String quote, String prefix, String suffix) {
    public Passage {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A passage runs forwards from 0: " + start + ".." + end);
        }
        Objects.requireNonNull(quote, "quote");
        if (quote.length() != end - start) {
            throw new IllegalArgumentException("The quote must be exactly the passage's text");
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
