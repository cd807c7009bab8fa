package org.lectern.model;

/** The Admiralty (NATO) grade of an item of information's credibility, 1 to 6, judged apart from its source. */
public enum InformationCredibility {
    CONFIRMED(1, "confirmed by other sources"),
    PROBABLY_TRUE(2, "probably true"),
    POSSIBLY_TRUE(3, "possibly true"),
    DOUBTFUL(4, "doubtful"),
    IMPROBABLE(5, "improbable"),
    CANNOT_BE_JUDGED(6, "truth cannot be judged");

    private final int code;
    private final String meaning;

    InformationCredibility(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public static InformationCredibility ofCode(int code) {
        for (InformationCredibility value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException("Information credibility is graded 1 to 6, not " + code);
    }

    @Override
    public String toString() {
        return code + " — " + meaning;
    }
}
