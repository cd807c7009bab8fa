package org.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodePointsTest {
    // "a", grinning face (2 chars), "b", thumbs up (2 chars) with a skin tone (2 more chars), "c".
    private static final String EMOJI_TEXT = "a😀b👍🏽c";

    @Test
    void withoutEmojiBothOffsetsAreTheSame() {
        CodePoints points = CodePoints.of("plain ascii and é ü");
        for (int i = 0; i <= points.charLength(); i++) {
            assertEquals(i, points.toCodePointOffset(i));
            assertEquals(i, points.toCharOffset(i));
        }
    }

    @Test
    void charOffsetsAfterAnEmojiCountItAsOneCodePoint() {
        CodePoints points = CodePoints.of(EMOJI_TEXT);
        assertEquals(9, points.charLength());
        assertEquals(6, points.codePointLength());
        int[] charOffsets = {0, 1, 3, 4, 6, 8, 9};
        for (int codePoint = 0; codePoint < charOffsets.length; codePoint++) {
            assertEquals(codePoint, points.toCodePointOffset(charOffsets[codePoint]), "char " + charOffsets[codePoint]);
        }
    }

    @Test
    void codePointOffsetsConvertBackToCharOffsets() {
        CodePoints points = CodePoints.of(EMOJI_TEXT);
        int[] charOffsets = {0, 1, 3, 4, 6, 8, 9};
        for (int codePoint = 0; codePoint < charOffsets.length; codePoint++) {
            assertEquals(charOffsets[codePoint], points.toCharOffset(codePoint), "code point " + codePoint);
        }
    }

    @Test
    void anOffsetInsideAnEmojiCountsAsItsStart() {
        CodePoints points = CodePoints.of(EMOJI_TEXT);
        assertEquals(1, points.toCodePointOffset(2));
        assertEquals(3, points.toCodePointOffset(5));
        assertEquals(4, points.toCodePointOffset(7));
    }

    @Test
    void conversionsAgreeWithTheJdkOnEveryOffsetOfAMixedText() {
        String text = "Ünïcode 😀 text 🇺🇦 with 𝔘𝔫𝔦 and\nlines 👍🏽.".repeat(50);
        CodePoints points = CodePoints.of(text);
        for (int i = 0; i <= text.length(); i++) {
            if (Passages.splitsSurrogatePair(text, i)) {
                continue;
            }
            int codePoint = text.codePointCount(0, i);
            assertEquals(codePoint, points.toCodePointOffset(i));
            assertEquals(i, points.toCharOffset(codePoint));
        }
        assertEquals(text.codePointCount(0, text.length()), points.codePointLength());
    }

    @Test
    void aMegabyteTextIsIndexedOnceAndConvertedManyTimesQuickly() {
        String text = "Some words and an emoji 😀 here.\n".repeat(32_000);
        CodePoints points = CodePoints.of(text);
        long sum = 0;
        for (int i = 0; i <= text.length(); i += 7) {
            sum += points.toCharOffset(points.toCodePointOffset(i));
        }
        assertEquals(text.codePointCount(0, text.length()), points.codePointLength());
        assertEquals(true, sum > 0);
    }

    @Test
    void offsetsOutsideTheTextAreRefused() {
        CodePoints points = CodePoints.of(EMOJI_TEXT);
        assertThrows(IndexOutOfBoundsException.class, () -> points.toCodePointOffset(10));
        assertThrows(IndexOutOfBoundsException.class, () -> points.toCharOffset(7));
        assertThrows(IndexOutOfBoundsException.class, () -> points.toCharOffset(-1));
    }
}
