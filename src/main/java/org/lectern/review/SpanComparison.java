package org.lectern.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Annotation Diff for one tag in one document: pairs A's passages (keys) with B's (responses) one to
 * one by overlap ({@link OneToOnePairing}) and counts correct, partial, missing and spurious.
 */
final class SpanComparison {
    private SpanComparison() {
    }

    static SpanCounts compare(List<Interval> keys, List<Interval> responses) {
        List<Candidate> candidates = new ArrayList<>();
        OverlapJoin.forEachOverlap(keys, responses, (key, response, shared) -> candidates.add(new Candidate(
                key.owner(), response.owner(), shared,
                key.start() == response.start() && key.end() == response.end())));
        int[] responseOfKey = OneToOnePairing.pair(keys.size(), responses.size(), candidates);
        long correct = 0;
        long partial = 0;
        for (int key = 0; key < responseOfKey.length; key++) {
            int response = responseOfKey[key];
            if (response == OneToOnePairing.UNPAIRED) {
                continue;
            }
            Interval k = keys.get(key);
            Interval r = responses.get(response);
            if (k.start() == r.start() && k.end() == r.end()) {
                correct++;
            } else {
                partial++;
            }
        }
        long paired = correct + partial;
        return new SpanCounts(correct, partial, keys.size() - paired, responses.size() - paired);
    }
}
