package org.lectern.text;

/**
 * The longest stretch of a text with no space and no line break in it. The article view can break a long line for
 * display only at a space or a line break; a stretch longer than {@link #LONGEST_SHOWN} would be laid out by JavaFX
 * as one piece, which takes it many seconds each time, so an article holding one is not imported.
 */
public record UnbrokenStretch(int start, int length) {
    /** The longest stretch an article may have: one of this length took 5 s to show on a busy 2-core machine. */
    public static final int LONGEST_SHOWN = 100_000;

    /** The first of the longest stretches of {@code text} without a space or line break. */
    public static UnbrokenStretch longestIn(String text) {
        int bestStart = 0;
        int bestLength = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\n') {
                if (i - start > bestLength) {
                    bestStart = start;
                    bestLength = i - start;
                }
                start = i + 1;
            }
        }
        return new UnbrokenStretch(bestStart, bestLength);
    }

    /** Whether the stretch is too long to be shown: the article holding it is refused. */
    public boolean tooLong() {
        return length > LONGEST_SHOWN;
    }

    /** The line (counted from 1) on which the stretch starts. */
    public int lineIn(String text) {
        int line = 1;
        for (int at = text.indexOf('\n'); at >= 0 && at < start; at = text.indexOf('\n', at + 1)) {
            line++;
        }
        return line;
    }
}
