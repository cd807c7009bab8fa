package org.lectern.model;

/** Where a claim stands. */
public enum ClaimStatus implements Labelled {
    ASSERTED, DISPUTED, CORROBORATED, REFUTED, UNVERIFIED;

    @Override
    public String toString() {
        return label();
    }
}
