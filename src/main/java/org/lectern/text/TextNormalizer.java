package org.lectern.text;

/**
 * Turns raw article text into the text that Lectern stores and that every passage offset refers to.
 *
 * <p>Why normalise before any offset is stored: a passage is remembered as UTF-16 offsets into the document's
 * text. If the same article could be stored once with CRLF and once with LF, the same words would sit at
 * different offsets and annotations, exports and merges between colleagues would point at the wrong
 * characters. So the text is normalised exactly once, on import, and never changed afterwards.
 *
 * <p>{@link #normalize} is for text that came as text (a .txt file, pasted text, the text sources of a REFI-QDA
 * project): it changes only what is not the author's text, so positions another tool counted on the original
 * still name the same characters (see {@link OriginalText}). {@link #tidy} is for text Lectern extracted itself
 * from HTML, Markdown, PDF and Word, whose spacing is an accident of the extraction; Lectern before this
 * distinction tidied every text, so documents in older projects are stored tidied.
 */
public final class TextNormalizer {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int COLLAPSE_FROM_BLANK_LINES = 3;

    private TextNormalizer() {
    }

    /**
     * The text as given, line endings aside: a leading byte order mark (the encoding's signature, not a
     * character of the text) is removed; CRLF and lone CR become {@code \n}; NUL and the other C0 control
     * characters except {@code \n} and {@code \t} are removed (no article carries them, and NUL breaks text
     * widgets). Everything else stays exactly as it was: blank lines, spaces at the ends of lines, tabs,
     * characters outside the Basic Multilingual Plane, combining marks.
     */
    public static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        int from = raw.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (!isUnwantedControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text extracted from a page or file, tidied: as {@link #normalize}, and also trailing whitespace on each
     * line is removed; runs of three or more blank lines become one blank line (one or two blank lines are kept
     * as they are); blank lines at the start and end are removed.
     */
    public static String tidy(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        int from = raw.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        StringBuilder out = new StringBuilder(raw.length());
        StringBuilder line = new StringBuilder();
        int pendingBlankLines = 0;
        boolean wroteContent = false;
        for (int i = from; i <= raw.length(); i++) {
            boolean atEnd = i == raw.length();
            char c = atEnd ? '\n' : raw.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                stripTrailingWhitespace(line);
                if (line.length() == 0) {
                    pendingBlankLines++;
                } else {
                    if (wroteContent) {
                        out.append('\n');
                        int keep = pendingBlankLines >= COLLAPSE_FROM_BLANK_LINES ? 1 : pendingBlankLines;
                        out.append("\n".repeat(keep));
                    }
                    out.append(line);
                    wroteContent = true;
                    pendingBlankLines = 0;
                    line.setLength(0);
                }
            } else if (!isUnwantedControl(c)) {
                line.append(c);
            }
        }
        return out.toString();
    }

    /** C0 controls carry no meaning in an article, and NUL in particular breaks text widgets. */
    static boolean isUnwantedControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    private static void stripTrailingWhitespace(StringBuilder line) {
        int end = line.length();
        while (end > 0 && isBlankChar(line.charAt(end - 1))) {
            end--;
        }
        line.setLength(end);
    }

    /** Also no-break spaces: invisible at a line's end, and a reason for offsets to differ. */
    private static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
