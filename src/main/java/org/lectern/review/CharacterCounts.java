package org.lectern.review;

/**
 * The 2×2 table of NVivo's coding comparison for one tag: over every char of the text, whether A coded
 * it with the tag, whether B did. Chars are UTF-16 chars, the unit of Lectern's offsets, so an emoji
 * outside the Basic Multilingual Plane counts twice; NVivo counts "characters" of its own sources.
 */
public record CharacterCounts(long both, long onlyA, long onlyB, long neither) {
    public static final CharacterCounts NONE = new CharacterCounts(0, 0, 0, 0);

    public CharacterCounts {
        if (both < 0 || onlyA < 0 || onlyB < 0 || neither < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    /** Pools two tables: κ over all the chars of both, as one long text. */
    public CharacterCounts plus(CharacterCounts other) {
        return new CharacterCounts(both + other.both, onlyA + other.onlyA, onlyB + other.onlyB,
                neither + other.neither);
    }

    public long total() {
        return both + onlyA + onlyB + neither;
    }

    /** NVivo's percentage agreement (as a fraction): chars both coded or both left uncoded. */
    public double observedAgreement() {
        return total() == 0 ? 1.0 : (double) (both + neither) / total();
    }

    /**
     * Cohen's κ = (Po − Pe) / (1 − Pe) with Pe = pA·pB + (1 − pA)(1 − pB), pA and pB each author's share
     * of coded chars. Where Pe = 1 both authors coded nothing (or everything) and so agree completely:
     * NVivo reports κ = 1 there ("All my Kappa coefficients are 0 or 1"), and so does Lectern.
     */
    public double kappa() {
        return CohenKappa.of(new long[][] {{both, onlyA}, {onlyB, neither}});
    }
}
