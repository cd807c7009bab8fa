package org.lectern.review;

import java.util.Arrays;
import java.util.List;

/**
 * Counts, for one tag, the chars A coded, B coded, both or neither, by a sweep over the boundaries of
 * their passages (O(n log n) in the passages, independent of the text's length), never char by char.
 * Overlapping passages of one author count once: a char is coded or not.
 */
final class CharacterCoverage {
    private CharacterCoverage() {
    }

    static CharacterCounts count(int textLength, List<Interval> codedByA, List<Interval> codedByB) {
        // Each boundary is packed into one long: position in the high bits, then which author and
        // whether the passage opens or closes, so that one sort orders them all.
        long[] boundaries = new long[2 * (codedByA.size() + codedByB.size())];
        int n = 0;
        n = addBoundaries(boundaries, n, codedByA, textLength, 0);
        n = addBoundaries(boundaries, n, codedByB, textLength, 1);
        Arrays.sort(boundaries, 0, n);

        long[] coveredBy = new long[4]; // index: bit 0 = A covers, bit 1 = B covers
        int depthA = 0;
        int depthB = 0;
        int previous = 0;
        for (int i = 0; i < n; i++) {
            long boundary = boundaries[i];
            int position = (int) (boundary >>> 2);
            coveredBy[state(depthA, depthB)] += position - previous;
            previous = position;
            int delta = (boundary & 1) == 0 ? -1 : +1;
            if ((boundary & 2) == 0) {
                depthA += delta;
            } else {
                depthB += delta;
            }
        }
        coveredBy[state(depthA, depthB)] += textLength - previous;
        return new CharacterCounts(coveredBy[3], coveredBy[1], coveredBy[2], coveredBy[0]);
    }

    private static int addBoundaries(long[] boundaries, int n, List<Interval> passages, int textLength,
                                     int author) {
        for (Interval passage : passages) {
            int start = Math.min(passage.start(), textLength);
            int end = Math.min(passage.end(), textLength);
            if (start < end) {
                boundaries[n++] = ((long) start << 2) | ((long) author << 1) | 1; // opens
                boundaries[n++] = ((long) end << 2) | ((long) author << 1);       // closes
            }
        }
        return n;
    }

    private static int state(int depthA, int depthB) {
        return (depthA > 0 ? 1 : 0) | (depthB > 0 ? 2 : 0);
    }
}
