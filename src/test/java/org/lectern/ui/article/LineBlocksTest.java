package org.lectern.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.junit.jupiter.api.Test;

/** A text of very many lines is shown in blocks of lines, with every character where the document has it. */
class LineBlocksTest {
    private static final SegmentOps<String, Collection<String>> OPS = SegmentOps.styledTextOps();

    @Test
    void anOrdinaryArticleIsNotGrouped() {
        assertFalse(LineBlocks.worthGrouping("Headline\n\nFirst paragraph.\nSecond paragraph.\n".repeat(1000)));
    }

    @Test
    void aTextOfHundredsOfThousandsOfLinesIsGroupedIntoFarFewerParagraphsWithTheSameText() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            lines.append(i % 7 == 0 ? "" : "line " + i).append('\n');
        }
        String text = lines.toString();
        assertTrue(LineBlocks.worthGrouping(text));
        StyledDocument<Collection<String>, String, Collection<String>> blocks = LineBlocks.of(text, OPS);
        assertEquals(text, blocks.getText(), "every character, every line break, in place");
        assertEquals(text.length(), blocks.length());
        assertTrue(blocks.getParagraphs().size() <= 200_000 / LineBlocks.LINES_PER_BLOCK + 2,
                "paragraphs: " + blocks.getParagraphs().size());
    }

    @Test
    void aLongLineIsABlockOfItsOwnAndShortLinesAroundItStayInBlocks() {
        String longLine = "word ".repeat(1_500).trim();
        String text = "a\nb\n" + longLine + "\nc\nd";
        StyledDocument<Collection<String>, String, Collection<String>> blocks = LineBlocks.of(text, OPS);
        assertEquals(text, blocks.getText());
        assertEquals(java.util.List.of("a\nb", longLine, "c\nd"),
                blocks.getParagraphs().stream().map(p -> p.getText()).toList());
    }

    @Test
    void aTextEndingWithALineBreakEndsWithAnEmptyParagraphAsRichTextFxWouldMakeIt() {
        StyledDocument<Collection<String>, String, Collection<String>> blocks = LineBlocks.of("x\ny\n", OPS);
        assertEquals("x\ny\n", blocks.getText());
        assertEquals("", blocks.getParagraphs().get(blocks.getParagraphs().size() - 1).getText());
    }

    @Test
    void aLineOfAMegabyteIsBrokenIntoBlocksOnlyAtSpacesEachShownAsTheBreak() {
        String line = "ledger " .repeat(150_000).trim();
        String text = "Title\n\n" + line + "\nLast line";
        assertTrue(LineBlocks.worthGrouping(text), "a megabyte on one line");
        StyledDocument<Collection<String>, String, Collection<String>> blocks = LineBlocks.of(text, OPS);
        String shown = blocks.getText();
        assertEquals(text.length(), shown.length(), "one character for one");
        for (int i = 0; i < text.length(); i++) {
            if (shown.charAt(i) != text.charAt(i)) {
                assertEquals(' ', text.charAt(i), "only a space is shown otherwise, at " + i);
                assertEquals('\n', shown.charAt(i), "as a break, at " + i);
            }
        }
        int longest = blocks.getParagraphs().stream().mapToInt(p -> p.length()).max().orElseThrow();
        assertTrue(longest <= LineBlocks.LONGEST_WHOLE_LINE, "longest paragraph " + longest);
    }

    @Test
    void aLongLineWithoutASpaceStaysWhole() {
        String blob = "x".repeat(30_000);
        StyledDocument<Collection<String>, String, Collection<String>> blocks = LineBlocks.of("a\n" + blob, OPS);
        assertEquals("a\n" + blob, blocks.getText());
        assertEquals(java.util.List.of("a", blob), blocks.getParagraphs().stream().map(p -> p.getText()).toList());
    }
}
