package org.lectern.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** GATE's Annotation Diff: correct, partial, missing, spurious, and the strict and lenient measures. */
class SpanComparisonTest {
    private static final double EXACT = 1e-9;

    @Test
    void identicalSpansAreAllCorrectWithPrecisionRecallAndF1OfOne() {
        SpanCounts counts = SpanComparison.compare(spans(0, 10, 20, 30), spans(0, 10, 20, 30));
        assertEquals(new SpanCounts(2, 0, 0, 0), counts);
        assertAllMeasures(counts, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void disjointSpansAreMissingAndSpuriousWithEverythingZero() {
        SpanCounts counts = SpanComparison.compare(spans(0, 10, 20, 30), spans(40, 50));
        assertEquals(new SpanCounts(0, 0, 2, 1), counts);
        assertAllMeasures(counts, 0, 0, 0, 0, 0, 0);
    }

    /**
     * Key [0,10) [20,30) [40,50) [60,70); response [0,10) exact, [22,30) and [45,55) overlapping,
     * [80,90) and [95,99) alone: correct 1, partial 2, missing 1 ([60,70)), spurious 2.
     * Strict P = 1/5, R = 1/4, F1 = 2·0.2·0.25/0.45 = 2/9; lenient P = 3/5, R = 3/4, F1 = 2/3.
     */
    @Test
    void partialOverlapsCountAgainstStrictMeasuresAndForLenientOnes() {
        SpanCounts counts = SpanComparison.compare(spans(0, 10, 20, 30, 40, 50, 60, 70),
                spans(0, 10, 22, 30, 45, 55, 80, 90, 95, 99));
        assertEquals(new SpanCounts(1, 2, 1, 2), counts);
        assertAllMeasures(counts, 0.2, 0.25, 2.0 / 9, 0.6, 0.75, 2.0 / 3);
    }

    @Test
    void eachKeyPairsWithOneResponseOnlyTheOneItSharesMostWith() {
        SpanCounts counts = SpanComparison.compare(spans(0, 20), spans(0, 5, 10, 20));
        assertEquals(new SpanCounts(0, 1, 0, 1), counts);
    }

    @Test
    void aCoextensiveResponseIsPreferredToAnEquallyOverlappingLongerOne() {
        SpanCounts counts = SpanComparison.compare(spans(0, 10), spans(0, 20, 0, 10));
        assertEquals(new SpanCounts(1, 0, 0, 1), counts);
    }

    @Test
    void pairingIsOneToOneEvenWhenOneResponseOverlapsTwoKeys() {
        SpanCounts counts = SpanComparison.compare(spans(0, 10, 8, 20), spans(5, 15));
        assertEquals(new SpanCounts(0, 1, 1, 0), counts);
    }

    @Test
    void noResponsesAtAllLeavePrecisionUndefinedWhileRecallAndF1AreZero() {
        SpanCounts counts = SpanComparison.compare(spans(0, 10), spans());
        assertEquals(Figure.undefined("no highlights by B"), counts.strictPrecision());
        assertEquals(Figure.undefined("no highlights by B"), counts.lenientPrecision());
        assertEquals(0.0, counts.strictRecall().value(), EXACT);
        assertEquals(0.0, counts.strictF1().value(), EXACT, "GATE's F1 too: 2·1·0/(1 + 0)");
        assertEquals(0.0, counts.lenientF1().value(), EXACT);
    }

    @Test
    void noKeysLeaveRecallUndefinedAndNothingAtAllLeavesEveryMeasureUndefined() {
        SpanCounts noKeys = SpanComparison.compare(spans(), spans(0, 10));
        assertEquals(Figure.undefined("no highlights by A"), noKeys.strictRecall());
        assertEquals(0.0, noKeys.strictPrecision().value(), EXACT);
        assertEquals(0.0, noKeys.strictF1().value(), EXACT);
        SpanCounts nothing = SpanCounts.NONE;
        for (Figure figure : List.of(nothing.strictPrecision(), nothing.strictRecall(), nothing.strictF1(),
                nothing.lenientPrecision(), nothing.lenientRecall(), nothing.lenientF1())) {
            assertEquals(false, figure.defined(), figure.toString());
        }
        assertEquals("no highlights by either", nothing.strictF1().undefinedBecause());
    }

    /** F1 from the counts, 2c / (keys + responses), equals the harmonic mean of P and R wherever both exist. */
    @Test
    void f1FromTheCountsIsTheHarmonicMeanOfPrecisionAndRecall() {
        for (long c = 0; c < 4; c++) {
            for (long p = 0; p < 3; p++) {
                for (long m = 0; m < 3; m++) {
                    for (long s = 0; s < 3; s++) {
                        SpanCounts counts = new SpanCounts(c, p, m, s);
                        if (counts.keys() == 0 || counts.responses() == 0) {
                            continue;
                        }
                        double precision = (double) c / (c + p + s);
                        double recall = (double) c / (c + p + m);
                        double harmonic = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                        assertEquals(harmonic, counts.strictF1().value(), EXACT, counts.toString());
                        double lp = (double) (c + p) / (c + p + s);
                        double lr = (double) (c + p) / (c + p + m);
                        assertEquals(lp + lr == 0 ? 0 : 2 * lp * lr / (lp + lr), counts.lenientF1().value(), EXACT);
                    }
                }
            }
        }
    }

    @Test
    void corpusCountsAreSummedBeforeTheMeasures() {
        SpanCounts total = new SpanCounts(1, 0, 0, 0).plus(new SpanCounts(0, 0, 1, 1));
        assertEquals(new SpanCounts(1, 0, 1, 1), total);
        assertEquals(0.5, total.strictPrecision().value(), EXACT);
    }

    private static void assertAllMeasures(SpanCounts counts, double strictP, double strictR, double strictF1,
                                          double lenientP, double lenientR, double lenientF1) {
        assertEquals(strictP, counts.strictPrecision().value(), EXACT, "strict precision");
        assertEquals(strictR, counts.strictRecall().value(), EXACT, "strict recall");
        assertEquals(strictF1, counts.strictF1().value(), EXACT, "strict F1");
        assertEquals(lenientP, counts.lenientPrecision().value(), EXACT, "lenient precision");
        assertEquals(lenientR, counts.lenientRecall().value(), EXACT, "lenient recall");
        assertEquals(lenientF1, counts.lenientF1().value(), EXACT, "lenient F1");
    }

    /** Intervals from start, end pairs, each owned by its index as SpanComparison expects. */
    static List<Interval> spans(int... bounds) {
        List<Interval> spans = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            spans.add(new Interval(bounds[i], bounds[i + 1], spans.size()));
        }
        return spans;
    }
}
