package org.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The longest run of characters with no space or line break, which the article view cannot break for display. */
class UnbrokenStretchTest {
    @Test
    void theLongestStretchIsFoundWithItsLine() {
        String text = "a short line\n\nthen data:" + "x".repeat(40) + " and more\nend";
        UnbrokenStretch stretch = UnbrokenStretch.longestIn(text);
        assertEquals(text.indexOf("data:"), stretch.start());
        assertEquals("data:".length() + 40, stretch.length());
        assertEquals(3, stretch.lineIn(text));
    }

    @Test
    void aStretchOfTheLimitIsShownAndOneMoreIsTooLong() {
        assertFalse(UnbrokenStretch.longestIn("y".repeat(UnbrokenStretch.LONGEST_SHOWN)).tooLong());
        assertTrue(UnbrokenStretch.longestIn("y".repeat(UnbrokenStretch.LONGEST_SHOWN + 1)).tooLong());
    }

    @Test
    void tabsDoNotBreakAStretchButSpacesAndLineBreaksDo() {
        assertEquals(5, UnbrokenStretch.longestIn("ab\tcd ef\ngh").length());
        assertEquals(0, UnbrokenStretch.longestIn("").length());
    }
}
