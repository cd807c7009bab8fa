package org.lectern.model;

/** Where a claim stands. */
public enum ClaimStatus {
    ASSERTED("asserted"),
    DISPUTED("disputed"),
    CORROBORATED("corroborated"),
    REFUTED("refuted"),
    UNVERIFIED("unverified");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
