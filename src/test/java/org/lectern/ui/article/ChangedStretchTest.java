package org.lectern.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

class ChangedStretchTest {
    private static StyleSpans<Collection<String>> spans(Object... styleAndLength) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        for (int i = 0; i < styleAndLength.length; i += 2) {
            @SuppressWarnings("unchecked")
            Collection<String> style = (Collection<String>) styleAndLength[i];
            builder.add(style, (Integer) styleAndLength[i + 1]);
        }
        return builder.create();
    }

    @Test
    void stylingsAlikeCharacterByCharacterDifferNowhereHoweverTheirRunsAreSplit() {
        var shown = spans(List.of(), 5, List.of("a"), 10, List.of(), 5);
        var fresh = spans(List.of(), 3, List.of(), 2, List.of("a"), 4, List.of("a"), 6, List.of(), 5);
        assertTrue(ChangedStretch.between(shown, fresh).isEmpty());
    }

    @Test
    void theStretchRunsFromTheFirstToThePastTheLastCharacterStyledDifferently() {
        var shown = spans(List.of(), 5, List.of("a"), 10, List.of(), 5);
        var fresh = spans(List.of(), 5, List.of("a"), 3, List.of("a", "b-line"), 4, List.of("a"), 3, List.of(), 5);
        var changed = ChangedStretch.between(shown, fresh).orElseThrow();
        assertEquals(8, changed.getStart());
        assertEquals(12, changed.getEnd());
    }

    @Test
    void aDifferenceAtTheVeryEdgesIsIncluded() {
        var shown = spans(List.of(), 20);
        var fresh = spans(List.of("a"), 1, List.of(), 18, List.of("b"), 1);
        var changed = ChangedStretch.between(shown, fresh).orElseThrow();
        assertEquals(0, changed.getStart());
        assertEquals(20, changed.getEnd());
    }
}
