package org.lectern.model;

import java.util.Objects;

/** An Admiralty grade such as B2: the source's reliability and the information's credibility. */
public record Grade(SourceReliability reliability, InformationCredibility credibility) {
    /** What a new item of evidence carries until the analyst grades it: "cannot be judged" on both axes. */
    public static final Grade UNGRADED = new Grade(SourceReliability.F, InformationCredibility.CANNOT_BE_JUDGED);

    public Grade {
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(credibility, "credibility");
    }

    /** Reads a grade written the usual way, e.g. {@code B2}. */
    public static Grade parse(String code) {
        if (code == null || code.length() != 2) {
            throw new IllegalArgumentException("An Admiralty grade is a letter A–F and a digit 1–6, such as B2");
        }
        SourceReliability reliability = SourceReliability.valueOf(code.substring(0, 1).toUpperCase());
        return new Grade(reliability, InformationCredibility.ofCode(code.charAt(1) - '0'));
    }

    public String code() {
        return reliability.code() + credibility.code();
    }

    @Override
    public String toString() {
        return code();
    }
}
