package org.lectern.review.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lectern.model.Annotation;

/**
 * Compares two analysts' annotations of one document. Pairs are made one to one: first the annotations on
 * exactly the same passage (same tag: they agree and are not listed; another tag: OTHER_TAG), then, among the
 * rest, overlapping ones, the largest overlap first (OTHER_BOUNDARIES). What is left is only in one of them.
 */
public final class Differences {
    private static final Comparator<Annotation> IN_TEXT_ORDER = Comparator
            .comparingInt((Annotation a) -> a.passage().start()).thenComparingInt(a -> a.passage().end());

    private Differences() {
    }

    public static List<Difference> between(List<Annotation> first, List<Annotation> second) {
        List<Annotation> firsts = sorted(first);
        List<Annotation> seconds = sorted(second);
        Set<Annotation> pairedFirst = new HashSet<>();
        Set<Annotation> pairedSecond = new HashSet<>();
        List<Difference> differences = new ArrayList<>();
        pairSamePassages(firsts, seconds, pairedFirst, pairedSecond, differences);
        pairOverlaps(firsts, seconds, pairedFirst, pairedSecond, differences);
        firsts.stream().filter(a -> !pairedFirst.contains(a))
                .forEach(a -> differences.add(new Difference(DifferenceKind.ONLY_FIRST, a, null)));
        seconds.stream().filter(b -> !pairedSecond.contains(b))
                .forEach(b -> differences.add(new Difference(DifferenceKind.ONLY_SECOND, null, b)));
        differences.sort(Comparator.comparingInt(Difference::start).thenComparing(d -> d.kind().ordinal()));
        return differences;
    }

    /** Same start and end: a merge of the two sorted lists, preferring a partner with the same tag. */
    private static void pairSamePassages(List<Annotation> firsts, List<Annotation> seconds, Set<Annotation> pairedFirst,
                                         Set<Annotation> pairedSecond, List<Difference> differences) {
        for (boolean sameTagOnly : new boolean[] {true, false}) {
            int j = 0;
            for (Annotation a : firsts) {
                if (pairedFirst.contains(a)) {
                    continue;
                }
                while (j < seconds.size() && IN_TEXT_ORDER.compare(seconds.get(j), a) < 0) {
                    j++;
                }
                for (int k = j; k < seconds.size() && IN_TEXT_ORDER.compare(seconds.get(k), a) == 0; k++) {
                    Annotation b = seconds.get(k);
                    boolean sameTag = a.tagId().equals(b.tagId());
                    if (!pairedSecond.contains(b) && (sameTag || !sameTagOnly)) {
                        pairedFirst.add(a);
                        pairedSecond.add(b);
                        if (!sameTag) {
                            differences.add(new Difference(DifferenceKind.OTHER_TAG, a, b));
                        }
                        break;
                    }
                }
            }
        }
    }

    /** Overlapping leftovers, the largest overlap first; a sweep keeps it near linear for sorted passages. */
    private static void pairOverlaps(List<Annotation> firsts, List<Annotation> seconds, Set<Annotation> pairedFirst,
                                     Set<Annotation> pairedSecond, List<Difference> differences) {
        List<Annotation> restFirst = firsts.stream().filter(a -> !pairedFirst.contains(a)).toList();
        List<Annotation> restSecond = seconds.stream().filter(b -> !pairedSecond.contains(b)).toList();
        List<Annotation[]> candidates = new ArrayList<>();
        int from = 0;
        for (Annotation a : restFirst) {
            // Firsts come in order of start, so a passage that ends before this one begins is done with.
            while (from < restSecond.size() && restSecond.get(from).passage().end() <= a.passage().start()) {
                from++;
            }
            for (int k = from; k < restSecond.size() && restSecond.get(k).passage().start() < a.passage().end(); k++) {
                Annotation b = restSecond.get(k);
                if (b.passage().overlaps(a.passage().start(), a.passage().end())) {
                    candidates.add(new Annotation[] {a, b});
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Annotation[] pair) -> -overlap(pair[0], pair[1])));
        for (Annotation[] pair : candidates) {
            if (!pairedFirst.contains(pair[0]) && !pairedSecond.contains(pair[1])) {
                pairedFirst.add(pair[0]);
                pairedSecond.add(pair[1]);
                differences.add(new Difference(DifferenceKind.OTHER_BOUNDARIES, pair[0], pair[1]));
            }
        }
    }

    private static int overlap(Annotation a, Annotation b) {
        return Math.min(a.passage().end(), b.passage().end()) - Math.max(a.passage().start(), b.passage().start());
    }

    private static List<Annotation> sorted(List<Annotation> annotations) {
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(IN_TEXT_ORDER);
        return sorted;
    }
}
