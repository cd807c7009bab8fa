package org.lectern.io.w3c;

import java.util.Arrays;

/**
 * Finds where a quote stands in one text, preferring the occurrence whose surroundings best match the quote's
 * prefix and suffix.
 *
 * <p>A file from a tool that gives quotes without positions asks this for every annotation. Scanning a long
 * text once per quote would make such an import quadratic, so after a few searches the text is indexed once by
 * the hash of every run of {@link #GRAM} chars, and each later search checks only the places where the rarest
 * of the quote's runs occurs.
 */
final class QuoteSearch {
    /** How many chars the index keys on: long enough that most keys occur a handful of times. */
    static final int GRAM = 8;
    /** Texts shorter than this are scanned, never indexed: a scan of them costs next to nothing. */
    private static final int INDEX_FROM_CHARS = 8_192;
    /** Searches in one text before indexing it pays for itself. */
    private static final int INDEX_AFTER_SEARCHES = 16;
    /** How many of a needle's grams are looked up to find its rarest. */
    private static final int GRAMS_LOOKED_UP = 16;

    private final String text;
    private int searches;
    /** Sorted {@code hash << 32 | offset} of every gram of the text, once built. */
    private long[] grams;

    QuoteSearch(String text) {
        this.text = text;
    }

    /**
     * An occurrence of a quote, how many chars of its given context surround it, and at how many places in the
     * text the quote stands as well as here (1: only here), which is more than one when neither the context nor
     * the hint tells them apart.
     */
    record Occurrence(int start, int end, int contextScore, int equallyGood) {
        boolean ambiguous() {
            return equallyGood > 1;
        }
    }

    /**
     * The best occurrence of {@code exact}: most context chars matching, then nearest {@code hint} (a char
     * offset, or -1 for "the first one"); null if the text does not contain it.
     *
     * <p>The quote with its whole context is looked for first: that is the usual case, it can only be beaten
     * by another place with the whole context, and the longer string occurs in far fewer places than the quote.
     */
    Occurrence best(String exact, String prefix, String suffix, int hint) {
        if (exact.isEmpty()) {
            return null;
        }
        if (!prefix.isEmpty() || !suffix.isEmpty()) {
            int[] withContext = occurrences(prefix + exact + suffix);
            if (withContext.length > 0) {
                int[] quoteStarts = new int[withContext.length];
                for (int i = 0; i < withContext.length; i++) {
                    quoteStarts[i] = withContext[i] + prefix.length();
                }
                return nearest(quoteStarts, exact.length(), prefix.length() + suffix.length(), hint);
            }
        }
        int[] starts = occurrences(exact);
        int bestScore = -1;
        int[] best = new int[starts.length];
        int count = 0;
        for (int at : starts) {
            int score = contextScore(at, exact.length(), prefix, suffix);
            if (score > bestScore) {
                bestScore = score;
                count = 0;
            }
            if (score == bestScore) {
                best[count++] = at;
            }
        }
        return count == 0 ? null : nearest(Arrays.copyOf(best, count), exact.length(), bestScore, hint);
    }

    /**
     * Of equally well fitting places, the one nearest the hint; without a hint, the first, and then they are
     * all equally good. With a hint, only places just as near it are.
     */
    private static Occurrence nearest(int[] starts, int length, int score, int hint) {
        if (hint < 0) {
            return new Occurrence(starts[0], starts[0] + length, score, starts.length);
        }
        int best = starts[0];
        int equallyNear = 0;
        for (int start : starts) {
            long distance = Math.abs((long) start - hint);
            long bestDistance = Math.abs((long) best - hint);
            if (distance < bestDistance) {
                best = start;
                equallyNear = 1;
            } else if (distance == bestDistance) {
                equallyNear++;
            }
        }
        return new Occurrence(best, best + length, score, equallyNear);
    }

    /** Chars of {@code prefix} ending right before {@code at}, plus chars of {@code suffix} after the quote. */
    int contextScore(int at, int length, String prefix, String suffix) {
        int before = 0;
        while (before < prefix.length() && at - before - 1 >= 0
                && text.charAt(at - before - 1) == prefix.charAt(prefix.length() - before - 1)) {
            before++;
        }
        int afterStart = at + length;
        int after = 0;
        while (after < suffix.length() && afterStart + after < text.length()
                && text.charAt(afterStart + after) == suffix.charAt(after)) {
            after++;
        }
        return before + after;
    }

    /** Every offset where {@code needle} starts, ascending. */
    private int[] occurrences(String needle) {
        searches++;
        if (needle.length() >= GRAM && text.length() >= INDEX_FROM_CHARS && searches > INDEX_AFTER_SEARCHES) {
            return indexedOccurrences(needle);
        }
        int[] found = new int[4];
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = at;
        }
        return Arrays.copyOf(found, count);
    }

    /**
     * Looks up several of the needle's grams and checks only the places of the rarest: in text with stock
     * phrases, the needle's first few words may occur thousands of times where a later word occurs twice.
     */
    private int[] indexedOccurrences(String needle) {
        if (grams == null) {
            grams = indexGrams();
        }
        int last = needle.length() - GRAM;
        int step = Math.max(1, last / GRAMS_LOOKED_UP);
        int rarestOffset = 0;
        int rarestFrom = 0;
        int rarestTo = Integer.MAX_VALUE;
        for (int offset = 0; offset <= last && rarestTo - rarestFrom > 0; offset += step) {
            long key = (long) gramHash(needle, offset) << 32;
            int from = firstIndex(grams, key, false);
            int to = firstIndex(grams, key | 0xFFFF_FFFFL, true);
            if (to - from < rarestTo - rarestFrom) {
                rarestOffset = offset;
                rarestFrom = from;
                rarestTo = to;
            }
        }
        int[] found = new int[4];
        int count = 0;
        for (int i = rarestFrom; i < rarestTo; i++) {
            int at = (int) grams[i] - rarestOffset;
            if (at >= 0 && text.startsWith(needle, at)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private long[] indexGrams() {
        int count = text.length() - GRAM + 1;
        long[] index = new long[Math.max(count, 0)];
        int power = 1;
        for (int i = 1; i < GRAM; i++) {
            power *= 31;
        }
        int hash = count > 0 ? gramHash(text, 0) : 0;
        for (int at = 0; at < count; at++) {
            if (at > 0) {
                // Roll the window on by one char: drop the first char's term, take in the next char.
                hash = (hash - text.charAt(at - 1) * power) * 31 + text.charAt(at + GRAM - 1);
            }
            index[at] = (long) hash << 32 | at;
        }
        Arrays.sort(index);
        return index;
    }

    private static int gramHash(String s, int from) {
        int hash = 0;
        for (int i = from; i < from + GRAM; i++) {
            hash = hash * 31 + s.charAt(i);
        }
        return hash;
    }

    /** The first index whose value is at least {@code value}, or (if {@code above}) greater than it. */
    private static int firstIndex(long[] sorted, long value, boolean above) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value || (above && sorted[middle] == value)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
