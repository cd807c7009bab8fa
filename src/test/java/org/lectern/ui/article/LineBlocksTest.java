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

    @Test
    void sliceBySliceTheBlocksAreTheSameAsAllAtOnceFromTheFirstCharacterToTheLast() {
        String longLine = "ledger ".repeat(4_000).trim();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 25_000; i++) {
            lines.append(i % 5 == 0 ? "" : "line " + i).append('\n');
            if (i == 12_345) {
                lines.append(longLine).append('\n');
            }
        }
        for (String text : java.util.List.of(lines.toString(), lines.toString().trim(), "x\ny\n")) {
            StyledDocument<Collection<String>, String, Collection<String>> whole = LineBlocks.of(text, OPS);
            StyledDocument<Collection<String>, String, Collection<String>> sliced = null;
            int from = 0;
            int slices = 0;
            while (sliced == null || from < text.length()) {
                int start = sliced == null ? 0 : from + 1; // past the break that ends the slice before
                int end = LineBlocks.sliceEnd(text, start, 3_000);
                var slice = LineBlocks.of(text, start, end, OPS);
                assertEquals(end - from, slice.length(), "a slice adds the characters from the last one's end to its own");
                sliced = sliced == null ? slice : sliced.concat(slice);
                from = end;
                slices++;
            }
            assertEquals(whole.getText(), sliced.getText(), "the same characters");
            assertEquals(whole.getParagraphs().stream().map(p -> p.getText()).toList(),
                    sliced.getParagraphs().stream().map(p -> p.getText()).toList(), "the same blocks");
            assertTrue(text.length() < 3_000 || slices > 1, "slices: " + slices);
        }
    }
}
