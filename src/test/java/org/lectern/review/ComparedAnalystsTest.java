package org.lectern.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparedAnalystsTest {
    private static final List<String> MOST_HIGHLIGHTS_FIRST = List.of("Ben Okafor", "Ana Reyes", "Carol Ng");

    @Test
    void theAnalystAtTheKeyboardIsComparedWithTheColleagueWhoHighlightedMost() {
        assertEquals(new ComparedAnalysts("Ana Reyes", "Ben Okafor"),
                ComparedAnalysts.choose(MOST_HIGHLIGHTS_FIRST, "Ana Reyes", null, null));
    }

    @Test
    void anAnalystWithoutHighlightsIsComparedAsNoSideAndTheTwoWhoWorkedAre() {
        assertEquals(new ComparedAnalysts("Ben Okafor", "Ana Reyes"),
                ComparedAnalysts.choose(MOST_HIGHLIGHTS_FIRST, "Dan Iles", null, null));
    }

    @Test
    void aPairTheAnalystChoseIsKeptWhileBothStillHaveAReading() {
        assertEquals(new ComparedAnalysts("Carol Ng", "Ben Okafor"),
                ComparedAnalysts.choose(MOST_HIGHLIGHTS_FIRST, "Ana Reyes", "Carol Ng", "Ben Okafor"));
        assertEquals(new ComparedAnalysts("Ana Reyes", "Carol Ng"),
                ComparedAnalysts.choose(List.of("Ana Reyes", "Carol Ng"), "Ana Reyes", "Ana Reyes", "Ben Okafor"),
                "Ben's reading is gone (undone): the next colleague takes his side");
    }

    @Test
    void withOneReadingThereIsNoSecondSideAndWithNoneNoFirst() {
        assertEquals(new ComparedAnalysts("Ana Reyes", null), ComparedAnalysts.choose(List.of("Ana Reyes"),
                "Ana Reyes", null, null));
        assertEquals(new ComparedAnalysts(null, null), ComparedAnalysts.choose(List.of(), "Ana Reyes", null, null));
    }
}
