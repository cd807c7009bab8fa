package org.lectern.review;

import java.util.Objects;

/**
 * Agreement between authors A and B on one tag in one document, or pooled over several ("All
 * documents", "All tags"): the span counts of GATE's Annotation Diff, the char table of NVivo's coding
 * comparison, and Krippendorff's α (nominal) on the tags of the passages the two authors both marked.
 *
 * @param matchedPassages passages of A paired one to one with an overlapping passage of B (whatever
 *                        their tags) where at least one of the two carries this tag
 * @param sameTag         of those, the pairs where both carry it
 * @param alphaNominal    α over the matched passages of the scope: for one tag, each passage's value is
 *                        "this tag" or "another tag" (Krippendorff's category-specific α); for all
 *                        tags, the tag itself. Undefined, with the reason, when no passage was
 *                        matched or only one category was used.
 */
public record TagAgreement(String document, String tag, SpanCounts spans, CharacterCounts characters,
                           long matchedPassages, long sameTag, Figure alphaNominal) {
    /** The {@link #document()} of rows pooled over every compared document. */
    public static final String ALL_DOCUMENTS = "All documents";
    /** The {@link #tag()} of rows pooled over every tag. */
    public static final String ALL_TAGS = "All tags";

    public TagAgreement {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(spans, "spans");
        Objects.requireNonNull(characters, "characters");
        Objects.requireNonNull(alphaNominal, "alphaNominal");
    }

    /** Cohen's κ at character level, NVivo's way (see {@link CharacterCounts#kappa()}). */
    public Figure kappa() {
        return characters.kappa();
    }
}
