package org.lectern.model;

/** How strongly an item of evidence bears on a claim. */
public enum Strength implements Labelled {
    WEAK, MODERATE, STRONG;

    @Override
    public String toString() {
        return label();
    }
}
