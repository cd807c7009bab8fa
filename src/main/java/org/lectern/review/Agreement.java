package org.lectern.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;

/**
 * Measures how far two analysts agree on a project's documents (GitHub issue 4). Author A is the key and
 * author B the response, as in GATE's Annotation Diff: swapping them swaps precision and recall and
 * leaves κ and α unchanged.
 * <ul>
 * <li>Span precision, recall and F1, strict and lenient, per tag: {@link SpanCounts}.</li>
 * <li>Cohen's κ at character level per tag, NVivo's way: {@link CharacterCounts}.</li>
 * <li>Krippendorff's α (nominal) on the tags of matched passages: {@link TagAgreement#alphaNominal()}.</li>
 * <li>α (ordinal) on the Admiralty grades of matched evidence: {@link GradeAgreement}.</li>
 * <li>Agreement on the links between matched evidence and claims: {@link LinkAgreement}.</li>
 * </ul>
 * Only the two authors' own readings count ({@code stamp().author()}), never the copies a reviewer's
 * decisions put into the adjudicated layer ({@link AdjudicatedCopies}); a document is compared when either of
 * them annotated it. Pooled rows sum counts over documents (GATE Corpus QA's micro average;
 * κ over all compared chars), and compute α over the matched passages of all documents together.
 */
public final class Agreement {
    private Agreement() {
    }

    /**
     * The analysts with a reading of their own in the project (highlights that are not adjudicated copies),
     * those with the most highlights first, then by name.
     */
    public static List<String> analysts(ProjectSnapshot project) {
        Map<String, Long> highlights = new HashMap<>();
        for (Annotation annotation : AdjudicatedCopies.of(project.decisions()).readings(project.annotations())) {
            highlights.merge(annotation.stamp().author(), 1L, Long::sum);
        }
        return highlights.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    public static AgreementReport between(ProjectSnapshot project, String authorA, String authorB) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(authorA, "authorA");
        Objects.requireNonNull(authorB, "authorB");
        if (authorA.equals(authorB)) {
            throw new IllegalArgumentException("Agreement is measured between two different authors");
        }
        Map<UUID, String> tagNames = new HashMap<>();
        for (Tag tag : project.tags()) {
            tagNames.put(tag.id(), tag.name());
        }
        Function<UUID, String> tagName = tag -> tagNames.getOrDefault(tag, tag.toString());
        Map<UUID, Annotation> annotations = new HashMap<>();
        Map<UUID, List<Annotation>> byA = new HashMap<>();
        Map<UUID, List<Annotation>> byB = new HashMap<>();
        for (Annotation annotation : AdjudicatedCopies.of(project.decisions()).readings(project.annotations())) {
            annotations.put(annotation.id(), annotation);
            String author = annotation.stamp().author();
            if (author.equals(authorA)) {
                byA.computeIfAbsent(annotation.documentId(), document -> new ArrayList<>()).add(annotation);
            } else if (author.equals(authorB)) {
                byB.computeIfAbsent(annotation.documentId(), document -> new ArrayList<>()).add(annotation);
            }
        }

        List<TagAgreement> documentRows = new ArrayList<>();
        Map<UUID, SpanCounts> corpusSpans = new HashMap<>();
        Map<UUID, CharacterCounts> corpusCharacters = new HashMap<>();
        Map<UUID, Long> charsOfDocumentsUsingTag = new HashMap<>();
        List<UUID[]> corpusMatchedTags = new ArrayList<>();
        long comparedChars = 0;
        for (Document document : project.documents()) {
            List<Annotation> ofA = byA.getOrDefault(document.id(), List.of());
            List<Annotation> ofB = byB.getOrDefault(document.id(), List.of());
            if (ofA.isEmpty() && ofB.isEmpty()) {
                continue;
            }
            DocumentComparison.Result result = DocumentComparison.compare(document.text(), ofA, ofB);
            long length = document.text().codePointCount(0, document.text().length());
            comparedChars += length;
            documentRows.addAll(TagRows.of(document.title(), result.spans(), result.characters(),
                    result.matchedTags(), tagName));
            result.spans().forEach((tag, counts) -> corpusSpans.merge(tag, counts, SpanCounts::plus));
            result.characters().forEach((tag, counts) -> corpusCharacters.merge(tag, counts, CharacterCounts::plus));
            result.spans().keySet().forEach(tag -> charsOfDocumentsUsingTag.merge(tag, length, Long::sum));
            corpusMatchedTags.addAll(result.matchedTags());
        }
        // A document where neither author used a tag still counts for that tag: all its chars agree, uncoded.
        for (Map.Entry<UUID, CharacterCounts> entry : corpusCharacters.entrySet()) {
            long untouched = comparedChars - charsOfDocumentsUsingTag.get(entry.getKey());
            entry.setValue(entry.getValue().plus(new CharacterCounts(0, 0, 0, untouched)));
        }
        List<TagAgreement> corpusRows = TagRows.of(TagAgreement.ALL_DOCUMENTS, corpusSpans, corpusCharacters,
                corpusMatchedTags, tagName);

        EvidenceAndClaims records = new EvidenceAndClaims(project, authorA, authorB, annotations);
        return new AgreementReport(authorA, authorB, documentRows, corpusRows, records.grades(),
                records.links(project.links(), authorA, authorB));
    }
}
