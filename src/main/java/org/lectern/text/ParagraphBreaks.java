package org.lectern.text;

/**
 * How a text separates its paragraphs: by a blank line (most wire copy, Markdown, pasted web text) or by a single
 * line break. The article view adds its own gap under each paragraph only for the second kind; a text that already
 * has blank lines would otherwise read double-spaced.
 */
public final class ParagraphBreaks {
    private ParagraphBreaks() {
    }

    /**
     * True when at least half of the breaks between lines of text are blank lines (a line of nothing but spaces
     * counts as blank). A text of one paragraph has no breaks and is not.
     */
    public static boolean separatedByBlankLines(CharSequence text) {
        return separatedByBlankLines(text, text.length());
    }

    /**
     * The same, judged by the text's first {@code judged} characters: a text keeps to one way of setting paragraphs
     * apart, and a document of megabytes is shown without the window first reading all of it for this.
     */
    public static boolean separatedByBlankLines(CharSequence text, int judged) {
        int end = Math.min(text.length(), judged);
        int breaks = 0;
        int blankBreaks = 0;
        boolean lineHasText = false;
        boolean blankSinceText = false;
        boolean seenText = false;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!lineHasText && seenText) {
                    blankSinceText = true;
                }
                lineHasText = false;
            } else if (!Character.isWhitespace(c)) {
                if (!lineHasText && seenText) {
                    breaks++;
                    if (blankSinceText) {
                        blankBreaks++;
                    }
                }
                lineHasText = true;
                seenText = true;
                blankSinceText = false;
            }
        }
        return breaks > 0 && blankBreaks * 2 >= breaks;
    }
}
