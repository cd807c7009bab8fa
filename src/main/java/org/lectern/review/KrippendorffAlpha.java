package org.lectern.review;

import java.util.Arrays;
import java.util.List;
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
 * <p>Lectern's conventions where α itself is undefined: no unit with two values gives NaN (nothing to
 * measure); values that never vary (De = 0, one category throughout) give 1, since the authors never
 * differ — Krippendorff leaves α undefined there.
 */
final class KrippendorffAlpha {
    private KrippendorffAlpha() {
    }

    /** α with the nominal distance (0 for equal values, 1 otherwise); values compared with equals. */
    static double nominal(List<? extends Object[]> units) {
        return alpha(units, new NominalDistanceFunction());
    }

    /**
     * α with Krippendorff's ordinal distance, which weighs each step between two ranks by how often
     * the ranks in between were used. Values are ranks, as Integers (dkpro's ordinal distance falls
     * back to nominal for anything else).
     */
    static double ordinal(List<Integer[]> units) {
        return alpha(units, new OrdinalDistanceFunction());
    }

    /**
     * Nominal α of a two-valued scale (a tag, or not) for two coders without missing values, from the four
     * counts of units: the coincidence matrix has 2·both and 2·neither on its diagonal and onlyA + onlyB
     * in each off-diagonal cell, so with n = 2 × units, n₁ and n₀ the values' totals,
     * α = 1 − (n − 1)(onlyA + onlyB) / (n₁ · n₀). Equal to {@link #nominal} on the same units (tested), but
     * in O(1): a report has one such α per tag over every matched passage.
     */
    static double binaryNominal(long both, long onlyA, long onlyB, long neither) {
        long units = both + onlyA + onlyB + neither;
        if (units == 0) {
            return Double.NaN;
        }
        double n = 2.0 * units;
        double withValue = 2.0 * both + onlyA + onlyB;
        double withoutValue = 2.0 * neither + onlyA + onlyB;
        if (withValue == 0 || withoutValue == 0) {
            return 1.0;
        }
        return 1.0 - (n - 1) * (onlyA + onlyB) / (withValue * withoutValue);
    }

    private static double alpha(List<? extends Object[]> units, IDistanceFunction distance) {
        if (units.isEmpty()) {
            return Double.NaN;
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
            return Double.NaN;
        }
        if (!varies) {
            return 1.0;
        }
        return new KrippendorffAlphaAgreement(study, distance).calculateAgreement();
    }
}
