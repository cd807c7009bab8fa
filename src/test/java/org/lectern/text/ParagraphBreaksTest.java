package org.lectern.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParagraphBreaksTest {
    @Test
    void wire_copy_with_a_blank_line_between_paragraphs_is_separated_by_blank_lines() {
        assertTrue(ParagraphBreaks.separatedByBlankLines(
                "HARBOUR CITY (Wire) - Port workers walked out.\n\nThe union said talks failed.\n\nMore follows."));
    }

    @Test
    void a_line_of_spaces_between_paragraphs_counts_as_blank() {
        assertTrue(ParagraphBreaks.separatedByBlankLines("First paragraph.\n   \t\nSecond paragraph.\r\n\r\nThird."));
    }

    @Test
    void paragraphs_on_single_lines_are_not() {
        assertFalse(ParagraphBreaks.separatedByBlankLines("First paragraph.\nSecond paragraph.\nThird paragraph."));
    }

    @Test
    void a_single_blank_line_among_many_single_breaks_does_not_decide() {
        assertFalse(ParagraphBreaks.separatedByBlankLines("Title\n\nOne.\nTwo.\nThree.\nFour."));
    }

    @Test
    void a_text_of_one_paragraph_or_none_is_not() {
        assertFalse(ParagraphBreaks.separatedByBlankLines("Only one paragraph, however long."));
        assertFalse(ParagraphBreaks.separatedByBlankLines(""));
        assertFalse(ParagraphBreaks.separatedByBlankLines("\n\n\n"));
        assertFalse(ParagraphBreaks.separatedByBlankLines("Trailing blank lines only.\n\n\n"));
    }

    @Test
    void a_long_text_is_judged_by_its_start() {
        String blankLined = "A paragraph of wire copy.\n\n".repeat(10);
        String singleLined = "A line.\n".repeat(100);
        assertTrue(ParagraphBreaks.separatedByBlankLines(blankLined + singleLined, blankLined.length()));
        assertFalse(ParagraphBreaks.separatedByBlankLines(blankLined + singleLined), "judged whole, it is not");
        assertFalse(ParagraphBreaks.separatedByBlankLines(singleLined + blankLined, singleLined.length()));
    }
}
