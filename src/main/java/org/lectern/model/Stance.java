package org.lectern.model;

/** How an item of evidence bears on a claim. */
public enum Stance {
    SUPPORTS("supports"),
    REFUTES("refutes");

    private final String label;

    Stance(String label) {
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
