package org.lectern.io.qda;

import java.util.Optional;
import org.lectern.model.Passage;
import org.lectern.text.CodePoints;
import org.lectern.text.OriginalText;
import org.lectern.text.Passages;
import org.lectern.text.SameWords;
import org.lectern.text.TextRange;

/**
 * Turns REFI-QDA positions (code points of the source's text as the archive holds it, after any byte order
 * mark, end exclusive) into a passage of the document's text.
 *
 * <p>The document's text is the source's text with its line endings normalised, or, for a document an older
 * Lectern stored, tidied; either way each position is mapped to the same character (see {@link OriginalText}),
 * so a coding lands where its author put it, across CRLFs and runs of blank lines alike. A document that holds
 * the same words with other spacing (the source was tidied by an older Lectern, the document kept as it came)
 * takes each coding on the same words ({@link SameWords}). Only a document whose text is none of these falls
 * back on finding the quote again by its context.
 */
final class PassagePlacer {
    private final String rawText;
    private final String text;
    private final Optional<OriginalText> original;
    private final Optional<SameWords> sameWords;
    private final CodePoints positions;

    PassagePlacer(String rawText, String text) {
        this.rawText = rawText;
        this.text = text;
        this.original = OriginalText.of(rawText, text);
        this.sameWords = original.isPresent() ? Optional.empty() : SameWords.of(rawText, text);
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
        if (sameWords.isPresent()) {
            TextRange range = sameWords.get().map(raw.start(), raw.end()).orElseThrow(
                    () -> new IllegalArgumentException(
                            "it covers only spacing that this project's copy of the text does not have"));
            return Passages.of(text, range.start(), range.end());
        }
        return Passages.reanchor(text, raw).orElseThrow(() -> new IllegalArgumentException(
                "its text “" + OneLine.of(raw.quote()) + "” is not in this project's copy of the source"));
    }
}
