package org.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void windowsAndOldMacLineEndingsBecomeNewlines() {
        assertEquals("one\ntwo\nthree\nfour", TextNormalizer.normalize("one\r\ntwo\rthree\nfour"));
        assertEquals("one\ntwo\nthree\nfour", TextNormalizer.tidy("one\r\ntwo\rthree\nfour"));
    }

    @Test
    void aLeadingByteOrderMarkIsRemoved() {
        assertEquals("Headline", TextNormalizer.normalize("\uFEFFHeadline"));
        assertEquals("Headline", TextNormalizer.tidy("\uFEFFHeadline"));
    }

    @Test
    void nulAndOtherControlCharactersAreRemovedButTabsAndNewlinesStay() {
        assertEquals("ab\tc\nd", TextNormalizer.normalize("a\u0000b\tc\u0007\n\u001Bd\u000B"));
        assertEquals("ab\tc\nd", TextNormalizer.tidy("a\u0000b\tc\u0007\n\u001Bd\u000B"));
    }

    @Test
    void plainTextKeepsBlankLineRunsTrailingSpacesTabsAndEdgesExactly() {
        String text = "\n \n  Title  \n\n\n\n\nMap\n\n\n\n\nOur\tplan \u00A0\ne\u0301t\u00E9 😀 𝔸\n\n  \n";
        assertEquals(text, TextNormalizer.normalize(text));
        assertEquals(text, TextNormalizer.normalize("\uFEFF" + text.replace("\n", "\r\n")));
    }

    @Test
    void tidyingRemovesTrailingWhitespaceOnEachLineButIndentationStays() {
        assertEquals("first\n  second\nthird", TextNormalizer.tidy("first  \t\n  second \u00A0\nthird   "));
    }

    @Test
    void tidyingCollapsesThreeOrMoreBlankLinesToOne() {
        assertEquals("a\n\nb", TextNormalizer.tidy("a\n\n\n\nb"));
        assertEquals("a\n\nb", TextNormalizer.tidy("a\n  \n\t\n\r\n\nb"));
    }

    @Test
    void tidyingKeepsOneOrTwoBlankLinesAsWritten() {
        assertEquals("a\n\nb\n\n\nc", TextNormalizer.tidy("a\n\nb\n\n\nc"));
    }

    @Test
    void tidyingTrimsLeadingAndTrailingBlankLines() {
        assertEquals("  body\n\nend", TextNormalizer.tidy("\n \n\r\n  body\n\nend\n\n  \n"));
    }

    @Test
    void emojiAndOtherCharactersOutsideTheBmpAreKept() {
        String text = "Flags 🇺🇦 and faces 😀👍🏽 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢";
        assertEquals(text + "  \n", TextNormalizer.normalize(text + "  \r\n"));
        assertEquals(text, TextNormalizer.tidy(text + "  \r\n"));
    }

    @Test
    void normalisingOrTidyingTwiceChangesNothingMore() {
        String raw = "\uFEFF\r\n\r\nTitle \r\n\r\n\r\n\r\nBody\u0000 text\t\r\n";
        String normalised = TextNormalizer.normalize(raw);
        assertEquals("\n\nTitle \n\n\n\nBody text\t\n", normalised);
        assertEquals(normalised, TextNormalizer.normalize(normalised));
        String tidied = TextNormalizer.tidy(raw);
        assertEquals("Title\n\nBody text", tidied);
        assertEquals(tidied, TextNormalizer.tidy(tidied));
    }

    @Test
    void emptyInputBecomesEmptyTextAndBlankInputIsTidiedAway() {
        assertEquals("", TextNormalizer.normalize(""));
        assertEquals("", TextNormalizer.normalize(null));
        assertEquals("", TextNormalizer.tidy(null));
        assertEquals("", TextNormalizer.tidy(" \r\n\t\n"));
        assertEquals(" \n\t\n", TextNormalizer.normalize(" \r\n\t\n"));
    }
}
