package org.lectern.review;

import org.lectern.model.Stance;

/** What one author said about an item of evidence and a claim: it supports it, refutes it, or no link. */
public enum LinkJudgement {
    SUPPORTS, REFUTES, NO_LINK;

    static LinkJudgement of(Stance stance) {
        return stance == Stance.REFUTES ? REFUTES : SUPPORTS;
    }
}
