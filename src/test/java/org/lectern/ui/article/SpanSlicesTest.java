package org.lectern.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;
import org.lectern.properties.PropertyCheck;

/** A long document's styles handed out slice by slice as it is filled in: each slice styled as the whole has it. */
class SpanSlicesTest {

    @Test
    void slicesTakenFrontToBackCarryExactlyTheStylesOfTheWholeDocumentThere() {
        PropertyCheck.forAll(300, draw -> {
            StyleSpansBuilder<String> builder = new StyleSpansBuilder<>();
            int length = 0;
            for (int span = draw.between(1, 30); span > 0; span--) {
                int spanLength = draw.between(0, 12);
                builder.add("s" + draw.below(4), spanLength);
                length += spanLength;
            }
            StyleSpans<String> whole = builder.create();
            SpanSlices<String> slices = new SpanSlices<>(whole);
            int from = 0;
            while (from < length) {
                int to = Math.min(length, from + draw.between(1, 15));
                draw.note("slice " + from + ".." + to + " of " + whole);
                assertEquals(stylesPerCharacter(whole.subView(from, to)), stylesPerCharacter(slices.of(from, to)));
                assertEquals(to - from, slices.of(from, to).length(), "asking again gives the same slice");
                // Filling in a grouped document restyles from the end of the last slice, one character back.
                from = draw.maybe(30) && to > 1 ? to - 1 : to;
            }
        });
    }

    @Test
    void aStretchBeforeTheLastOneAskedForIsStillStyledRight() {
        StyleSpansBuilder<String> builder = new StyleSpansBuilder<>();
        builder.add("a", 5);
        builder.add("b", 5);
        builder.add("c", 5);
        SpanSlices<String> slices = new SpanSlices<>(builder.create());
        assertEquals(List.of("c", "c"), stylesPerCharacter(slices.of(11, 13)));
        assertEquals(List.of("a", "b", "b"), stylesPerCharacter(slices.of(4, 7)));
    }

    private static List<String> stylesPerCharacter(StyleSpans<String> spans) {
        List<String> styles = new ArrayList<>();
        for (StyleSpan<String> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                styles.add(span.getStyle());
            }
        }
        return styles;
    }
}
