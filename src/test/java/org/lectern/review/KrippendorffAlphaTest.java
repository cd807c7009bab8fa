package org.lectern.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Krippendorff's α through dkpro, on published examples and small cases worked by hand. */
class KrippendorffAlphaTest {
    private static final double EXACT = 1e-9;

    /**
     * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: four observers, twelve
     * units, missing values (the same data as Krippendorff 2004, p. 230). α nominal = 0.743 (also in
     * dkpro's Krippendorff2004Test), α ordinal = 0.815 (also in fast-krippendorff's test_ordinal_metric).
     */
    private static final Integer[][] RELIABILITY_DATA_2011 = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
    };

    @Test
    void theFourObserverExampleOf2011GivesNominalAlphaPoint743() {
        assertEquals(0.743, KrippendorffAlpha.nominal(units(RELIABILITY_DATA_2011), "none").value(), 0.0005);
    }

    @Test
    void theFourObserverExampleOf2011GivesOrdinalAlphaPoint815() {
        assertEquals(0.815, KrippendorffAlpha.ordinal(units(RELIABILITY_DATA_2011), "none").value(), 0.0005);
    }

    /** Krippendorff (2004, p. 224), two coders, binary, as in dkpro's Krippendorff2004Test: α = 0.095. */
    @Test
    void theTwoCoderBinaryExampleOf2004GivesAlphaPoint095() {
        int[] first = {1, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        int[] second = {0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
        List<Object[]> units = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            units.add(new Object[] {first[i], second[i]});
        }
        assertEquals(0.095, KrippendorffAlpha.nominal(units, "none").value(), 0.0005);
    }

    /**
     * Units (1,1) (3,3) (1,2): values 1 ×3, 2 ×1, 3 ×2, n = 6. Ordinal distances (Krippendorff):
     * δ(1,2) = (3/2 + 1/2)² = 4, δ(1,3) = (3/2 + 1 + 2/2)² = 12.25, δ(2,3) = (1/2 + 2/2)² = 2.25.
     * Do = 2·4/6 = 4/3; De = 2(3·1·4 + 3·2·12.25 + 1·2·2.25)/(6·5) = 6; α = 1 − (4/3)/6 = 7/9.
     * Nominal: Do = 2/6, De = 2(3 + 6 + 2)/30 = 22/30, α = 1 − 10/22 = 6/11.
     */
    @Test
    void aSmallOrdinalCaseMatchesTheHandComputation() {
        List<Integer[]> units = List.of(new Integer[] {1, 1}, new Integer[] {3, 3}, new Integer[] {1, 2});
        assertEquals(7.0 / 9, KrippendorffAlpha.ordinal(units, "none").value(), EXACT);
        assertEquals(6.0 / 11, KrippendorffAlpha.nominal(units, "none").value(), EXACT);
    }

    @Test
    void identicalValuesGiveAlphaOne() {
        assertEquals(1.0, KrippendorffAlpha.nominal(List.of(new Object[] {"a", "a"}, new Object[] {"b", "b"}), "none")
                .value(), EXACT);
    }

    /**
     * One value throughout: Do = De = 0 and α = 1 − 0/0, undefined — not perfect agreement, since nothing varied
     * that could have been disagreed on (as ReCal reports κ and π "could not be calculated ... due to invariant
     * values").
     */
    @Test
    void oneValueThroughoutLeavesAlphaUndefinedWithItsReason() {
        Figure alpha = KrippendorffAlpha.nominal(List.of(new Object[] {"a", "a"}, new Object[] {"a", "a"}), "none");
        assertEquals(Figure.undefined("only one category used"), alpha);
        assertEquals("– (only one category used)", alpha.shownWithReason(3));
        assertEquals(Figure.undefined("only one category used"),
                KrippendorffAlpha.ordinal(List.<Integer[]>of(new Integer[] {2, 2}, new Integer[] {2, null}), "none"));
    }

    @Test
    void noUnitWithTwoValuesLeavesAlphaUndefinedWithTheCallersReason() {
        assertEquals(Figure.undefined("no matched passages"),
                KrippendorffAlpha.nominal(List.of(), "no matched passages"));
        assertEquals(Figure.undefined("no matched evidence"),
                KrippendorffAlpha.ordinal(List.<Integer[]>of(new Integer[] {3, null}), "no matched evidence"));
        assertEquals(Figure.undefined("no matched passages"),
                KrippendorffAlpha.binaryNominal(0, 0, 0, 0, "no matched passages"));
    }

    /**
     * The category-specific α of a tag on no matched passage, or on every one by both, has one value throughout:
     * undefined, as the general α on the same units (checked beside it).
     */
    @Test
    void aTagOnNoneOrAllOfTheMatchedPassagesLeavesItsAlphaUndefined() {
        Figure onNone = KrippendorffAlpha.binaryNominal(0, 0, 0, 3, "none");
        Figure onAll = KrippendorffAlpha.binaryNominal(3, 0, 0, 0, "none");
        assertEquals("only one category used: the tag is on no matched passage", onNone.undefinedBecause());
        assertEquals("only one category used: the tag is on every matched passage", onAll.undefinedBecause());
        Object[] no = {false, false};
        assertEquals(false, KrippendorffAlpha.nominal(List.of(no, no, no), "none").defined());
    }

    @Test
    void unitsWithOneMissingValueDoNotChangeAlpha() {
        List<Object[]> units = new ArrayList<>(List.of(new Object[] {"a", "a"}, new Object[] {"b", "b"},
                new Object[] {"a", "b"}));
        double without = KrippendorffAlpha.nominal(units, "none").value();
        units.add(new Object[] {"a", null});
        units.add(new Object[] {null, "b"});
        assertEquals(without, KrippendorffAlpha.nominal(units, "none").value(), EXACT);
    }

    @Test
    void theBinaryShortcutEqualsDkprosAlphaOnTheSameUnits() {
        java.util.Random random = new java.util.Random(2011);
        for (int round = 0; round < 300; round++) {
            long[] counts = new long[4];
            List<Object[]> units = new ArrayList<>();
            int size = random.nextInt(30);
            for (int i = 0; i < size; i++) {
                boolean byA = random.nextInt(3) == 0;
                boolean byB = random.nextBoolean() ? byA : random.nextInt(3) == 0;
                counts[(byA ? 0 : 2) + (byB ? 0 : 1)]++;
                units.add(new Object[] {byA, byB});
            }
            assertEquals(KrippendorffAlpha.nominal(units, "none").value(),
                    KrippendorffAlpha.binaryNominal(counts[0], counts[1], counts[2], counts[3], "none").value(), 1e-9,
                    "both, onlyA, onlyB, neither = " + java.util.Arrays.toString(counts));
        }
    }

    /**
     * The pooled corpus figure is computed from how many units had each pair of values; on the same units it is
     * dkpro's α, defined or not, with as many categories as a project has tags.
     */
    @Test
    void alphaFromCountsOfValuePairsEqualsDkprosAlphaOnTheSameUnits() {
        java.util.Random random = new java.util.Random(2004);
        for (int round = 0; round < 400; round++) {
            int categories = 1 + random.nextInt(6);
            List<Object[]> units = new ArrayList<>();
            java.util.Map<KrippendorffAlpha.Pair, Long> pairs = new java.util.HashMap<>();
            int size = random.nextInt(40);
            for (int i = 0; i < size; i++) {
                String a = "tag" + random.nextInt(categories);
                String b = random.nextInt(3) == 0 ? a : "tag" + random.nextInt(categories);
                units.add(new Object[] {a, b});
                pairs.merge(new KrippendorffAlpha.Pair(a, b), 1L, Long::sum);
            }
            Figure byDkpro = KrippendorffAlpha.nominal(units, "none");
            Figure byCounts = KrippendorffAlpha.twoCoderNominal(pairs, "none");
            if (byDkpro.defined()) {
                assertEquals(byDkpro.value(), byCounts.value(), 1e-9, "units: " + pairs);
            } else {
                assertEquals(byDkpro, byCounts, "units: " + pairs);
            }
        }
    }

    /** Krippendorff's (2004, p. 224) two-coder binary example, as counts of value pairs: α = 0.095. */
    @Test
    void alphaFromCountsOfValuePairsGivesPoint095OnTheTwoCoderExampleOf2004() {
        int[] first = {1, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        int[] second = {0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
        java.util.Map<KrippendorffAlpha.Pair, Long> pairs = new java.util.HashMap<>();
        for (int i = 0; i < first.length; i++) {
            pairs.merge(new KrippendorffAlpha.Pair(first[i], second[i]), 1L, Long::sum);
        }
        assertEquals(0.095, KrippendorffAlpha.twoCoderNominal(pairs, "none").value(), 0.0005);
    }

    @Test
    void alphaFromCountsOfValuePairsOnTheSmallCaseWorkedByHand() {
        // The units (1,1) (3,3) (1,2) of the ordinal case above: nominal α = 6/11.
        java.util.Map<KrippendorffAlpha.Pair, Long> pairs = java.util.Map.of(new KrippendorffAlpha.Pair(1, 1), 1L,
                new KrippendorffAlpha.Pair(3, 3), 1L, new KrippendorffAlpha.Pair(1, 2), 1L);
        assertEquals(6.0 / 11, KrippendorffAlpha.twoCoderNominal(pairs, "none").value(), EXACT);
    }

    /** Coders as rows in the paper; α wants units as rows. */
    private static List<Integer[]> units(Integer[][] coderRows) {
        List<Integer[]> units = new ArrayList<>();
        for (int unit = 0; unit < coderRows[0].length; unit++) {
            Integer[] values = new Integer[coderRows.length];
            for (int coder = 0; coder < coderRows.length; coder++) {
                values[coder] = coderRows[coder][unit];
            }
            units.add(values);
        }
        return units;
    }
}
