package org.lectern.io;

import java.util.Optional;

/** Picks a document title out of its text when the format has no better place for one. */
final class Titles {
    /** Titles are shown in lists and tabs: longer ones are cut, at a word if possible. */
    static final int MAX_TITLE_LENGTH = 80;
    /** A first "line" this long is a whole paragraph (unwrapped text), not a headline. */
    static final int LONGEST_HEADLINE = 150;

    private Titles() {
    }

    static Optional<String> firstNonBlankLine(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
    }

    /**
     * The headline at the top of the text (see {@link TextHeader}), else the file name without its extension:
     * a story that opens straight with its first sentence or dateline has no headline to take.
     */
    static String forPlainText(String text, String fileName) {
        return forPlainText(TextHeader.read(text), fileName);
    }

    static String forPlainText(TextHeader.Found header, String fileName) {
        return header.title().map(Titles::shorten).orElse(ImportFormat.baseName(fileName));
    }

    /** Cuts {@code title} to about {@link #MAX_TITLE_LENGTH} chars, at a space if one is near, adding "…". */
    static String shorten(String title) {
        String clean = title.strip().replaceAll("\\s+", " ");
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
