package org.lectern.review;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/**
 * Krippendorff's α = 1 − Do/De for two authors, computed by dkpro-statistics-agreement's
 * {@link KrippendorffAlphaAgreement} (coincidence matrix, Krippendorff 2004 and "Computing
 * Krippendorff's Alpha-Reliability", 2011). Each unit holds one value per coder (A's then B's in
 * Lectern); null is a missing value, and a unit with fewer than two values does not count, as in
 * Krippendorff.
 * <p>Where α is undefined it is shown so, with the reason: no unit with two values (nothing to measure; the
 * caller names what was missing), and values that never vary (De = 0, one category throughout: α = 0/0, which
 * Krippendorff, 2011, leaves undefined too).
 */
final class KrippendorffAlpha {
    private KrippendorffAlpha() {
    }

    static final String ONE_CATEGORY = "only one category used";

    /** α with the nominal distance (0 for equal values, 1 otherwise); values compared with equals. */
    static Figure nominal(List<? extends Object[]> units, String whenNoUnits) {
        return alpha(units, new NominalDistanceFunction(), whenNoUnits);
    }

    /**
     * α with Krippendorff's ordinal distance, which weighs each step between two ranks by how often
     * the ranks in between were used. Values are ranks, as Integers (dkpro's ordinal distance falls
     * back to nominal for anything else).
     */
    static Figure ordinal(List<Integer[]> units, String whenNoUnits) {
        return alpha(units, new OrdinalDistanceFunction(), whenNoUnits);
    }

    /**
     * Nominal α of a two-valued scale (a tag, or not) for two coders without missing values, from the four
     * counts of units: the coincidence matrix has 2·both and 2·neither on its diagonal and onlyA + onlyB
     * in each off-diagonal cell, so with n = 2 × units, n₁ and n₀ the values' totals,
     * α = 1 − (n − 1)(onlyA + onlyB) / (n₁ · n₀). Equal to {@link #nominal} on the same units (tested), but
     * in O(1): a report has one such α per tag over every matched passage.
     */
    static Figure binaryNominal(long both, long onlyA, long onlyB, long neither, String whenNoUnits) {
        long units = both + onlyA + onlyB + neither;
        if (units == 0) {
            return Figure.undefined(whenNoUnits);
        }
        double n = 2.0 * units;
        double withValue = 2.0 * both + onlyA + onlyB;
        double withoutValue = 2.0 * neither + onlyA + onlyB;
        if (withValue == 0) {
            return Figure.undefined(ONE_CATEGORY + ": the tag is on no matched passage");
        }
        if (withoutValue == 0) {
            return Figure.undefined(ONE_CATEGORY + ": the tag is on every matched passage");
        }
        return Figure.of(1.0 - (n - 1) * (onlyA + onlyB) / (withValue * withoutValue));
    }

    /** Two coders' values on one unit, the first coder's first. */
    record Pair(Object first, Object second) {
    }

    /**
     * Nominal α of two coders without missing values, from how many units had each pair of values. In the
     * coincidence matrix a unit (a, b) adds 1 to o(a,b) and to o(b,a), so with n = 2 × units and n_v each value's
     * total, α = 1 − (n − 1) · Σ_{c≠k} o(c,k) / Σ_{c≠k} n_c · n_k (Krippendorff 2011, section A). Equal to
     * {@link #nominal} on the same units (tested), but its work grows with the kinds of pair, not the units: the
     * corpus's figure is pooled again after every edit.
     */
    static Figure twoCoderNominal(Map<Pair, Long> unitsPerPair, String whenNoUnits) {
        long units = 0;
        long disagreeing = 0;
        Map<Object, Long> totals = new HashMap<>();
        for (Map.Entry<Pair, Long> entry : unitsPerPair.entrySet()) {
            long count = entry.getValue();
            units += count;
            if (!entry.getKey().first().equals(entry.getKey().second())) {
                disagreeing += count;
            }
            totals.merge(entry.getKey().first(), count, Long::sum);
            totals.merge(entry.getKey().second(), count, Long::sum);
        }
        if (units == 0) {
            return Figure.undefined(whenNoUnits);
        }
        double n = 2.0 * units;
        double sumOfSquares = 0;
        for (long total : totals.values()) {
            sumOfSquares += (double) total * total;
        }
        double expected = n * n - sumOfSquares; // Σ_{c≠k} n_c · n_k
        if (expected == 0) {
            return Figure.undefined(ONE_CATEGORY);
        }
        return Figure.of(1.0 - (n - 1) * (2.0 * disagreeing) / expected);
    }

    private static Figure alpha(List<? extends Object[]> units, IDistanceFunction distance, String whenNoUnits) {
        if (units.isEmpty()) {
            return Figure.undefined(whenNoUnits);
        }
        int coders = units.get(0).length;
        CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
        Object firstValue = null;
        boolean varies = false;
        boolean anyPairable = false;
        for (Object[] unit : units) {
            if (unit.length != coders) {
                throw new IllegalArgumentException("Every unit holds one value (or null) per coder");
            }
            study.addItemAsArray(unit);
            if (Arrays.stream(unit).filter(Objects::nonNull).count() < 2) {
                continue; // not pairable: Krippendorff's α ignores it
            }
            anyPairable = true;
            for (Object value : unit) {
                if (value == null) {
                    continue;
                }
                if (firstValue == null) {
                    firstValue = value;
                } else if (!firstValue.equals(value)) {
                    varies = true;
                }
            }
        }
        if (!anyPairable) {
            return Figure.undefined(whenNoUnits);
        }
        if (!varies) {
            return Figure.undefined(ONE_CATEGORY);
        }
        return Figure.of(new KrippendorffAlphaAgreement(study, distance).calculateAgreement());
    }
}
