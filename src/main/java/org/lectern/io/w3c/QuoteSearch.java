package org.lectern.io.w3c;

import java.util.Arrays;

/**
 * Finds where a quote stands in one text, preferring the occurrence whose surroundings best match the quote's
 * prefix and suffix.
 *
 * <p>A file from a tool that gives quotes without positions asks this for every annotation. Scanning a long
 * text once per quote would make such an import quadratic, so after a few searches the text is indexed once by
 * the hash of every run of {@link #GRAM} chars, and each later search looks only at the places where the
 * quote's first chars occur.
 */
final class QuoteSearch {
    /** How many chars the index keys on: long enough that most keys occur a handful of times. */
    static final int GRAM = 8;
    /** Texts shorter than this are scanned, never indexed: a scan of them costs next to nothing. */
    private static final int INDEX_FROM_CHARS = 8_192;
    /** Searches in one text before indexing it pays for itself. */
    private static final int INDEX_AFTER_SEARCHES = 16;

    private final String text;
    private int searches;
    /** Sorted {@code hash << 32 | offset} of every gram of the text, once built. */
    private long[] grams;

    QuoteSearch(String text) {
        this.text = text;
    }

    /** An occurrence of a quote, and how many chars of its given context surround it. */
    record Occurrence(int start, int end, int contextScore) {
    }

    /**
     * The best occurrence of {@code exact}: most context chars matching, then nearest {@code hint} (a char
     * offset, or -1 for "the first one"); null if the text does not contain it.
     */
    Occurrence best(String exact, String prefix, String suffix, int hint) {
        if (exact.isEmpty()) {
            return null;
        }
        Occurrence best = null;
        long bestDistance = Long.MAX_VALUE;
        int[] starts = occurrences(exact);
        for (int at : starts) {
            int score = contextScore(at, exact.length(), prefix, suffix);
            long distance = hint < 0 ? at : Math.abs((long) at - hint);
            if (best == null || score > best.contextScore() || (score == best.contextScore() && distance < bestDistance)) {
                best = new Occurrence(at, at + exact.length(), score);
                bestDistance = distance;
            }
        }
        return best;
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

    /** Every offset where {@code exact} starts, ascending. */
    private int[] occurrences(String exact) {
        searches++;
        if (exact.length() >= GRAM && text.length() >= INDEX_FROM_CHARS && searches > INDEX_AFTER_SEARCHES) {
            return indexedOccurrences(exact);
        }
        int[] found = new int[4];
        int count = 0;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = at;
        }
        return Arrays.copyOf(found, count);
    }

    private int[] indexedOccurrences(String exact) {
        if (grams == null) {
            grams = indexGrams();
        }
        long key = (long) gramHash(exact, 0) << 32;
        int from = lowerBound(grams, key);
        int[] found = new int[4];
        int count = 0;
        for (int i = from; i < grams.length && (grams[i] & 0xFFFF_FFFF_0000_0000L) == key; i++) {
            int at = (int) grams[i];
            if (text.startsWith(exact, at)) {
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

    /** The first index whose value is at least {@code key}. */
    private static int lowerBound(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
