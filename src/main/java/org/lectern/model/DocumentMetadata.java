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

    /** These fields, each empty one taken from {@code other}: what a file says first, what its text says after. */
    public DocumentMetadata withGapsFrom(DocumentMetadata other) {
        return new DocumentMetadata(source.isEmpty() ? other.source : source, byline.isEmpty() ? other.byline : byline,
                published.isEmpty() ? other.published : published, url.isEmpty() ? other.url : url);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
