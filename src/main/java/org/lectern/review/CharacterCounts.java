package org.lectern.review;

/**
 * The 2×2 table of NVivo's coding comparison for one tag: over every character of the text, whether A coded
 * it with the tag, whether B did. Characters are Unicode code points, as NVivo and the README count them: an
 * emoji outside the Basic Multilingual Plane is one character (two UTF-16 units in Lectern's offsets), and a
 * combining mark is a character of its own.
 */
public record CharacterCounts(long both, long onlyA, long onlyB, long neither) {
    public static final CharacterCounts NONE = new CharacterCounts(0, 0, 0, 0);
    static final String NO_TEXT = "no text to compare";

    public CharacterCounts {
        if (both < 0 || onlyA < 0 || onlyB < 0 || neither < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    /** Pools two tables: κ over all the characters of both, as one long text. */
    public CharacterCounts plus(CharacterCounts other) {
        return new CharacterCounts(both + other.both, onlyA + other.onlyA, onlyB + other.onlyB,
                neither + other.neither);
    }

    public long total() {
        return both + onlyA + onlyB + neither;
    }

    /** NVivo's percentage agreement (as a fraction): characters both coded or both left uncoded. */
    public Figure observedAgreement() {
        return Figure.ratio(both + neither, total(), NO_TEXT);
    }

    /**
     * Cohen's κ = (Po − Pe) / (1 − Pe) with Pe = pA·pB + (1 − pA)(1 − pB), pA and pB each author's share
     * of coded characters. Where both authors coded nothing (or everything) Pe = 1 and κ = 0/0: NVivo reports
     * 1 there, Lectern shows it undefined, with the reason.
     */
    public Figure kappa() {
        if (total() > 0 && onlyA + onlyB == 0 && (both == 0 || neither == 0)) {
            return Figure.undefined(CohenKappa.ONE_CATEGORY + (both == 0 ? ": no character coded"
                    : ": every character coded"));
        }
        return CohenKappa.of(new long[][] {{both, onlyA}, {onlyB, neither}}, NO_TEXT);
    }
}
