package org.lectern.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs keys with responses one to one, greedily: coextensive candidates first (GATE's AnnotationDiffer
 * scores a correct pair 2 and a partial one 1, and keeps the pairing that scores most), then by the
 * most chars shared, then by position so that the result never depends on input order. Greedy is not
 * always the maximum pairing, but it is what a reader would do by eye and runs in O(c log c) for c
 * candidates.
 */
final class OneToOnePairing {
    static final int UNPAIRED = -1;

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparing(Candidate::coextensive).reversed()
            .thenComparing(Comparator.comparingLong(Candidate::sharedChars).reversed())
            .thenComparingInt(Candidate::key)
            .thenComparingInt(Candidate::response);

    private OneToOnePairing() {
    }

    /** For each key index, the index of the response it is paired with, or {@link #UNPAIRED}. */
    static int[] pair(int keyCount, int responseCount, List<Candidate> candidates) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(BEST_FIRST);
        int[] responseOfKey = new int[keyCount];
        Arrays.fill(responseOfKey, UNPAIRED);
        boolean[] responseTaken = new boolean[responseCount];
        for (Candidate candidate : ordered) {
            if (responseOfKey[candidate.key()] == UNPAIRED && !responseTaken[candidate.response()]) {
                responseOfKey[candidate.key()] = candidate.response();
                responseTaken[candidate.response()] = true;
            }
        }
        return responseOfKey;
    }
}
