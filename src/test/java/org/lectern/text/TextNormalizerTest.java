package org.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void windowsAndOldMacLineEndingsBecomeNewlines() {
        assertEquals("one\ntwo\nthree\nfour", TextNormalizer.normalize("one\r\ntwo\rthree\nfour"));
    }

    @Test
    void aLeadingByteOrderMarkIsRemoved() {
        assertEquals("Headline", TextNormalizer.normalize("\uFEFFHeadline"));
    }

    @Test
    void nulAndOtherControlCharactersAreRemovedButTabsAndNewlinesStay() {
        assertEquals("ab\tc\nd", TextNormalizer.normalize("a\u0000b\tc\u0007\n\u001Bd\u000B"));
    }

    @Test
    void trailingWhitespaceOnEachLineIsRemovedButIndentationStays() {
        assertEquals("first\n  second\nthird", TextNormalizer.normalize("first  \t\n  second \u00A0\nthird   "));
    }

    @Test
    void threeOrMoreBlankLinesCollapseToOne() {
        assertEquals("a\n\nb", TextNormalizer.normalize("a\n\n\n\nb"));
        assertEquals("a\n\nb", TextNormalizer.normalize("a\n  \n\t\n\r\n\nb"));
    }

    @Test
    void oneOrTwoBlankLinesAreKeptAsWritten() {
        assertEquals("a\n\nb\n\n\nc", TextNormalizer.normalize("a\n\nb\n\n\nc"));
    }

    @Test
    void leadingAndTrailingBlankLinesAreTrimmed() {
        assertEquals("  body\n\nend", TextNormalizer.normalize("\n \n\r\n  body\n\nend\n\n  \n"));
    }

    @Test
    void emojiAndOtherCharactersOutsideTheBmpAreKept() {
        String text = "Flags 🇺🇦 and faces 😀👍🏽 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢";
        assertEquals(text, TextNormalizer.normalize(text + "  \r\n"));
    }

    @Test
    void normalisingTwiceChangesNothingMore() {
        String once = TextNormalizer.normalize("\uFEFF\r\n\r\nTitle \r\n\r\n\r\n\r\nBody\u0000 text\t\r\n");
        assertEquals(once, TextNormalizer.normalize(once));
        assertEquals("Title\n\nBody text", once);
    }

    @Test
    void emptyAndBlankInputBecomeEmptyText() {
        assertEquals("", TextNormalizer.normalize(""));
        assertEquals("", TextNormalizer.normalize(null));
        assertEquals("", TextNormalizer.normalize(" \r\n\t\n"));
    }
}
