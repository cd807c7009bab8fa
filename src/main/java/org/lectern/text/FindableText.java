package org.lectern.text;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One text prepared for Find in article: folded once, then searched for as many queries as the analyst types.
 *
 * <p>What counts as a hit, decided so that a reader finds what they see:
 * <ul>
 *   <li>Without <em>match case</em>, case is folded fully, as Unicode's full case folding does: "STRASSE" finds
 *       "Straße" (ß folds to "ss", and ẞ too), "σ" finds the final "ς", "ǅ" and "ǆ" are one letter.</li>
 *   <li>Text and query are compared in canonical decomposition (NFD), so "café" typed with a precomposed é
 *       finds "cafe&#x301;" written with a combining accent, and the other way round. Accents are never ignored:
 *       "cafe" does not find "café", with or without match case.</li>
 *   <li>A hit begins and ends between whole characters as the reader sees them (grapheme clusters): "e" does
 *       not find the e of "e&#x301;", and no hit cuts an emoji or a surrogate pair in two. Equally a hit never
 *       takes half of a folded letter: "s" does not find "ß", though "ss" does.</li>
 *   <li>Hits do not overlap: after a hit the search goes on at its end, as browsers and editors count, so "aa"
 *       is found twice in "aaaa" and "ana" once in "banana". "3 of 12" then means twelve distinct places.</li>
 *   <li>Any run of white space (spaces, line breaks, tabs, no-break spaces) matches any other, so a name broken
 *       across lines of a plain-text article is still found; straight and typographic apostrophes and quotes
 *       match each other ("Russia's" finds "Russia’s"), as do the hyphen characters; soft hyphens and zero-width
 *       spaces, invisible in the article, are skipped.</li>
 * </ul>
 *
 * <p>The folded copy is kept beside a sparse map back to the text: only characters whose folded form is longer
 * or shorter than they are (ß, a precomposed accented letter, a run of spaces) are recorded, so a plain English
 * text needs no map at all.
 */
public final class FindableText {
    private static final String APOSTROPHES = "\u2018\u2019\u02BC\u2032";
    private static final String QUOTES = "\u201C\u201D\u201E\u2033";
    private static final String HYPHENS = "\u2010\u2011";
    private static final String INVISIBLE = "\u00AD\u200B";
    private static final char ZERO_WIDTH_JOINER = '\u200D';
    private static final String[] FOLDED_CHARS = new String[Character.MAX_VALUE + 1];
    private static final String[] EXACT_CHARS = new String[Character.MAX_VALUE + 1];

    private final String text;
    private final boolean matchCase;
    private final String folded;
    /** For each character whose folded form differs in length: where its folded form starts, ascending. */
    private final int[] foldedStarts;
    private final int[] foldedLengths;
    private final int[] originalStarts;
    private final int[] originalLengths;
    private final BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);

    private FindableText(String text, boolean matchCase) {
        this.text = Objects.requireNonNull(text, "text");
        this.matchCase = matchCase;
        StringBuilder out = new StringBuilder(text.length());
        Records records = new Records();
        int i = 0;
        while (i < text.length()) {
            char plain = text.charAt(i);
            if (plain < 0x80 && !isSpace(plain)) {
                // ASCII other than white space folds to itself or its lower case, one char for one.
                out.append(matchCase || plain < 'A' || plain > 'Z' ? plain : (char) (plain + 32));
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            int length = Character.charCount(c);
            String form;
            if (isSpace(c)) {
                while (i + length < text.length() && isSpace(text.codePointAt(i + length))) {
                    length += Character.charCount(text.codePointAt(i + length));
                }
                form = " ";
            } else {
                form = fold(c, matchCase);
            }
            if (form.length() != length) {
                records.add(out.length(), form.length(), i, length);
            }
            out.append(form);
            i += length;
        }
        folded = out.toString();
        foldedStarts = records.column(0);
        foldedLengths = records.column(1);
        originalStarts = records.column(2);
        originalLengths = records.column(3);
        graphemes.setText(text);
    }

    /** Prepares {@code text}; keep the result for as long as the text and the match-case choice are unchanged. */
    public static FindableText of(String text, boolean matchCase) {
        return new FindableText(text, matchCase);
    }

    public String text() {
        return text;
    }

    public boolean matchesCase() {
        return matchCase;
    }

    /** Every hit of {@code query} in the text, in text order, not overlapping; none for an empty query. */
    public FindHits find(String query) {
        String needle = foldQuery(query == null ? "" : query);
        if (needle.isEmpty()) {
            return FindHits.NONE;
        }
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int from = 0;
        while (true) {
            int at = folded.indexOf(needle, from);
            if (at < 0) {
                break;
            }
            int end = at + needle.length();
            int start = originalAt(at);
            int originalEnd = originalAt(end);
            if (start >= 0 && originalEnd > start && isGraphemeBoundary(start) && isGraphemeBoundary(originalEnd)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count++] = originalEnd;
                from = end;
            } else {
                from = at + 1;
            }
        }
        return new FindHits(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    private String foldQuery(String query) {
        StringBuilder out = new StringBuilder(query.length());
        int i = 0;
        while (i < query.length()) {
            int c = query.codePointAt(i);
            if (isSpace(c)) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(fold(c, matchCase));
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /**
     * The offset in the text of a position in the folded copy, or -1 when the position falls inside the folded
     * form of one character (between the two s of a folded ß).
     */
    private int originalAt(int foldedPosition) {
        int record = Arrays.binarySearch(foldedStarts, foldedPosition);
        if (record < 0) {
            record = -record - 2;
        } else {
            // Several records may start here (a skipped soft hyphen before a ß): the last one is this character.
            while (record + 1 < foldedStarts.length && foldedStarts[record + 1] == foldedPosition) {
                record++;
            }
        }
        if (record < 0) {
            return foldedPosition;
        }
        int start = foldedStarts[record];
        int end = start + foldedLengths[record];
        if (foldedPosition < end) {
            return foldedPosition == start ? originalStarts[record] : -1;
        }
        return originalStarts[record] + originalLengths[record] + (foldedPosition - end);
    }

    private boolean isGraphemeBoundary(int offset) {
        if (offset == 0 || offset == text.length()) {
            return true;
        }
        // Below U+0300 nothing joins the character before it (the text holds no CR), so the common case is cheap.
        if (text.charAt(offset) < '\u0300') {
            return true;
        }
        // Java 17 predates the emoji rules of grapheme clusters: a skin tone and a zero-width joiner stay attached.
        int next = text.codePointAt(offset);
        boolean emojiJoin = next == ZERO_WIDTH_JOINER || text.charAt(offset - 1) == ZERO_WIDTH_JOINER
                || (next >= 0x1F3FB && next <= 0x1F3FF);
        return !emojiJoin && graphemes.isBoundary(offset);
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** One character as Find compares it. */
    static String fold(int c, boolean matchCase) {
        if (c < 0x80) {
            return matchCase || c < 'A' || c > 'Z' ? String.valueOf((char) c) : String.valueOf((char) (c + 32));
        }
        String[] cache = matchCase ? EXACT_CHARS : FOLDED_CHARS;
        if (c <= Character.MAX_VALUE) {
            String known = cache[c];
            if (known == null) {
                known = computeFold(c, matchCase);
                cache[c] = known;
            }
            return known;
        }
        return computeFold(c, matchCase);
    }

    private static String computeFold(int c, boolean matchCase) {
        if (APOSTROPHES.indexOf(c) >= 0) {
            return "'";
        }
        if (QUOTES.indexOf(c) >= 0) {
            return "\"";
        }
        if (HYPHENS.indexOf(c) >= 0) {
            return "-";
        }
        if (INVISIBLE.indexOf(c) >= 0) {
            return "";
        }
        String form = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
        if (!matchCase) {
            // Lower, upper, lower: Java's full case mappings then agree with Unicode's full case folding for
            // ß and ẞ ("ss"), final sigma, titlecase digraphs and ligatures such as "ﬁ".
            form = form.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
            form = Normalizer.normalize(form, Normalizer.Form.NFD);
        }
        return form;
    }

    /** The sparse map's rows, grown as the text is folded. */
    private static final class Records {
        private int[][] columns = new int[4][16];
        private int size;

        void add(int foldedStart, int foldedLength, int originalStart, int originalLength) {
            if (size == columns[0].length) {
                for (int i = 0; i < 4; i++) {
                    columns[i] = Arrays.copyOf(columns[i], size * 2);
                }
            }
            columns[0][size] = foldedStart;
            columns[1][size] = foldedLength;
            columns[2][size] = originalStart;
            columns[3][size] = originalLength;
            size++;
        }

        int[] column(int i) {
            return Arrays.copyOf(columns[i], size);
        }
    }
}
