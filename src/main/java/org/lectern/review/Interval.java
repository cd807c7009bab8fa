package org.lectern.review;

/**
 * A stretch {@code [start, end)} of one document's text, in UTF-16 chars like every Lectern passage,
 * belonging to the item at {@code owner} in some list the caller keeps.
 */
record Interval(int start, int end, int owner) {
    Interval {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("An interval runs forwards from 0: " + start + ".." + end);
        }
    }

    int length() {
        return end - start;
    }
}
