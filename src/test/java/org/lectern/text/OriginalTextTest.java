package org.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginalTextTest {
    /** As a Windows tool saves it: a byte order mark, CRLF, a run of blank lines, trailing spaces, a tab. */
    private static final String WINDOWS = "\uFEFFField notes  \r\n\r\nMap\r\n\r\n\r\n\r\n\r\nOur\tplan 😀 e\u0301te\u0301\r\n";

    private static String between(OriginalText text, int fromCodePoint, int toCodePoint) {
        return text.text().substring(text.storedOffsetOfCodePoint(fromCodePoint),
                text.storedOffsetOfCodePoint(toCodePoint));
    }

    /** Code point position of {@code quote} in the original, counting from after a byte order mark. */
    private static int codePointOf(String original, String quote) {
        String text = original.startsWith("\uFEFF") ? original.substring(1) : original;
        int at = text.indexOf(quote);
        assertTrue(at >= 0, quote);
        return text.codePointCount(0, at) + (original.length() - text.length());
    }

    @Test
    void theStoredTextIsTheOriginalWithItsLineEndingsNormalised() {
        OriginalText text = OriginalText.of(WINDOWS);
        assertEquals("Field notes  \n\nMap\n\n\n\n\nOur\tplan 😀 e\u0301te\u0301\n", text.text());
        assertEquals(WINDOWS, text.original());
    }

    @Test
    void aPositionCountedOnTheCrlfOriginalLandsOnTheSameCharacters() {
        OriginalText text = OriginalText.of(WINDOWS);
        // After the BOM: "Field notes  \r\n\r\n" is 17 code points, "Map" starts at 17 and
        // "Map\r\n\r\n\r\n\r\n\r\nOur" ends 3 + 10 + 3 = 16 code points later.
        assertEquals("Map\n\n\n\n\nOur", between(text, 1 + 17, 1 + 17 + 16));
        int plan = codePointOf(WINDOWS, "plan");
        // "plan 😀 e\u0301te\u0301" is 4 + 1 + 1 + 1 + 5 code points: the emoji is one, each accent one more.
        assertEquals("plan 😀 e\u0301te\u0301", between(text, plan, plan + 12));
    }

    @Test
    void aPositionBetweenTheTwoHalvesOfACrlfFallsAfterTheLineBreak() {
        OriginalText text = OriginalText.of("a\r\nb");
        assertEquals(0, text.storedOffset(0));
        assertEquals(1, text.storedOffset(1));
        assertEquals(2, text.storedOffset(2));
        assertEquals(2, text.storedOffset(3));
        assertEquals(3, text.storedOffset(4));
        assertEquals(3, text.originalOffset(2));
        assertEquals(4, text.originalOffset(3));
    }

    @Test
    void aDocumentStoredTidiedByAnOlderLecternStillTakesPositionsOnTheOriginal() {
        String original = WINDOWS.substring(1);
        OriginalText text = OriginalText.of(original, TextNormalizer.tidy(original)).orElseThrow();
        assertEquals("Field notes\n\nMap\n\nOur\tplan 😀 e\u0301te\u0301", text.text());
        int map = codePointOf(original, "Map");
        assertEquals("Map\n\nOur", between(text, map, map + 16));
        assertEquals("Field notes", between(text, 0, 13));
    }

    @Test
    void aTextThatIsNotTheOriginalNormalisedOrTidiedCannotBeMapped() {
        assertTrue(OriginalText.of("Map\n\nOur", "Map and Our").isEmpty());
        assertTrue(OriginalText.of("Map\n\nOur", "Map\nOur").isEmpty());
    }
}
