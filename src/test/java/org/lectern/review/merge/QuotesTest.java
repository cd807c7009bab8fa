package org.lectern.review.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuotesTest {
    @Test
    void a_short_quote_is_quoted_whole_on_one_line() {
        assertEquals("“Northern Alliance”", Quotes.titled("Northern\nAlliance"));
    }

    @Test
    void a_long_quote_is_cut_at_a_word_and_ends_with_an_ellipsis() {
        String sentence = "Satellite images published by the Coastal Institute show convoys leaving the area at dawn.";

        assertEquals("“Satellite images published by the Coastal Institute show…”",
                Quotes.titled(sentence));
    }
}
