package org.lectern.io.brat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.lectern.model.Passage;
import org.lectern.text.CodePoints;

/**
 * A passage as brat wants its spans: offsets in code points of the {@code .txt}, and split at line breaks,
 * because a brat text-bound annotation may not cross a newline. A passage over two paragraphs becomes the
 * discontinuous span {@code start end;start end}, and its reference text is the fragments' texts joined by
 * one space, which is what brat checks the text field against (for a quote without blank lines, that is the
 * quote with its newlines replaced by spaces).
 */
record BratFragments(List<int[]> spans, String text) {

    /** The fragments of a passage; none if it holds nothing but line breaks. */
    static BratFragments of(String documentText, Passage passage, CodePoints positions) {
        List<int[]> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int start = passage.start();
        for (int i = passage.start(); i <= passage.end(); i++) {
            if (i == passage.end() || documentText.charAt(i) == '\n') {
                if (i > start) {
                    spans.add(new int[] {positions.toCodePointOffset(start), positions.toCodePointOffset(i)});
                    texts.add(documentText.substring(start, i));
                }
                start = i + 1;
            }
        }
        return new BratFragments(List.copyOf(spans), String.join(" ", texts));
    }

    boolean isEmpty() {
        return spans.isEmpty();
    }

    /** {@code 3 9} or {@code 3 9;10 14}. */
    String offsets() {
        return spans.stream().map(s -> s[0] + " " + s[1]).collect(Collectors.joining(";"));
    }
}
