package org.lectern.io.qda;

import java.util.Optional;
import org.lectern.model.Passage;
import org.lectern.text.CodePoints;
import org.lectern.text.OriginalText;
import org.lectern.text.Passages;

/**
 * Turns REFI-QDA positions (code points of the source's text as the archive holds it, after any byte order
 * mark, end exclusive) into a passage of the document's text.
 *
 * <p>The document's text is the source's text with its line endings normalised, or, for a document an older
 * Lectern stored, tidied; either way each position is mapped to the same character (see {@link OriginalText}),
 * so a coding lands where its author put it, across CRLFs and runs of blank lines alike. Only a document whose
 * text is neither (which the import does not make) falls back on finding the quote again by its context.
 */
final class PassagePlacer {
    private final String rawText;
    private final String text;
    private final Optional<OriginalText> original;
    private final CodePoints positions;

    PassagePlacer(String rawText, String text) {
        this.rawText = rawText;
        this.text = text;
        this.original = OriginalText.of(rawText, text);
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
        if (original.isPresent()) {
            int from = original.get().storedOffsetOfCodePoint((int) start);
            int to = original.get().storedOffsetOfCodePoint((int) end);
            if (from == to) {
                throw new IllegalArgumentException("it covers only spacing that this project's copy of the text"
                        + " does not have");
            }
            return Passages.of(text, from, to);
        }
        return Passages.reanchor(text, raw).orElseThrow(() -> new IllegalArgumentException(
                "its text “" + OneLine.of(raw.quote()) + "” is not in this project's copy of the source"));
    }
}
