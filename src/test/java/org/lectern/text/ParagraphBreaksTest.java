package org.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.properties.PropertyCheck;

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

    @Test
    void every_view_of_an_article_judges_it_by_the_same_start() {
        // The window, its first frame and a report set a long text's paragraphs apart alike.
        String blankLined = "A paragraph of wire copy.\n\n".repeat(ParagraphBreaks.JUDGED_AS_SHOWN / 27 + 1);
        String singleLined = "A line.\n".repeat(ParagraphBreaks.JUDGED_AS_SHOWN);
        assertTrue(ParagraphBreaks.asShown(blankLined + singleLined));
        assertFalse(ParagraphBreaks.separatedByBlankLines(blankLined + singleLined), "judged whole, it is not");
    }

    @Test
    void any_text_is_judged_as_reading_it_character_by_character_would() {
        List<String> pieces = List.of("Word", "x", " ", "\t", "\n", "\n", "\r\n", "\u00a0", "\u2003", "  \n");
        PropertyCheck.forAll(500, draw -> {
            String text = String.join("", draw.list(0, 60, 92, d -> d.oneOf(pieces)));
            int judged = draw.below(text.length() + 2);
            draw.note("text " + text.replace("\n", "\\n").replace("\r", "\\r") + ", judged " + judged);
            assertEquals(characterByCharacter(text, judged), ParagraphBreaks.separatedByBlankLines(text, judged));
            assertEquals(characterByCharacter(text, text.length()), ParagraphBreaks.separatedByBlankLines(text));
        });
    }

    /** The rule read plainly, one character at a time: the reference the quicker reading is held to. */
    private static boolean characterByCharacter(String text, int judged) {
        int breaks = 0;
        int blankBreaks = 0;
        boolean lineHasText = false;
        boolean blankSinceText = false;
        boolean seenText = false;
        for (int i = 0; i < Math.min(text.length(), judged); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                blankSinceText |= !lineHasText && seenText;
                lineHasText = false;
            } else if (!Character.isWhitespace(c)) {
                if (!lineHasText && seenText) {
                    breaks++;
                    blankBreaks += blankSinceText ? 1 : 0;
                }
                lineHasText = true;
                seenText = true;
                blankSinceText = false;
            }
        }
        return breaks > 0 && blankBreaks * 2 >= breaks;
    }
}
