package org.lectern.text;

/**
 * A passage with a few words either side of it, as a concordance lists a word in context: enough to tell one
 * mention of a name from another without opening the article. The context stops at a paragraph's end, and a
 * side that was cut short of its paragraph is marked with "…".
 */
public record WordsAround(String before, String passage, String after) {
    /** The passage {@code start..end} of {@code text} with up to {@code words} words either side. */
    public static WordsAround of(String text, int start, int end, int words) {
        int from = start;
        int counted = 0;
        // Walk back over at most `words` words, stopping at a line break.
        int at = start;
        while (at > 0 && counted < words) {
            while (at > 0 && text.charAt(at - 1) == ' ' || at > 0 && text.charAt(at - 1) == '\t') {
                at--;
            }
            if (at == 0 || text.charAt(at - 1) == '\n') {
                break;
            }
            while (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            counted++;
            from = at;
        }
        int to = end;
        counted = 0;
        at = end;
        while (at < text.length() && counted < words) {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            if (at == text.length() || text.charAt(at) == '\n') {
                break;
            }
            while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            counted++;
            to = at;
        }
        boolean cutBefore = from > 0 && text.charAt(from - 1) != '\n';
        boolean cutAfter = to < text.length() && text.charAt(to) != '\n';
        return new WordsAround((cutBefore ? "…" : "") + oneLine(text.substring(from, start)),
                oneLine(text.substring(start, end)), oneLine(text.substring(end, to)) + (cutAfter ? "…" : ""));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        return before + passage + after;
    }
}
