package org.lectern.io;

import java.util.Optional;

/** Picks a document title out of its text when the format has no better place for one. */
final class Titles {
    /**
     * A title taken from text that is no headline (a pasted paragraph's first line) is cut to this, at a word if
     * possible. A headline is kept whole: it is the article's own title, printed in reports, and the window's
     * lists cut what does not fit themselves.
     */
    static final int MAX_TITLE_LENGTH = 80;
    /** A first "line" this long is a whole paragraph (unwrapped text), not a headline. */
    static final int LONGEST_HEADLINE = 150;

    private Titles() {
    }

    private static Optional<String> firstNonBlankLine(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
    }

    /**
     * The headline found at the top of the text (see {@link TextHeader}), else the file name without its
     * extension: a story that opens straight with its first sentence or dateline has no headline to take.
     */
    static String forPlainText(TextHeader.Found header, String fileName) {
        return header.title().map(Titles::tidy).orElse(ImportFormat.baseName(fileName));
    }

    /** A pasted text's headline, else its first line cut to a title's length, else "Pasted text". */
    static String forPastedText(TextHeader.Found header, String text) {
        return header.title().map(Titles::tidy)
                .orElseGet(() -> firstNonBlankLine(text).map(Titles::shorten).orElse("Pasted text"));
    }

    /** The title on one line, its runs of spaces and tabs made one space. */
    static String tidy(String title) {
        return title.strip().replaceAll("\\s+", " ");
    }

    /** Cuts {@code title} to about {@link #MAX_TITLE_LENGTH} chars, at a space if one is near, adding "…". */
    static String shorten(String title) {
        String clean = tidy(title);
        if (clean.length() <= MAX_TITLE_LENGTH) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', MAX_TITLE_LENGTH);
        if (cut < MAX_TITLE_LENGTH / 2) {
            cut = MAX_TITLE_LENGTH;
            if (Character.isLowSurrogate(clean.charAt(cut))) {
                cut--;
            }
        }
        return clean.substring(0, cut).stripTrailing() + "…";
    }
}
