package org.lectern.text;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A text as it came from another tool, beside the text Lectern stores for it, with where each stored char was
 * in the original, so that a position another tool counted on the original lands on the same character.
 *
 * <p>Normalising only ever removes chars of the original or turns a CR into {@code \n} (see
 * {@link TextNormalizer}); a CRLF becomes one {@code \n}, which stands where the CR stood. Every char of the
 * stored text therefore has one place in the original, and every position in the original one place in the
 * stored text: a position before a char that was kept maps to the position before that same char; a position
 * inside something removed (before the LF of a CRLF, inside spaces that were tidied away) maps to where the
 * removed stretch stood, that is before the next char that was kept.
 *
 * <p>Positions from other tools count Unicode code points of the original ({@link #storedOffsetOfCodePoint});
 * stored offsets are UTF-16 chars, as everywhere in Lectern.
 */
public final class OriginalText {
    private final String original;
    private final String stored;
    /** The original char offset of each stored char, ascending; one more entry for the end of the text. */
    private final int[] originalOffsets;
    private CodePoints originalCodePoints;

    private OriginalText(String original, String stored, int[] originalOffsets) {
        this.original = original;
        this.stored = stored;
        this.originalOffsets = originalOffsets;
    }

    /** The original kept as Lectern keeps text that came as text: {@link TextNormalizer#normalize}. */
    public static OriginalText of(String original) {
        Objects.requireNonNull(original, "original");
        return aligned(original, TextNormalizer.normalize(original)).orElseThrow(
                () -> new IllegalStateException("Normalising only removes chars or turns CR into LF"));
    }

    /**
     * The original beside a text stored for it by either rule of {@link TextNormalizer} (a document stored by
     * an older Lectern is tidied), or unchanged, or empty if {@code stored} is none of these, and so cannot be
     * mapped char by char.
     */
    public static Optional<OriginalText> of(String original, String stored) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(stored, "stored");
        if (!stored.equals(original) && !stored.equals(TextNormalizer.normalize(original))
                && !stored.equals(TextNormalizer.tidy(original))) {
            return Optional.empty();
        }
        return aligned(original, stored);
    }

    /**
     * Pairs each stored char with the first original char that can have become it. Only spacing, line breaks,
     * control chars and a leading byte order mark are ever removed, so the words align exactly, and a stretch of
     * spacing in the stored text is matched inside the stretch of spacing it came from.
     */
    private static Optional<OriginalText> aligned(String original, String stored) {
        int[] offsets = new int[stored.length() + 1];
        int j = 0;
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            // A CRLF became one \n, or went as a whole.
            int width = c == '\r' && i + 1 < original.length() && original.charAt(i + 1) == '\n' ? 2 : 1;
            if (j < stored.length() && c == stored.charAt(j)) {
                offsets[j++] = i;
                i++;
                continue;
            }
            if (j < stored.length() && c == '\r' && stored.charAt(j) == '\n') {
                offsets[j++] = i;
            }
            i += width;
        }
        if (j < stored.length()) {
            return Optional.empty();
        }
        offsets[stored.length()] = original.length();
        return Optional.of(new OriginalText(original, stored, offsets));
    }

    public String original() {
        return original;
    }

    /** The text Lectern stores. */
    public String text() {
        return stored;
    }

    /** The stored char offset of an original char offset, {@code 0..original().length()}. */
    public int storedOffset(int originalOffset) {
        Objects.checkIndex(originalOffset, original.length() + 1);
        // The stored chars that came from before the offset.
        int found = Arrays.binarySearch(originalOffsets, 0, stored.length(), originalOffset);
        return found >= 0 ? found : -found - 1;
    }

    /** The original char offset of a stored char offset, {@code 0..text().length()}. */
    public int originalOffset(int storedOffset) {
        Objects.checkIndex(storedOffset, stored.length() + 1);
        return originalOffsets[storedOffset];
    }

    /** How many code points the original has: the positions another tool may give run from 0 to this. */
    public int originalCodePointLength() {
        return originalCodePoints().codePointLength();
    }

    /**
     * The stored char offset of a position another tool counted in code points of the original.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= codePoint <= originalCodePointLength()}
     */
    public int storedOffsetOfCodePoint(int codePoint) {
        return storedOffset(originalCodePoints().toCharOffset(codePoint));
    }

    /** The code point position in the original of a stored char offset, as another tool would count it. */
    public int originalCodePointOf(int storedOffset) {
        return originalCodePoints().toCodePointOffset(originalOffset(storedOffset));
    }

    private CodePoints originalCodePoints() {
        if (originalCodePoints == null) {
            originalCodePoints = CodePoints.of(original);
        }
        return originalCodePoints;
    }
}
