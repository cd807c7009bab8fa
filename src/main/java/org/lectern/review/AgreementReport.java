package org.lectern.review;

import java.util.List;
import java.util.Objects;

/**
 * How far author A (the key) and author B (the response) agree. {@code documentRows}: one row per
 * document and tag either author used there, then that document's "All tags" row; {@code corpusRows}:
 * the same pooled over every compared document (a document either author annotated), one row per tag
 * and one "All tags".
 */
public record AgreementReport(String authorA, String authorB, List<TagAgreement> documentRows,
                              List<TagAgreement> corpusRows, GradeAgreement grades, LinkAgreement links) {
    public AgreementReport {
        Objects.requireNonNull(authorA, "authorA");
        Objects.requireNonNull(authorB, "authorB");
        documentRows = List.copyOf(documentRows);
        corpusRows = List.copyOf(corpusRows);
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(links, "links");
    }

    /** The corpus row of every tag together: the last of {@link #corpusRows()}. */
    public TagAgreement corpusTotal() {
        return corpusRows.get(corpusRows.size() - 1);
    }
}
