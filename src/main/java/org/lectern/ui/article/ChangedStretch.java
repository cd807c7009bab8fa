package org.lectern.ui.article;

import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Where two stylings of the same stretch of text differ: from the first character styled differently to the
 * last. Restyling the article costs in proportion to the text restyled, and a change to a few highlights inside
 * a long run of overlapping ones usually alters the styles of only a little of that run.
 */
final class ChangedStretch {
    private ChangedStretch() {
    }

    /** The offsets (within the stretch) from the first to past the last character styled differently, if any. */
    static <S> Optional<IndexRange> between(StyleSpans<S> shown, StyleSpans<S> fresh) {
        if (shown.length() != fresh.length()) {
            return Optional.of(new IndexRange(0, Math.max(shown.length(), fresh.length())));
        }
        int first = firstDifference(shown.iterator(), fresh.iterator(), fresh.length());
        if (first >= fresh.length()) {
            return Optional.empty();
        }
        int fromEnd = firstDifference(backwards(shown), backwards(fresh), fresh.length());
        return Optional.of(new IndexRange(first, fresh.length() - fromEnd));
    }

    /** How many characters, walking both in step, are styled alike before the first that is not. */
    private static <S> int firstDifference(Iterator<StyleSpan<S>> a, Iterator<StyleSpan<S>> b, int length) {
        int position = 0;
        int leftInA = 0;
        int leftInB = 0;
        S styleA = null;
        S styleB = null;
        while (position < length) {
            if (leftInA == 0) {
                StyleSpan<S> span = a.next();
                styleA = span.getStyle();
                leftInA = span.getLength();
                continue;
            }
            if (leftInB == 0) {
                StyleSpan<S> span = b.next();
                styleB = span.getStyle();
                leftInB = span.getLength();
                continue;
            }
            if (!Objects.equals(styleA, styleB)) {
                return position;
            }
            int step = Math.min(leftInA, leftInB);
            position += step;
            leftInA -= step;
            leftInB -= step;
        }
        return length;
    }

    private static <S> Iterator<StyleSpan<S>> backwards(StyleSpans<S> spans) {
        return new Iterator<>() {
            private int index = spans.getSpanCount() - 1;

            @Override
            public boolean hasNext() {
                return index >= 0;
            }

            @Override
            public StyleSpan<S> next() {
                return spans.getStyleSpan(index--);
            }
        };
    }
}
