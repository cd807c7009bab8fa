package org.lectern.io.w3c;

import java.util.Optional;
import org.lectern.io.w3c.IncomingAnnotation.TextQuote;
import org.lectern.text.OriginalText;
import org.lectern.text.TextNormalizer;

/**
 * Finds a quote in a document by its words when the quote was taken from a copy of the same article with other
 * spacing. An older Lectern stored every text tidied (runs of blank lines collapsed, spaces at the ends of lines
 * stripped: {@link TextNormalizer#tidy}) and its exports quote, and count positions on, that copy; Lectern now
 * keeps a text as it came, which is also what Hypothesis quotes from the page. Either way round, a quote that
 * crosses such spacing is not in the other copy as it stands.
 *
 * <p>So the document, the quote and its context are compared tidied, and the place found is mapped back onto
 * the same words of the document, as {@link org.lectern.text.SameWords} maps a passage: spacing at the edges of
 * the quote that the tidied text does not keep is left out.
 */
final class TidiedQuoteSearch {
    /** The document's text as the original, its tidied form as the text searched. */
    private final OriginalText document;
    private final QuoteSearch search;

    private TidiedQuoteSearch(OriginalText document) {
        this.document = document;
        this.search = new QuoteSearch(document.text());
    }

    /** Empty only if the text cannot be mapped onto its tidied form, which tidying never makes so. */
    static Optional<TidiedQuoteSearch> of(String text) {
        return OriginalText.of(text, TextNormalizer.tidy(text)).map(TidiedQuoteSearch::new);
    }

    /** Whether the document is tidy already: then only a quote that tidying changes can be found differently. */
    boolean documentIsTidy() {
        return document.text().equals(document.original());
    }

    /**
     * The best place of the tidied quote, with its start and end as char offsets of the document, or null if the
     * document does not hold its words.
     *
     * @param hint a char offset of the document near which to prefer the quote, or -1
     */
    QuoteSearch.Occurrence best(Tidied quote, int hint) {
        if (quote.exact().isEmpty()) {
            return null;
        }
        int tidiedHint = hint < 0 ? -1 : document.storedOffset(Math.min(hint, document.original().length()));
        QuoteSearch.Occurrence found = search.best(quote.exact(), quote.prefix(), quote.suffix(), tidiedHint);
        if (found == null) {
            return null;
        }
        return new QuoteSearch.Occurrence(document.originalOffset(found.start()),
                document.originalOffset(found.end() - 1) + 1, found.contextScore(), found.equallyGood());
    }

    /**
     * A quote and its context tidied as they stand together in the text they were taken from, so that spacing
     * where the quote meets its context is tidied as the whole text's would be (the spaces that end the prefix's
     * line go when the quote starts on the next line, not otherwise).
     *
     * @param changed whether tidying changed the quote or its context at all
     */
    record Tidied(String exact, String prefix, String suffix, boolean changed) {
        static Tidied of(TextQuote quote) {
            String whole = quote.prefix() + quote.exact() + quote.suffix();
            String tidied = TextNormalizer.tidy(whole);
            if (tidied.equals(whole)) {
                return new Tidied(quote.exact(), quote.prefix(), quote.suffix(), false);
            }
            OriginalText map = OriginalText.of(whole, tidied).orElseThrow(
                    () -> new IllegalStateException("Tidying only removes chars or turns CR into LF"));
            int exactStart = map.storedOffset(quote.prefix().length());
            int exactEnd = map.storedOffset(quote.prefix().length() + quote.exact().length());
            return new Tidied(tidied.substring(exactStart, exactEnd), tidied.substring(0, exactStart),
                    tidied.substring(exactEnd), true);
        }

        int contextLength() {
            return prefix.length() + suffix.length();
        }
    }
}
