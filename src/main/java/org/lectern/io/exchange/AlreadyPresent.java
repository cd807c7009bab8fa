package org.lectern.io.exchange;

/**
 * How an annotation that an import leaves out, because the project holds it already, is named for the analyst:
 * its quote, tag, author and document, enough to find it in the window.
 */
public final class AlreadyPresent {
    private static final int QUOTE_LENGTH = 60;

    private AlreadyPresent() {
    }

    /** For example {@code “Lena Moss” (Person) by Ben Okafor in “Harbour”}. */
    public static String describe(String quote, String tag, String author, String documentTitle) {
        return "“" + shortened(quote) + "” (" + tag + ") by " + author + " in “" + documentTitle + "”";
    }

    private static String shortened(String quote) {
        String line = quote == null ? "" : quote.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= QUOTE_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, QUOTE_LENGTH - 1)) + "…";
    }
}
