package org.lectern.io.qda;

import org.lectern.model.Passage;
import org.lectern.text.CodePoints;
import org.lectern.text.Passages;

/**
 * Turns REFI-QDA positions (code points of the source's text, end exclusive) into a passage of the
 * normalised text. When normalising changed the text (CRLF line ends, trailing spaces), the quote is found
 * again in the normalised text by its context.
 */
final class PassagePlacer {
    private final String rawText;
    private final String text;
    private final CodePoints positions;

    PassagePlacer(String rawText, String text) {
        this.rawText = rawText;
        this.text = text;
        this.positions = CodePoints.of(rawText);
    }

    /** @throws IllegalArgumentException saying, for the analyst, why the positions cannot be placed */
    Passage place(long start, long end) {
        int length = positions.codePointLength();
        if (start < 0 || end < 0 || start > end || end > length) {
            throw new IllegalArgumentException("its positions " + start + "–" + end
                    + " are not inside the text's " + length + " characters");
        }
        if (start == end) {
            throw new IllegalArgumentException("it is empty");
        }
        Passage raw = Passages.of(rawText, positions.toCharOffset((int) start), positions.toCharOffset((int) end));
        if (rawText.equals(text)) {
            return raw;
        }
        return Passages.reanchor(text, raw).orElseThrow(() -> new IllegalArgumentException(
                "its text “" + OneLine.of(raw.quote()) + "” changes when Lectern normalises the source's"
                        + " line endings and spacing"));
    }
}
