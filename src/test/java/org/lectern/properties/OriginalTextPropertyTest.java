package org.lectern.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.text.OriginalText;
import org.lectern.text.SameWords;
import org.lectern.text.TextNormalizer;
import org.lectern.text.TextRange;

/**
 * For any text, every position another tool counts on the original lands on the same character in the text
 * Lectern stores, and back: for text kept as it came and for text an older Lectern stored tidied.
 */
class OriginalTextPropertyTest {
    /** Pieces texts are made of: words, characters outside the BMP, combining marks, every kind of spacing. */
    private static final List<String> PIECES = List.of("Map", "our", "A", " ", "  ", "\t", "\u00A0", "\n", "\n\n\n",
            "\r\n", "\r\n\r\n\r\n\r\n", "\r", "😀", "𝔸", "🇪🇸", "e\u0301", "\u0301", "\u0000", "\u000B", "\f",
            "\uFEFF");

    /** A text of up to 40 pieces; shrinking drops pieces and moves towards the first ones. */
    private static String text(Draw draw) {
        String original = String.join("", draw.list(0, 40, 95, d -> d.oneOf(PIECES)));
        draw.note("text " + codes(original));
        return original;
    }

    @Test
    void everyPositionOfTheOriginalMapsToTheSameCharacterAndBack() {
        PropertyCheck.forAll(500, draw -> checkMapping(OriginalText.of(text(draw))));
    }

    @Test
    void everyPositionOfTheOriginalMapsToTheSameCharacterOfATidiedTextAndBack() {
        PropertyCheck.forAll(500, draw -> {
            String original = text(draw);
            checkMapping(OriginalText.of(original, TextNormalizer.tidy(original)).orElseThrow());
        });
    }

    @Test
    void theStoredTextIsTheOriginalLineEndingsAside() {
        PropertyCheck.forAll(200, draw -> storedTextIsOriginal(text(draw)));
    }

    private static void storedTextIsOriginal(String original) {
        String stored = OriginalText.of(original).text();
        String expected = (original.startsWith("\uFEFF") ? original.substring(1) : original)
                .replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\x00-\\x08\\x0B-\\x1F]", "");
        assertEquals(expected, stored);
    }

    /** Passages that start and end on a word land on the same chars after a trip to the other copy and back. */
    @Test
    void aPassageMappedBetweenTheKeptAndTheTidiedCopyComesBackUnchanged() {
        PropertyCheck.forAll(300, draw -> passageComesBack(text(draw), draw.below(Integer.MAX_VALUE)));
    }

    private static void passageComesBack(String original, int seed) {
        String kept = TextNormalizer.normalize(original);
        String tidied = TextNormalizer.tidy(original);
        SameWords there = SameWords.of(kept, tidied).orElseThrow(() -> new AssertionError(codes(original)));
        SameWords back = SameWords.of(tidied, kept).orElseThrow(() -> new AssertionError(codes(original)));
        java.util.Random random = new java.util.Random(seed);
        for (int tries = 0; tries < 20 && !kept.isBlank(); tries++) {
            int start = random.nextInt(kept.length());
            int end = start + 1 + random.nextInt(kept.length() - start);
            if (!startsAndEndsOnAWord(kept, start, end)) {
                continue;
            }
            String where = codes(original) + " " + start + ".." + end;
            TextRange inTidied = there.map(start, end).orElseThrow(() -> new AssertionError(where));
            assertEquals(new TextRange(start, end),
                    back.map(inTidied.start(), inTidied.end()).orElseThrow(() -> new AssertionError(where)), where);
        }
    }

    /** The text's chars as hex, for a message that shows the invisible ones. */
    private static String codes(String text) {
        return text.chars().mapToObj(c -> String.format("%04x", c)).toList().toString();
    }

    private static boolean startsAndEndsOnAWord(String text, int start, int end) {
        return !removable(text, start) && !removable(text, end - 1)
                && !Character.isLowSurrogate(text.charAt(start)) && !Character.isHighSurrogate(text.charAt(end - 1));
    }

    private static void checkMapping(OriginalText text) {
        String original = text.original();
        String stored = text.text();
        int codePoint = 0;
        for (int o = 0; o <= original.length(); o = next(original, o)) {
            int s = text.storedOffset(o);
            assertEquals(s, text.storedOffsetOfCodePoint(codePoint), "code point " + codePoint);
            if (o < original.length()) {
                int kept = text.originalOffset(s);
                if (kept == o) {
                    int expected = original.charAt(o) == '\r' ? '\n' : original.codePointAt(o);
                    assertEquals(expected, stored.codePointAt(s), "the character at " + o);
                    assertEquals(codePoint, text.originalCodePointOf(s));
                } else {
                    // Removed: it was spacing or a control char, and so is all up to the next char kept.
                    assertTrue(kept > o, "a removed char maps before the next char kept");
                    for (int r = o; r < kept; r++) {
                        assertTrue(removable(original, r), "only spacing is removed, not " + (int) original.charAt(r));
                    }
                }
            }
            codePoint++;
        }
        for (int s = 0; s <= stored.length(); s++) {
            assertEquals(s, text.storedOffset(text.originalOffset(s)), "stored offset " + s);
        }
    }

    private static int next(String text, int offset) {
        return offset < text.length() ? offset + Character.charCount(text.codePointAt(offset)) : offset + 1;
    }

    private static boolean removable(String text, int at) {
        char c = text.charAt(at);
        return c == '\uFEFF' || c < 0x20 || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
