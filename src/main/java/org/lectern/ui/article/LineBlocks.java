package org.lectern.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The article's text as RichTextFX paragraphs. RichTextFX keeps about half a kilobyte of objects per paragraph, so
 * a text of millions of short lines (a log, a word list, a transcript line by line) would need gigabytes if every
 * line were a paragraph of its own. Such a text is shown in blocks of a few lines instead: each block is one
 * RichTextFX paragraph whose line breaks stay in its text, and a line break between blocks is RichTextFX's own
 * paragraph break. Either way each line break is one character, so every offset in the view is the same offset in
 * the document, and highlights, selection and Find need no translation. A line too long for JavaFX to lay out
 * quickly is broken into blocks at spaces: there the space is shown as the break between two RichTextFX paragraphs,
 * again one character for one, so that only a space at the end of a wrapped line becomes its line end.
 *
 * <p>An ordinary article keeps a paragraph per line, and with it the gap that sets its paragraphs apart.
 */
final class LineBlocks {
    /** Below this many lines a text is shown a paragraph per line, as always (about 10 MB of paragraphs at most). */
    static final int GROUPED_ABOVE_LINES = 20_000;
    /** A block ends at the first line break after this many lines or characters: a block fits in the view. */
    static final int LINES_PER_BLOCK = 16;
    static final int CHARS_PER_BLOCK = 1_000;
    /**
     * A line longer than this is shown in blocks broken at spaces: JavaFX lays out a paragraph whole, every time, so
     * a line of a megabyte (a transcript or a page saved without line breaks) would take it many seconds.
     */
    static final int LONGEST_WHOLE_LINE = 10_000;
    /** The style class the text area carries while it shows blocks: their lines are spaced evenly. */
    static final String STYLE_CLASS = "line-blocks";

    private LineBlocks() {
    }

    /** Whether {@code text} has so many lines, or a line so long, that it is shown in blocks. */
    static boolean worthGrouping(String text) {
        int lines = 0;
        int lineStart = 0;
        for (int at = text.indexOf('\n'); ; at = text.indexOf('\n', at + 1)) {
            int lineEnd = at < 0 ? text.length() : at;
            if (lineEnd - lineStart > LONGEST_WHOLE_LINE || ++lines > GROUPED_ABOVE_LINES) {
                return true;
            }
            if (at < 0) {
                return false;
            }
            lineStart = at + 1;
        }
    }

    /** The text as blocks of lines, unstyled; the text of the result is {@code text}, character for character. */
    static StyledDocument<Collection<String>, String, Collection<String>> of(
            String text, SegmentOps<String, Collection<String>> ops) {
        return of(text, 0, text.length(), ops);
    }

    /**
     * The blocks of {@code from..to} of the text, unstyled, to be appended to the blocks before {@code from}:
     * {@code from} is 0 or just after the break that ends a block, {@code to} is the end of a block ({@link
     * #sliceEnd}). After the first, a slice starts with an empty paragraph, the break before its first block, so
     * that appending it adds exactly the characters {@code from - 1 .. to}.
     */
    static StyledDocument<Collection<String>, String, Collection<String>> of(
            String text, int from, int to, SegmentOps<String, Collection<String>> ops) {
        Collection<String> none = Collections.emptyList();
        List<Paragraph<Collection<String>, String, Collection<String>>> blocks = new ArrayList<>();
        if (from > 0) {
            blocks.add(new Paragraph<>(none, ops, "", none));
        }
        int start = from;
        while (true) {
            int end = blockEnd(text, start);
            // A paragraph made from a segment keeps it whole, line breaks and all.
            blocks.add(new Paragraph<>(none, ops, text.substring(start, end), none));
            if (end >= to) {
                return ReadOnlyStyledDocument.from(new Blocks(blocks));
            }
            start = end + 1; // past the line break that ends the block
        }
    }

    /** The end of the last block that starts at {@code from} or later within about {@code chars} characters. */
    static int sliceEnd(String text, int from, int chars) {
        int start = from;
        while (true) {
            int end = blockEnd(text, start);
            if (end >= text.length() || end - from >= chars) {
                return end;
            }
            start = end + 1;
        }
    }

    /**
     * Where the block starting at {@code start} ends: at the line break or space that RichTextFX shows as the break
     * between paragraphs (not part of either), or at the end of the text.
     */
    static int blockEnd(String text, int start) {
        int end = start;
        for (int line = 0; line < LINES_PER_BLOCK; line++) {
            int lineBreak = text.indexOf('\n', end);
            int lineEnd = lineBreak < 0 ? text.length() : lineBreak;
            if (lineEnd - start > CHARS_PER_BLOCK) {
                return line > 0 ? end - 1 : partOfLongLine(text, start, lineEnd);
            }
            if (lineBreak < 0) {
                // The last line, in this block; but when it is empty (the text ends with a line break), RichTextFX's
                // last paragraph is an empty one.
                return line > 0 && end == text.length() ? end - 1 : text.length();
            }
            end = lineBreak + 1;
        }
        return end - 1;
    }

    /**
     * A block of a line too long to be one: it ends at the first space after {@link #CHARS_PER_BLOCK} characters,
     * where the line would wrap anyway; the space is shown as the break. Without a space, the line stays whole.
     */
    private static int partOfLongLine(String text, int start, int lineEnd) {
        boolean lineGoesOn = start > 0 && text.charAt(start - 1) == ' '; // the block before broke this line
        if (lineEnd - start <= LONGEST_WHOLE_LINE && !lineGoesOn) {
            return lineEnd;
        }
        int space = text.indexOf(' ', start + CHARS_PER_BLOCK);
        return space >= 0 && space < lineEnd ? space : lineEnd;
    }

    /**
     * Paragraphs made by hand, handed to RichTextFX as a document: {@link ReadOnlyStyledDocument#from} takes them as
     * they are (the ways RichTextFX makes a document from text split it at every line break). Anything else asked of
     * it is answered by that document.
     */
    private record Blocks(List<Paragraph<Collection<String>, String, Collection<String>>> paragraphs)
            implements StyledDocument<Collection<String>, String, Collection<String>> {
        @Override
        public List<Paragraph<Collection<String>, String, Collection<String>>> getParagraphs() {
            return paragraphs;
        }

        private ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document() {
            return ReadOnlyStyledDocument.from(this);
        }

        @Override
        public int length() {
            return document().length();
        }

        @Override
        public String getText() {
            return document().getText();
        }

        @Override
        public StyledDocument<Collection<String>, String, Collection<String>> concat(
                StyledDocument<Collection<String>, String, Collection<String>> that) {
            return document().concat(that);
        }

        @Override
        public StyledDocument<Collection<String>, String, Collection<String>> subSequence(int start, int end) {
            return document().subSequence(start, end);
        }

        @Override
        public TwoDimensional.Position position(int major, int minor) {
            return document().position(major, minor);
        }

        @Override
        public TwoDimensional.Position offsetToPosition(int offset, TwoDimensional.Bias bias) {
            return document().offsetToPosition(offset, bias);
        }
    }
}
