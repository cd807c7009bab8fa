package org.lectern.review.merge;

/** Short quotations of record text for sentences an analyst reads: “like this…”. */
final class Quotes {
    private static final int LONGEST = 60;

    private Quotes() {
    }

    static String titled(String text) {
        return "“" + shorten(text) + "”";
    }

    /** One line, at most about {@value #LONGEST} chars, cut at a word where possible. */
    static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= LONGEST) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', LONGEST);
        if (cut < LONGEST / 2) {
            cut = LONGEST;
        }
        if (Character.isHighSurrogate(oneLine.charAt(cut - 1))) {
            cut--;
        }
        return oneLine.substring(0, cut).stripTrailing() + "…";
    }
}
