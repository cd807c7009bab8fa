package org.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lectern.model.Passage;

class PassagesTest {
    private static final String TEXT =
            "The ministry said on Monday that the talks had failed. Observers doubted the claim.";

    @Test
    void aPassageQuotesItsTextWithContextEitherSide() {
        int start = TEXT.indexOf("the talks");
        Passage passage = Passages.of(TEXT, start, start + "the talks".length());
        assertEquals("the talks", passage.quote());
        assertEquals(TEXT.substring(start - 32, start), passage.prefix());
        assertEquals(" had failed. Observers doubted t", passage.suffix());
    }

    @Test
    void contextIsShorterNearTheEdgesOfTheText() {
        Passage passage = Passages.of(TEXT, 0, 3);
        assertEquals("", passage.prefix());
        assertEquals("The", passage.quote());
        Passage last = Passages.of(TEXT, TEXT.length() - 6, TEXT.length());
        assertEquals("claim.", last.quote());
        assertEquals("", last.suffix());
    }

    @Test
    void contextNeverSplitsAnEmojiAtItsEdges() {
        // 31 chars of filler then an emoji: the 32-char context edge falls inside the emoji.
        String filler = "x".repeat(31);
        String text = "😀" + filler + "QUOTE" + filler + "😀";
        int start = text.indexOf("QUOTE");
        Passage passage = Passages.of(text, start, start + 5);
        assertEquals(filler, passage.prefix());
        assertEquals(filler, passage.suffix());

        String withWholeEmoji = "😀" + "x".repeat(30) + "QUOTE" + "x".repeat(30) + "😀";
        int at = withWholeEmoji.indexOf("QUOTE");
        Passage kept = Passages.of(withWholeEmoji, at, at + 5);
        assertTrue(kept.prefix().startsWith("😀"));
        assertTrue(kept.suffix().endsWith("😀"));
    }

    @Test
    void aRangeOutsideTheTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Passages.of("short", 2, 9));
        assertThrows(IllegalArgumentException.class, () -> Passages.of("short", 3, 2));
    }

    @Test
    void anUnchangedTextGivesBackTheSamePassage() {
        Passage old = Passages.of(TEXT, 36, 45);
        assertEquals(Optional.of(old), Passages.reanchor(TEXT, old));
    }

    @Test
    void reanchoringFollowsAPassageAfterAnInsertionBeforeIt() {
        int start = TEXT.indexOf("talks had failed");
        Passage old = Passages.of(TEXT, start, start + "talks had failed".length());
        String edited = "UPDATED: " + TEXT;

        Passage moved = Passages.reanchor(edited, old).orElseThrow();

        assertEquals(start + "UPDATED: ".length(), moved.start());
        assertEquals("talks had failed", moved.quote());
        assertEquals("talks had failed", edited.substring(moved.start(), moved.end()));
    }

    @Test
    void reanchoringPrefersTheOccurrenceWhoseContextStillAgrees() {
        String text = "the cat sat. A dog barked at the cat. Then the cat ran.";
        int second = text.indexOf("the cat", 5);
        Passage old = Passages.of(text, second, second + 7);
        // Inserting 4 chars puts the first "the cat" near the old offset; context picks the right one.
        String edited = "Yes, " + text.replace("the cat sat", "the cat sat down");

        Passage found = Passages.reanchor(edited, old).orElseThrow();

        assertEquals(edited.indexOf("the cat", edited.indexOf("barked")), found.start());
    }

    @Test
    void aShortQuoteStillAtItsOldOffsetIsNotKeptWhenItsContextMovedAway() {
        String text = "Earlier the army left; later the navy came.";
        int first = text.indexOf("the army");
        int second = text.indexOf("the navy");
        Passage old = Passages.of(text, second, second + 3);
        // An insertion exactly as long as the gap puts the other "the" at the old offset.
        String insertion = "Update:" + " ".repeat(second - first - 7);
        String edited = insertion + text;
        assertTrue(edited.startsWith("the army", second));

        Passage found = Passages.reanchor(edited, old).orElseThrow();

        assertEquals(edited.indexOf("the navy"), found.start());
    }

    @Test
    void onTiesTheOccurrenceNearestTheOldOffsetWins() {
        String text = "alpha beta alpha beta alpha beta";
        Passage old = new Passage(11, 16, "alpha", "zzz", "qqq");
        assertEquals(11, Passages.reanchor(text, old).orElseThrow().start());
        Passage nearLast = new Passage(25, 30, "alpha", "zzz", "qqq");
        assertEquals(22, Passages.reanchor(text, nearLast).orElseThrow().start());
    }

    @Test
    void reanchoringFindsNothingWhenTheQuoteIsGone() {
        Passage old = Passages.of(TEXT, 36, 45);
        assertFalse(Passages.reanchor("A completely different article.", old).isPresent());
    }

    @Test
    void aPassageBeyondTheEndOfAShortenedTextIsFoundEarlier() {
        String text = "Preamble that will be cut. The key sentence.";
        int start = text.indexOf("key");
        Passage old = Passages.of(text, start, start + 3);
        String shortened = "The key sentence.";
        assertEquals(4, Passages.reanchor(shortened, old).orElseThrow().start());
    }
}
