package org.lectern.ui.article;

import java.text.BreakIterator;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Extending a selection in the article takes whole words, as analysts mark passages: a mouse drag that leaves the
 * word it started in, Shift+←/→ and Ctrl+Shift+←/→. Holding Alt selects character by character (Alt+drag,
 * Alt+Shift+←/→). Words are found with the platform's word breaks, one paragraph at a time, so that "don't",
 * "Straße" and a letter with a combining accent count as one word and a long article costs nothing extra.
 */
final class WordSnapping {
    private final StyleClassedTextArea area;
    private final BooleanSupplier selectionIsHighlight;
    private boolean characters;
    private int dragAnchor = -1;

    private WordSnapping(StyleClassedTextArea area, BooleanSupplier selectionIsHighlight) {
        this.area = area;
        this.selectionIsHighlight = selectionIsHighlight;
    }

    /**
     * Installs word snapping on an article. Alt+Shift+←/→ is left to the window's keys (they move a selected
     * highlight's end) when the selection is exactly a highlight.
     */
    static void install(StyleClassedTextArea area, BooleanSupplier selectionIsHighlight) {
        WordSnapping snapping = new WordSnapping(area, selectionIsHighlight);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            snapping.dragAnchor = -1;
            snapping.characters = event.isAltDown();
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, event -> snapping.characters = event.isAltDown());
        area.setOnNewSelectionDrag(snapping::dragTo);
        area.setOnNewSelectionDragFinished(event -> {
            snapping.characters = event.isAltDown();
            snapping.dragTo(new Point2D(event.getX(), event.getY()));
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, snapping::extendByKey);
    }

    private void dragTo(Point2D point) {
        if (dragAnchor < 0) {
            dragAnchor = area.getAnchor();
        }
        int caret = area.hit(point.getX(), point.getY()).getInsertionIndex();
        area.selectRange(characters ? dragAnchor : snappedAnchor(dragAnchor, caret), characters ? caret
                : snappedCaret(dragAnchor, caret));
    }

    /** Within the word it started in a drag selects characters (part of a word); beyond it, whole words. */
    private int snappedAnchor(int anchor, int caret) {
        if (inOneWord(anchor, caret)) {
            return anchor;
        }
        return caret >= anchor ? wordStart(anchor) : wordEnd(anchor);
    }

    private int snappedCaret(int anchor, int caret) {
        if (inOneWord(anchor, caret)) {
            return caret;
        }
        return caret >= anchor ? wordEnd(caret) : wordStart(caret);
    }

    private boolean inOneWord(int anchor, int caret) {
        int from = Math.min(anchor, caret);
        int to = Math.max(anchor, caret);
        int wordEnd = !isBoundary(from) ? wordEnd(from) : from < area.getLength() ? wordEnd(from + 1) : from;
        return to <= wordEnd;
    }

    private void extendByKey(KeyEvent event) {
        boolean left = event.getCode() == KeyCode.LEFT;
        if (!event.isShiftDown() || event.isMetaDown() || !(left || event.getCode() == KeyCode.RIGHT)) {
            return;
        }
        int anchor = area.getAnchor();
        int caret = area.getCaretPosition();
        if (event.isAltDown()) {
            if (selectionIsHighlight.getAsBoolean() || event.isControlDown()) {
                return; // the window's keys move the highlight's end
            }
            area.selectRange(anchor, Math.max(0, Math.min(area.getLength(), caret + (left ? -1 : 1))));
        } else {
            int moved = left ? previousWordStart(caret) : nextWordEnd(caret);
            area.selectRange(moved >= anchor ? wordStart(anchor) : wordEnd(anchor), moved);
        }
        area.requestFollowCaret();
        event.consume();
    }

    // Word boundaries, found in the paragraph of an offset -------------------------------------------------

    /** The start of the word an offset lies inside, or the offset itself when it lies between words. */
    int wordStart(int offset) {
        Words words = wordsAround(offset);
        int at = offset - words.start;
        return words.breaks.isBoundary(at) ? offset : words.start + words.breaks.preceding(at);
    }

    /** The end of the word an offset lies inside, or the offset itself when it lies between words. */
    int wordEnd(int offset) {
        Words words = wordsAround(offset);
        int at = offset - words.start;
        return words.breaks.isBoundary(at) ? offset : words.start + words.breaks.following(at);
    }

    private boolean isBoundary(int offset) {
        Words words = wordsAround(offset);
        return words.breaks.isBoundary(offset - words.start);
    }

    /** The end of the next word after an offset (across spaces and punctuation, into the next paragraph). */
    int nextWordEnd(int offset) {
        int length = area.getLength();
        int at = offset;
        while (at < length) {
            Words words = wordsAround(at);
            int boundary = words.breaks.following(at - words.start);
            if (boundary == BreakIterator.DONE || words.start + boundary <= at) {
                at++; // the end of a paragraph: go on into the next one
                continue;
            }
            int segmentStart = words.breaks.previous();
            int end = words.start + boundary;
            if (isWord(words.text, segmentStart, boundary)) {
                return end;
            }
            at = end;
        }
        return length;
    }

    /** The start of the word before an offset. */
    int previousWordStart(int offset) {
        int at = offset;
        while (at > 0) {
            Words words = wordsAround(at);
            int boundary = words.breaks.preceding(at - words.start);
            if (boundary == BreakIterator.DONE || words.start + boundary >= at) {
                at--;
                continue;
            }
            int segmentEnd = words.breaks.next();
            if (isWord(words.text, boundary, segmentEnd)) {
                return words.start + boundary;
            }
            at = words.start + boundary;
        }
        return 0;
    }

    private static boolean isWord(String text, int from, int to) {
        return text.substring(from, to).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private record Words(int start, String text, BreakIterator breaks) {
    }

    private Words wordsAround(int offset) {
        int paragraph = area.offsetToPosition(Math.min(offset, area.getLength()), TwoDimensional.Bias.Backward)
                .getMajor();
        int start = area.getAbsolutePosition(paragraph, 0);
        String text = area.getText(paragraph);
        if (offset - start > text.length()) { // just after a line break: the next paragraph
            paragraph++;
            start = area.getAbsolutePosition(paragraph, 0);
            text = area.getText(paragraph);
        }
        BreakIterator breaks = BreakIterator.getWordInstance();
        breaks.setText(text);
        return new Words(start, text, breaks);
    }
}
