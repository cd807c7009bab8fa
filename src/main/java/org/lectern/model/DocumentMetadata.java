package org.lectern.model;

/** Where an article came from. Any field may be empty; none is null. */
public record DocumentMetadata(String source, String byline, String published, String url) {
    public static final DocumentMetadata EMPTY = new DocumentMetadata("", "", "", "");

    public DocumentMetadata {
        source = clean(source);
        byline = clean(byline);
        published = clean(published);
        url = clean(url);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
