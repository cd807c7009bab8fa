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
     * How much of a text every view of an article (the window, its first frame, a report) judges it by, so that all
     * of them set its paragraphs apart alike.
     */
    public static final int JUDGED_AS_SHOWN = 100_000;

    /** {@link #separatedByBlankLines(CharSequence, int)} judged as every view of the article judges it. */
    public static boolean asShown(CharSequence text) {
        return separatedByBlankLines(text, JUDGED_AS_SHOWN);
    }

    /**
     * The same, judged by the text's first {@code judged} characters: a text keeps to one way of setting paragraphs
     * apart, and a document of megabytes is shown without the window first reading all of it for this.
     */
    public static boolean separatedByBlankLines(CharSequence text, int judged) {
        // Line by line, each read only up to its first character that is not a space: every character of 100,000
        // put through Character.isWhitespace was some 8 ms of the frame that opens a long article, the code cold.
        String whole = text.toString();
        int end = Math.min(whole.length(), judged);
        int breaks = 0;
        int blankBreaks = 0;
        boolean blankSinceText = false;
        boolean seenText = false;
        for (int lineStart = 0; lineStart < end; ) {
            int newline = whole.indexOf('\n', lineStart);
            int lineEnd = newline < 0 || newline > end ? end : newline;
            if (hasText(whole, lineStart, lineEnd)) {
                if (seenText) {
                    breaks++;
                    if (blankSinceText) {
                        blankBreaks++;
                    }
                }
                seenText = true;
                blankSinceText = false;
            } else if (seenText && lineEnd < end) {
                blankSinceText = true; // a blank line ended by a break, after some text
            }
            lineStart = lineEnd + 1;
        }
        return breaks > 0 && blankBreaks * 2 >= breaks;
    }

    private static boolean hasText(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
