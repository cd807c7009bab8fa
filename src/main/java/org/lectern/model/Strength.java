package org.lectern.model;

/** How strongly an item of evidence bears on a claim. */
public enum Strength {
    WEAK("weak"),
    MODERATE("moderate"),
    STRONG("strong");

    private final String label;

    Strength(String label) {
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
