package org.lectern.io.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteSearchTest {
    private static final String TEXT = "the port was closed, then the port was open, then the port was closed again";

    @Test
    void theOccurrenceWithTheMostMatchingContextWins() {
        QuoteSearch search = new QuoteSearch(TEXT);

        QuoteSearch.Occurrence found = search.best("the port was closed", "then ", " again", -1);

        assertEquals(TEXT.lastIndexOf("the port was closed"), found.start());
        assertEquals(11, found.contextScore());
    }

    @Test
    void withContextThatMatchesNowhereFullyThePartlyMatchingOccurrenceWins() {
        QuoteSearch search = new QuoteSearch(TEXT);

        QuoteSearch.Occurrence found = search.best("the port was closed", "XXthen ", " agaXX", -1);

        assertEquals(TEXT.lastIndexOf("the port was closed"), found.start());
    }

    @Test
    void onEqualContextTheOccurrenceNearestTheHintWins() {
        QuoteSearch search = new QuoteSearch(TEXT);

        assertEquals(0, search.best("the port", "", "", -1).start());
        assertEquals(TEXT.lastIndexOf("the port"), search.best("the port", "", "", 48).start());
    }

    @Test
    void placesThatNeitherContextNorHintTellApartAreCountedAsEquallyGood() {
        QuoteSearch search = new QuoteSearch(TEXT);

        assertEquals(3, search.best("the port", "", "", -1).equallyGood(), "no context, no hint: three places");
        assertEquals(2, search.best("the port was closed", "", "", -1).equallyGood());
        assertEquals(2, search.best("the port was closed", "XX", "", -1).equallyGood(), "context that fits neither");
        assertEquals(1, search.best("the port was closed", "", " again", -1).equallyGood(), "the suffix decides");
        assertEquals(1, search.best("the port", "", "", 48).equallyGood(), "the hint decides");
    }

    @Test
    void aQuoteThatIsNotThereIsNotFound() {
        assertNull(new QuoteSearch(TEXT).best("the airport", "", "", -1));
        assertNull(new QuoteSearch(TEXT).best("", "", "", -1));
    }

    @Test
    void aLongTextSearchedManyTimesIsIndexedAndFindsWhatAScanFinds() {
        Random random = new Random(3);
        String[] words = {"port", "the", "closed", "🚢", "open", "said", "minister", "𝔸", "again", "not"};
        StringBuilder text = new StringBuilder();
        while (text.length() < 200_000) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(20) == 0 ? ".\n" : " ");
        }
        String long_ = text.toString();
        QuoteSearch indexed = new QuoteSearch(long_);
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(long_.length() - 100);
            int end = start + 1 + random.nextInt(60);
            String exact = long_.substring(start, end);
            String prefix = long_.substring(Math.max(0, start - random.nextInt(40)), start);
            String suffix = random.nextInt(5) == 0 ? "no such suffix" : long_.substring(end, end + random.nextInt(30));
            QuoteSearch.Occurrence expected = new QuoteSearch(long_).best(exact, prefix, suffix, start);
            QuoteSearch.Occurrence found = indexed.best(exact, prefix, suffix, start);
            assertEquals(expected, found, "search " + i + " for “" + exact + "”");
            assertEquals(exact, long_.substring(found.start(), found.end()));
        }
    }
}
