package org.lectern.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void aShortTitleIsKeptWithItsSpacesTidied() {
        assertEquals("Harbour talks", Titles.shorten("  Harbour \t talks "));
    }

    @Test
    void aTitleWithoutSpacesIsCutAtEightyCharsWithoutSplittingAnEmoji() {
        String title = "x".repeat(79) + "😀" + "y".repeat(10);
        String shortened = Titles.shorten(title);
        assertEquals("x".repeat(79) + "…", shortened);
        assertFalse(Character.isHighSurrogate(shortened.charAt(shortened.length() - 2)));
    }

    @Test
    void plainTextWithoutAHeadlineIsTitledByItsFileName() {
        assertEquals("field notes", Titles.forPlainText(TextHeader.read("a".repeat(200)), "field notes.txt"));
        assertEquals(".profile", Titles.forPlainText(TextHeader.read(""), ".profile"));
    }
}
