package org.lectern.io.w3c;

import org.lectern.model.Document;
import org.lectern.text.CodePoints;

/**
 * A project document as the import sees it, with what placing many annotations in it needs worked out once and
 * only when first needed: the code point index, its source hash, and an index of its quotes.
 */
final class ProjectText {
    private final Document document;
    private CodePoints codePoints;
    private String sha256;
    private final QuoteSearch quotes;

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
}
