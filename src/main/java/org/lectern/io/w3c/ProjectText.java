package org.lectern.io.w3c;

import java.util.Optional;
import org.lectern.model.Document;
import org.lectern.text.CodePoints;

/**
 * A project document as the import sees it, with what placing many annotations in it needs worked out once and
 * only when first needed: the code point index, its source hash, an index of its quotes, and its tidied form for
 * quotes taken from a copy with other spacing.
 */
final class ProjectText {
    private final Document document;
    private CodePoints codePoints;
    private String sha256;
    private final QuoteSearch quotes;
    private Optional<TidiedQuoteSearch> byWords;

    ProjectText(Document document) {
        this.document = document;
        this.quotes = new QuoteSearch(document.text());
    }

    Document document() {
        return document;
    }

    String text() {
        return document.text();
    }

    CodePoints codePoints() {
        if (codePoints == null) {
            codePoints = CodePoints.of(document.text());
        }
        return codePoints;
    }

    String sha256() {
        if (sha256 == null) {
            sha256 = DocumentSource.sha256Hex(document.text());
        }
        return sha256;
    }

    QuoteSearch quotes() {
        return quotes;
    }

    /** Finds quotes by their words, spacing that tidying removes aside; built only when a quote is
     * not found as it stands with its whole context. */
    Optional<TidiedQuoteSearch> byWords() {
        if (byWords == null) {
            byWords = TidiedQuoteSearch.of(document.text());
        }
        return byWords;
    }
}
