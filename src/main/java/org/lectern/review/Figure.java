package org.lectern.review;

import java.util.Locale;
import java.util.Objects;

/**
 * One agreement figure, or why there is none. A measure with nothing to compare — κ when both analysts used one
 * category throughout, α with no matched passages, link κ with no links — is undefined, not 1: it is shown as
 * "–" with its reason, never as perfect agreement.
 *
 * @param value           the figure; NaN when undefined
 * @param undefinedBecause why there is no figure, in a few words ("no matched passages"); null when defined
 */
public record Figure(double value, String undefinedBecause) {
    /** What stands in a table where a figure is undefined. */
    public static final String UNDEFINED = "–";

    public Figure {
        if (undefinedBecause == null && Double.isNaN(value)) {
            throw new IllegalArgumentException("An undefined figure says why");
        }
        if (undefinedBecause != null) {
            if (undefinedBecause.isBlank()) {
                throw new IllegalArgumentException("An undefined figure says why");
            }
            value = Double.NaN;
        }
    }

    public static Figure of(double value) {
        return new Figure(value, null);
    }

    public static Figure undefined(String because) {
        return new Figure(Double.NaN, Objects.requireNonNull(because, "because"));
    }

    /** A share {@code part / whole}, undefined when the whole is empty. */
    static Figure ratio(double part, double whole, String whenEmpty) {
        return whole == 0 ? undefined(whenEmpty) : of(part / whole);
    }

    public boolean defined() {
        return undefinedBecause == null;
    }

    /** The figure with {@code decimals} digits after a dot, or "–". */
    public String shown(int decimals) {
        return defined() ? String.format(Locale.ROOT, "%." + decimals + "f", value) : UNDEFINED;
    }

    /** As {@link #shown}, with the reason in brackets after "–": "– (no matched passages)". */
    public String shownWithReason(int decimals) {
        return defined() ? shown(decimals) : UNDEFINED + " (" + undefinedBecause + ")";
    }
}
