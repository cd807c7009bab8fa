package org.lectern.text;

import java.util.Arrays;

/**
 * The hits of one query in one text, in text order, as two arrays of char offsets (a million hits of "e" in a
 * long report stay a few megabytes). Finds the hit to go to from where the reader is.
 */
public final class FindHits {
    public static final FindHits NONE = new FindHits(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    FindHits(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public int size() {
        return starts.length;
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    public TextRange get(int index) {
        return new TextRange(starts[index], ends[index]);
    }

    /** The first hit that starts at or after {@code offset}, or -1 if none does. */
    public int firstAtOrAfter(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        int index = found >= 0 ? found : -found - 1;
        return index < starts.length ? index : -1;
    }

    /** The last hit that starts before {@code offset}, or -1 if none does. */
    public int lastBefore(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return (found >= 0 ? found : -found - 1) - 1;
    }

    /** The hits that end after {@code from} and start before {@code to}: those a stretch of the text shows. */
    public int[] indexesWithin(int from, int to) {
        int first = firstAtOrAfter(from);
        if (first < 0) {
            first = starts.length;
        }
        // A hit that starts before the stretch may still reach into it.
        while (first > 0 && ends[first - 1] > from) {
            first--;
        }
        int last = lastBefore(to);
        if (last < first) {
            return new int[0];
        }
        int[] indexes = new int[last - first + 1];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = first + i;
        }
        return indexes;
    }
}
