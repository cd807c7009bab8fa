package org.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsAroundTest {
    private static WordsAround around(String text, String passage, int words) {
        int start = text.indexOf(passage);
        return WordsAround.of(text, start, start + passage.length(), words);
    }

    @Test
    void aPassageComesWithAFewWordsEitherSideMarkedWhereTheyWereCut() {
        String text = "Harbour officials said on Tuesday that the minister had seen the manifest before it was filed.";
        assertEquals(new WordsAround("…on Tuesday that ", "the minister", " had seen the…"), around(text, "the minister", 3));
    }

    @Test
    void theContextStopsAtTheParagraphAndIsNotMarkedAsCutThere() {
        String text = "First paragraph ends.\nThe minister spoke.\nNext one.";
        assertEquals(new WordsAround("", "The minister", " spoke."), around(text, "The minister", 4));
    }

    @Test
    void lineBreaksAndRunsOfSpacesInsideTheContextBecomeOneSpace() {
        String text = "said  the\tminister   of state";
        assertEquals(new WordsAround("said the ", "minister", " of state"), around(text, "minister", 5));
    }
}
