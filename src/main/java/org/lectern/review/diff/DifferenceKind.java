package org.lectern.review.diff;

/** How two analysts' annotations of a passage differ. */
public enum DifferenceKind {
    ONLY_FIRST("only in %s"),
    ONLY_SECOND("only in %s"),
    OTHER_TAG("other tag"),
    OTHER_BOUNDARIES("other boundaries");

    private final String pattern;

    DifferenceKind(String pattern) {
        this.pattern = pattern;
    }

    /** Said for a reader, naming the analyst where it matters: "only in Ben". */
    public String describe(String first, String second) {
        return switch (this) {
            case ONLY_FIRST -> String.format(pattern, first);
            case ONLY_SECOND -> String.format(pattern, second);
            default -> pattern;
        };
    }
}
