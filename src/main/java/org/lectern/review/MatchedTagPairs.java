package org.lectern.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The matched passages of a scope (a document, or all of them), counted by the pair of tags the two authors gave
 * them: all that the tag rows' α and counts depend on. Pooling the corpus after an edit then adds up a few pairs per
 * document instead of listing every matched passage of the project again.
 */
final class MatchedTagPairs {
    private final Map<KrippendorffAlpha.Pair, Long> counts = new HashMap<>();

    /** Counts the matched passages given as {A's tag, B's tag}. */
    static MatchedTagPairs of(List<UUID[]> matchedTags) {
        MatchedTagPairs pairs = new MatchedTagPairs();
        for (UUID[] pair : matchedTags) {
            pairs.counts.merge(new KrippendorffAlpha.Pair(pair[0], pair[1]), 1L, Long::sum);
        }
        return pairs;
    }

    static MatchedTagPairs none() {
        return new MatchedTagPairs();
    }

    /** Adds {@code other}'s passages to these. */
    void add(MatchedTagPairs other) {
        other.counts.forEach((pair, count) -> counts.merge(pair, count, Long::sum));
    }

    /** Takes {@code other}'s passages, added earlier, out of these. */
    void subtract(MatchedTagPairs other) {
        other.counts.forEach((pair, count) -> {
            long left = counts.merge(pair, -count, Long::sum);
            if (left == 0) {
                counts.remove(pair);
            }
        });
    }

    void clear() {
        counts.clear();
    }

    long passages() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Passages both authors gave the same tag. */
    long sameTag() {
        long same = 0;
        for (Map.Entry<KrippendorffAlpha.Pair, Long> entry : counts.entrySet()) {
            if (entry.getKey().first().equals(entry.getKey().second())) {
                same += entry.getValue();
            }
        }
        return same;
    }

    /** {both, onlyA, onlyB}: passages {@code tag} is on for both authors, for A alone, for B alone. */
    long[] withTag(UUID tag) {
        long[] counted = new long[3];
        for (Map.Entry<KrippendorffAlpha.Pair, Long> entry : counts.entrySet()) {
            boolean byA = entry.getKey().first().equals(tag);
            boolean byB = entry.getKey().second().equals(tag);
            if (byA && byB) {
                counted[0] += entry.getValue();
            } else if (byA) {
                counted[1] += entry.getValue();
            } else if (byB) {
                counted[2] += entry.getValue();
            }
        }
        return counted;
    }

    /** Nominal α on the tags themselves, every matched passage a unit. */
    Figure alpha(String whenNone) {
        return KrippendorffAlpha.twoCoderNominal(counts, whenNone);
    }
}
