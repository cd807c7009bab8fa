package org.lectern.ui.article;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The styles of a whole document handed out a stretch at a time, front to back, as a long document is filled in.
 * RichTextFX's own {@code subView} finds where a stretch starts by walking every span before it, so a document of
 * tens of thousands of highlights, filled in slice by slice, would be walked from its start once per slice: here
 * each stretch carries on from where the last one ended.
 */
final class SpanSlices<S> {
    private final StyleSpans<S> spans;
    private int index;
    /** Where the span at {@code index} starts in the document. */
    private int spanStart;

    SpanSlices(StyleSpans<S> spans) {
        this.spans = spans;
    }

    /**
     * The styles of {@code from..to}, which lies within the document. Each stretch asked for starts at or after the
     * start of the one before (a stretch further back is found by walking from the document's start again).
     */
    StyleSpans<S> of(int from, int to) {
        if (from < spanStart) {
            index = 0;
            spanStart = 0;
        }
        int count = spans.getSpanCount();
        while (index < count - 1 && spanStart + spans.getStyleSpan(index).getLength() <= from) {
            spanStart += spans.getStyleSpan(index).getLength();
            index++;
        }
        StyleSpansBuilder<S> builder = new StyleSpansBuilder<>();
        int position = from;
        int start = spanStart;
        for (int i = index; i < count && position < to; i++) {
            StyleSpan<S> span = spans.getStyleSpan(i);
            int end = start + span.getLength();
            if (end > position) {
                builder.add(span.getStyle(), Math.min(end, to) - position);
                position = Math.min(end, to);
            }
            start = end;
        }
        if (position == from) {
            builder.add(spans.getStyleSpan(index).getStyle(), 0); // an empty stretch: StyleSpans hold one span at least
        }
        return builder.create();
    }
}
