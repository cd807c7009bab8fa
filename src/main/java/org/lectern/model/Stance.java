package org.lectern.model;

/** How an item of evidence bears on a claim. */
public enum Stance implements Labelled {
    SUPPORTS, REFUTES;

    @Override
    public String toString() {
        return label();
    }
}
