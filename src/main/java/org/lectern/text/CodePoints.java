package org.lectern.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Converts between UTF-16 char offsets (what Java, the editor and stored passages use) and
 * Unicode code point offsets (what the W3C Web Annotation model and most other tools count) in
 * one text.
 *
 * <p>The text is scanned once for surrogate pairs; each conversion is then a binary search over
 * them, so exporting thousands of passages of a 1 MB text stays cheap. A text without characters
 * outside the Basic Multilingual Plane needs no index at all: both offsets are the same.
 */
public final class CodePoints {
    /** Char offset of the high surrogate of each surrogate pair, ascending. */
    private final int[] pairStarts;
    /** Code point offset of each surrogate pair: {@code pairStarts[i] - i}, ascending. */
    private final int[] pairCodePoints;
    private final int charLength;

    private CodePoints(String text) {
        Objects.requireNonNull(text, "text");
        charLength = text.length();
        int[] starts = new int[16];
        int count = 0;
        for (int i = 0; i + 1 < charLength; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
                i++;
            }
        }
        pairStarts = Arrays.copyOf(starts, count);
        pairCodePoints = new int[count];
        for (int i = 0; i < count; i++) {
            pairCodePoints[i] = pairStarts[i] - i;
        }
    }

    /** Indexes {@code text} for conversions; keep the result for as long as the text is unchanged. */
    public static CodePoints of(String text) {
        return new CodePoints(text);
    }

    public int charLength() {
        return charLength;
    }

    public int codePointLength() {
        return charLength - pairStarts.length;
    }

    /**
     * The code point offset of a char offset. An offset between the two halves of a surrogate pair
     * is treated as the start of that character, so a range never ends up cutting an emoji in two.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= charOffset <= charLength()}
     */
    public int toCodePointOffset(int charOffset) {
        Objects.checkIndex(charOffset, charLength + 1);
        // Pairs whose high surrogate lies before the offset each count one char too many.
        int pairsBefore = insertionPoint(pairStarts, charOffset);
        if (pairsBefore > 0 && pairStarts[pairsBefore - 1] == charOffset - 1) {
            return pairCodePoints[pairsBefore - 1];
        }
        return charOffset - pairsBefore;
    }

    /**
     * The char offset of a code point offset.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= codePointOffset <= codePointLength()}
     */
    public int toCharOffset(int codePointOffset) {
        Objects.checkIndex(codePointOffset, codePointLength() + 1);
        return codePointOffset + insertionPoint(pairCodePoints, codePointOffset);
    }

    /** How many values in the ascending array are smaller than {@code key}. */
    private static int insertionPoint(int[] ascending, int key) {
        int found = Arrays.binarySearch(ascending, key);
        return found >= 0 ? found : -found - 1;
    }
}
