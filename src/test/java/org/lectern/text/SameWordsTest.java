package org.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameWordsTest {
    private static final String KEPT = "Field notes  \n\nMap\n\n\n\n\nOur route\tcrossed 🧭 the ford.   \n";
    private static final String TIDIED = "Field notes\n\nMap\n\nOur route\tcrossed 🧭 the ford.";

    private static String mapped(String from, String to, String quote) {
        int start = from.indexOf(quote);
        TextRange range = SameWords.of(from, to).orElseThrow().map(start, start + quote.length()).orElseThrow();
        return to.substring(range.start(), range.end());
    }

    @Test
    void aPassageOfTheKeptTextLandsOnTheSameWordsOfTheTidiedOneAndBack() {
        assertEquals("Map\n\nOur", mapped(KEPT, TIDIED, "Map\n\n\n\n\nOur"));
        assertEquals("Map\n\n\n\n\nOur", mapped(TIDIED, KEPT, "Map\n\nOur"));
        assertEquals("🧭 the ford.", mapped(KEPT, TIDIED, "🧭 the ford.   "));
        assertEquals("Field notes", mapped(TIDIED, KEPT, "Field notes"));
    }

    @Test
    void aPassageOfNothingButSpacingTheOtherCopyLacksHasNoPlaceThere() {
        int spaces = KEPT.indexOf("   \n");
        assertTrue(SameWords.of(KEPT, TIDIED).orElseThrow().map(spaces, spaces + 3).isEmpty());
    }

    @Test
    void copiesWithOtherWordsAreNotTheSameArticle() {
        assertTrue(SameWords.of(KEPT, TIDIED.replace("ford", "bridge")).isEmpty());
        assertTrue(SameWords.of("Map Our", "Map\nOur").isEmpty());
    }
}
