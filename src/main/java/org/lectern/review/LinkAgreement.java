package org.lectern.review;

/**
 * Agreement on evidence → claim links over every pair of a matched item of evidence and a matched
 * claim (both matched between A and B by overlapping passages): what A said about A's evidence and
 * claim, against what B said about B's partners of them. Observed agreement and Cohen's κ over the 3×3
 * table supports / refutes / no link. In a large project most pairs are linked by neither author, which
 * lifts observed agreement; {@link #agreementWhereLinked()} leaves those pairs out.
 */
public final class LinkAgreement {
    static final String NO_PAIRS = "no matched evidence and claims";
    static final String NO_LINKS = "no links to compare";

    private final int matchedEvidence;
    private final int matchedClaims;
    private final long[][] counts;

    LinkAgreement(int matchedEvidence, int matchedClaims, long[][] counts) {
        this.matchedEvidence = matchedEvidence;
        this.matchedClaims = matchedClaims;
        this.counts = new long[3][];
        for (int i = 0; i < 3; i++) {
            this.counts[i] = counts[i].clone();
        }
    }

    public int matchedEvidence() {
        return matchedEvidence;
    }

    public int matchedClaims() {
        return matchedClaims;
    }

    /** Evidence–claim pairs compared: matched evidence × matched claims. */
    public long pairs() {
        return (long) matchedEvidence * matchedClaims;
    }

    /** Pairs A judged {@code a} and B judged {@code b}. */
    public long count(LinkJudgement a, LinkJudgement b) {
        return counts[a.ordinal()][b.ordinal()];
    }

    /** Pairs at least one author linked. */
    public long linkedByEither() {
        return pairs() - count(LinkJudgement.NO_LINK, LinkJudgement.NO_LINK);
    }

    /** Pairs both authors linked with the same stance. */
    public long sameStance() {
        return count(LinkJudgement.SUPPORTS, LinkJudgement.SUPPORTS)
                + count(LinkJudgement.REFUTES, LinkJudgement.REFUTES);
    }

    /** Pairs with the same judgement, links or none; undefined when no evidence and claim were matched. */
    public Figure observedAgreement() {
        return CohenKappa.observedAgreement(counts, NO_PAIRS);
    }

    /**
     * Cohen's κ over the 3×3 table. Undefined when there are no pairs, and when neither author linked any pair:
     * "no link" throughout is one category, κ = 0/0, and there are no links to compare.
     */
    public Figure kappa() {
        if (pairs() > 0 && linkedByEither() == 0) {
            return Figure.undefined(NO_LINKS);
        }
        return CohenKappa.of(counts, NO_PAIRS);
    }

    /** Same stance among the pairs at least one author linked; undefined when nobody linked anything. */
    public Figure agreementWhereLinked() {
        return Figure.ratio(sameStance(), linkedByEither(), pairs() == 0 ? NO_PAIRS : NO_LINKS);
    }
}
