package org.lectern.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Turns the per-tag counts and matched passages of one scope (a document, or all) into report rows. */
final class TagRows {
    static final String NO_MATCHED_PASSAGES = "no matched passages";

    private TagRows() {
    }

    /**
     * One row per tag in {@code spans} (ordered by tag name), then the scope's "All tags" row: counts
     * summed over tags, α nominal on the tags themselves.
     */
    static List<TagAgreement> of(String scope, Map<UUID, SpanCounts> spans, Map<UUID, CharacterCounts> characters,
                                 MatchedTagPairs matched, Function<UUID, String> tagName) {
        List<UUID> tags = new ArrayList<>(spans.keySet());
        tags.sort(Comparator.comparing(tagName, String.CASE_INSENSITIVE_ORDER).thenComparing(tag -> tag));
        List<TagAgreement> rows = new ArrayList<>();
        SpanCounts allSpans = SpanCounts.NONE;
        CharacterCounts allCharacters = CharacterCounts.NONE;
        long passages = matched.passages();
        for (UUID tag : tags) {
            SpanCounts tagSpans = spans.get(tag);
            CharacterCounts tagCharacters = characters.get(tag);
            allSpans = allSpans.plus(tagSpans);
            allCharacters = allCharacters.plus(tagCharacters);
            rows.add(tagRow(scope, tagName.apply(tag), tag, tagSpans, tagCharacters, matched, passages));
        }
        rows.add(new TagAgreement(scope, TagAgreement.ALL_TAGS, allSpans, allCharacters, passages, matched.sameTag(),
                matched.alpha(NO_MATCHED_PASSAGES)));
        return rows;
    }

    /**
     * A tag's α is Krippendorff's category-specific α: every matched passage of the scope is a unit,
     * valued "this tag" or "another tag" by each author.
     */
    private static TagAgreement tagRow(String scope, String name, UUID tag, SpanCounts spans,
                                       CharacterCounts characters, MatchedTagPairs matched, long passages) {
        long[] withTag = matched.withTag(tag);
        long both = withTag[0];
        long onlyA = withTag[1];
        long onlyB = withTag[2];
        long neither = passages - both - onlyA - onlyB;
        return new TagAgreement(scope, name, spans, characters, both + onlyA + onlyB, both,
                KrippendorffAlpha.binaryNominal(both, onlyA, onlyB, neither, NO_MATCHED_PASSAGES));
    }
}
