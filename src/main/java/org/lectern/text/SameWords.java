package org.lectern.text;

import java.util.Objects;
import java.util.Optional;

/**
 * Two copies of one article that differ only in spacing {@link TextNormalizer#tidy} removes: typically the copy
 * Lectern keeps as it came and the one an older Lectern stored tidied, or the same file saved by two editors.
 * Maps a passage of one copy onto the same words of the other, through the tidied text both share.
 *
 * <p>A passage starts at the first char of it the tidied text keeps and ends after the last, so spacing at the
 * edges of a passage that only one copy has is left out.
 */
public final class SameWords {
    private final OriginalText from;
    private final OriginalText to;

    private SameWords(OriginalText from, OriginalText to) {
        this.from = from;
        this.to = to;
    }

    /** The correspondence from {@code from} to {@code to}, or empty if their words (or order) differ. */
    public static Optional<SameWords> of(String from, String to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        String tidiedFrom = TextNormalizer.tidy(from);
        String tidiedTo = TextNormalizer.tidy(to);
        // The tidied text both share; one copy may be it already (tidying it again could strip a byte order mark
        // that tidying brought to its start).
        String tidied;
        if (tidiedFrom.equals(to)) {
            tidied = to;
        } else if (tidiedTo.equals(from)) {
            tidied = from;
        } else if (tidiedFrom.equals(tidiedTo)) {
            tidied = tidiedFrom;
        } else {
            return Optional.empty();
        }
        return OriginalText.of(from, tidied)
                .flatMap(f -> OriginalText.of(to, tidied).map(t -> new SameWords(f, t)));
    }

    /**
     * Where {@code start..end} (chars of the first copy) stands in the second, or empty if the passage holds
     * nothing but spacing the second copy does not have.
     */
    public Optional<TextRange> map(int start, int end) {
        int tidiedStart = from.storedOffset(start);
        int tidiedEnd = from.storedOffset(end);
        if (tidiedEnd <= tidiedStart) {
            return Optional.empty();
        }
        return Optional.of(new TextRange(to.originalOffset(tidiedStart), to.originalOffset(tidiedEnd - 1) + 1));
    }
}
