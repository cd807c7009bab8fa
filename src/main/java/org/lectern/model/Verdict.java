package org.lectern.model;

/** What a reviewer decided about a colleague's annotation. */
public enum Verdict implements Labelled {
    ACCEPTED, REJECTED, AMENDED;

    @Override
    public String toString() {
        return label();
    }
}
