package org.lectern.text;

/** A stretch {@code start..end} (end exclusive) of a text, in UTF-16 chars. */
public record TextRange(int start, int end) implements Comparable<TextRange> {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A range runs forwards from 0: " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    /** Earlier ranges first; of two starting together, the longer first. */
    @Override
    public int compareTo(TextRange other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(other.end, end);
    }
}
