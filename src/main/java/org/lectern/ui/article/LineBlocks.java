package org.lectern.ui.article;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.TextOps;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * The article's text as RichTextFX paragraphs. RichTextFX keeps about half a kilobyte of objects per paragraph, so
 * a text of millions of short lines (a log, a word list, a transcript line by line) would need gigabytes if every
 * line were a paragraph of its own. Such a text is shown in blocks of a few lines instead: each block is one
 * RichTextFX paragraph whose line breaks stay in its text, and a line break between blocks is RichTextFX's own
 * paragraph break. Either way each line break is one character, so every offset in the view is the same offset in
 * the document, and highlights, selection and Find need no translation.
 *
 * <p>An ordinary article keeps a paragraph per line, and with it the gap that sets its paragraphs apart.
 */
final class LineBlocks {
    /** Below this many lines a text is shown a paragraph per line, as always (about 10 MB of paragraphs at most). */
    static final int GROUPED_ABOVE_LINES = 20_000;
    /** A block ends at the first line break after this many lines or characters: a block fits in the view. */
    static final int LINES_PER_BLOCK = 16;
    static final int CHARS_PER_BLOCK = 1_000;
    /** The style class the text area carries while it shows blocks: their lines are spaced evenly. */
    static final String STYLE_CLASS = "line-blocks";

    private LineBlocks() {
    }

    /** Whether {@code text} has so many lines that it is shown in blocks. */
    static boolean worthGrouping(String text) {
        int lines = 0;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (++lines > GROUPED_ABOVE_LINES) {
                return true;
            }
        }
        return false;
    }

    /** The text as blocks of lines, unstyled; the text of the result is {@code text}, character for character. */
    static StyledDocument<Collection<String>, String, Collection<String>> of(
            String text, TextOps<String, Collection<String>> ops) {
        Collection<String> none = Collections.emptyList();
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> breakBetween =
                ReadOnlyStyledDocument.fromString("\n", none, none, ops);
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document = null;
        int start = 0;
        while (true) {
            int end = blockEnd(text, start);
            var block = ReadOnlyStyledDocument.fromSegment(text.substring(start, end), none, none, new BlockOps(ops));
            document = document == null ? block : document.concat(breakBetween).concat(block);
            if (end == text.length()) {
                return document;
            }
            start = end + 1; // past the line break that ends the block
        }
    }

    /** Where the block starting at {@code start} ends: at a line break (not included), or at the end of the text. */
    static int blockEnd(String text, int start) {
        int end = start;
        for (int line = 0; line < LINES_PER_BLOCK; line++) {
            int lineBreak = text.indexOf('\n', end);
            if (lineBreak < 0) {
                // The last line: in this block if it fits, and never when it is empty (the text ends with a line
                // break, and RichTextFX's last paragraph is then an empty one).
                boolean fits = end < text.length() && text.length() - start <= CHARS_PER_BLOCK;
                return line == 0 || fits ? text.length() : end - 1;
            }
            if (line > 0 && lineBreak - start > CHARS_PER_BLOCK) {
                return end - 1;
            }
            end = lineBreak + 1;
        }
        return end - 1;
    }

    /**
     * RichTextFX's operations on text, for a segment that is a block of lines. Given operations on text, RichTextFX
     * would split the segment at its line breaks into a paragraph per line; given these, which are not declared to
     * be on text, it keeps the block whole as one paragraph.
     */
    private record BlockOps(SegmentOps<String, Collection<String>> text) implements SegmentOps<String, Collection<String>> {
        @Override
        public int length(String segment) {
            return text.length(segment);
        }

        @Override
        public char charAt(String segment, int index) {
            return text.charAt(segment, index);
        }

        @Override
        public String getText(String segment) {
            return text.getText(segment);
        }

        @Override
        public String subSequence(String segment, int start, int end) {
            return text.subSequence(segment, start, end);
        }

        @Override
        public String subSequence(String segment, int start) {
            return text.subSequence(segment, start);
        }

        @Override
        public Optional<String> joinSeg(String first, String second) {
            return text.joinSeg(first, second);
        }

        @Override
        public Optional<Collection<String>> joinStyle(Collection<String> first, Collection<String> second) {
            return text.joinStyle(first, second);
        }

        @Override
        public String createEmptySeg() {
            return text.createEmptySeg();
        }
    }
}
