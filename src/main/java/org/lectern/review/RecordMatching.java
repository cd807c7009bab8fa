package org.lectern.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.lectern.model.Annotation;

/**
 * Matches A's records (claims, or items of evidence) with B's one to one by their passages: two records
 * are candidates when a passage of one overlaps a passage of the other in the same document, scored by
 * the chars they share over all their passages; then {@link OneToOnePairing} pairs the best first.
 */
final class RecordMatching {
    private RecordMatching() {
    }

    /**
     * @param passagesOfA each of A's records as the ids of its passages (annotations)
     * @return for each of A's records, the index of B's record it matches, or {@link OneToOnePairing#UNPAIRED}
     */
    static int[] match(List<List<UUID>> passagesOfA, List<List<UUID>> passagesOfB,
                       Function<UUID, Annotation> annotations) {
        Map<UUID, List<Interval>> aByDocument = intervalsByDocument(passagesOfA, annotations);
        Map<UUID, List<Interval>> bByDocument = intervalsByDocument(passagesOfB, annotations);
        Map<Long, long[]> shared = new LinkedHashMap<>();
        aByDocument.forEach((document, aIntervals) -> {
            List<Interval> bIntervals = bByDocument.get(document);
            if (bIntervals != null) {
                OverlapJoin.forEachOverlap(aIntervals, bIntervals, (a, b, chars) -> shared.computeIfAbsent(
                        ((long) a.owner() << 32) | b.owner(), key -> new long[1])[0] += chars);
            }
        });
        List<Candidate> candidates = new ArrayList<>(shared.size());
        shared.forEach((pair, chars) -> candidates.add(
                new Candidate((int) (pair >>> 32), (int) (long) pair, chars[0], false)));
        return OneToOnePairing.pair(passagesOfA.size(), passagesOfB.size(), candidates);
    }

    private static Map<UUID, List<Interval>> intervalsByDocument(List<List<UUID>> passagesOfRecords,
                                                                 Function<UUID, Annotation> annotations) {
        Map<UUID, List<Interval>> byDocument = new HashMap<>();
        for (int record = 0; record < passagesOfRecords.size(); record++) {
            for (UUID passageId : passagesOfRecords.get(record)) {
                Annotation passage = annotations.apply(passageId);
                if (passage != null) {
                    byDocument.computeIfAbsent(passage.documentId(), document -> new ArrayList<>())
                            .add(new Interval(passage.passage().start(), passage.passage().end(), record));
                }
            }
        }
        return byDocument;
    }
}
