package org.lectern.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.Tag;

/**
 * Agreement between two analysts that follows a project as it is edited: each document's comparison is kept,
 * and after an edit only the documents told of ({@link #documentChanged}) are compared again; the project's
 * figures are pooled afresh from the documents' parts, exactly as {@link Agreement#between} pools them (it is
 * this class, starting with nothing kept). A reviewer's decisions are followed by themselves: when the set of
 * adjudicated copies changes, the documents of the copies that came or went are compared again.
 */
public final class IncrementalAgreement {
    /**
     * One document's comparison; {@link #NOT_COMPARED} when neither analyst annotated it. Its report rows are kept
     * too, made again only when the document's title or a tag's name has changed since.
     */
    private static final class Part {
        private final long length;
        private final DocumentComparison.Result result;
        private List<TagAgreement> rows;
        private String rowsTitle;

        Part(long length, DocumentComparison.Result result) {
            this.length = length;
            this.result = result;
        }

        List<TagAgreement> rows(String title, Function<UUID, String> tagName) {
            if (rows == null || !title.equals(rowsTitle)) {
                rows = TagRows.of(title, result.spans(), result.characters(), result.matchedTags(), tagName);
                rowsTitle = title;
            }
            return rows;
        }
    }

    private static final Part NOT_COMPARED = new Part(0, null);

    private final ReviewedProject project;
    private final String authorA;
    private final String authorB;
    private final Map<UUID, Part> parts = new HashMap<>();
    private Set<UUID> copies = Set.of();
    private Map<UUID, String> tagNamesOfRows = Map.of();
    private int comparedLastTime;

    public IncrementalAgreement(ReviewedProject project, String authorA, String authorB) {
        this.project = Objects.requireNonNull(project, "project");
        this.authorA = Objects.requireNonNull(authorA, "authorA");
        this.authorB = Objects.requireNonNull(authorB, "authorB");
        if (authorA.equals(authorB)) {
            throw new IllegalArgumentException("Agreement is measured between two different authors");
        }
    }

    public String authorA() {
        return authorA;
    }

    public String authorB() {
        return authorB;
    }

    /** An annotation of this document was added, changed or removed (or the document itself came or went). */
    public void documentChanged(UUID documentId) {
        parts.remove(documentId);
    }

    /** Forgets every document's comparison: the next report compares them all. */
    public void everythingChanged() {
        parts.clear();
    }

    /** How many documents the last {@link #report()} compared afresh (the others' parts were kept). */
    public int comparedLastTime() {
        return comparedLastTime;
    }

    /** The figures as the project stands, comparing only the documents changed since the last report. */
    public AgreementReport report() {
        AdjudicatedCopies adjudicated = AdjudicatedCopies.of(project.decisions());
        followCopies(adjudicated);
        Map<UUID, String> tagNames = new HashMap<>();
        for (Tag tag : project.tags()) {
            tagNames.put(tag.id(), tag.name());
        }
        // A tag's id stands for its name only when the tag is gone; written out only then (rows sort by name).
        Function<UUID, String> tagName = tag -> {
            String name = tagNames.get(tag);
            return name != null ? name : tag.toString();
        };
        if (!tagNames.equals(tagNamesOfRows)) {
            parts.values().forEach(part -> part.rows = null);
            tagNamesOfRows = tagNames;
        }

        comparedLastTime = 0;
        List<TagAgreement> documentRows = new ArrayList<>();
        Map<UUID, SpanCounts> corpusSpans = new HashMap<>();
        Map<UUID, CharacterCounts> corpusCharacters = new HashMap<>();
        Map<UUID, Long> charsOfDocumentsUsingTag = new HashMap<>();
        List<UUID[]> corpusMatchedTags = new ArrayList<>();
        long comparedChars = 0;
        Set<UUID> present = new HashSet<>();
        List<Document> documents = project.documents();
        if (documents.stream().filter(d -> !parts.containsKey(d.id())).limit(2).count() > 1) {
            project.readAheadAllAnnotations();
        }
        for (Document document : documents) {
            present.add(document.id());
            Part part = parts.get(document.id());
            if (part == null) {
                part = compare(document, adjudicated);
                parts.put(document.id(), part);
                comparedLastTime++;
            }
            if (part == NOT_COMPARED) {
                continue;
            }
            DocumentComparison.Result result = part.result;
            long length = part.length;
            comparedChars += length;
            documentRows.addAll(part.rows(document.title(), tagName));
            result.spans().forEach((tag, counts) -> corpusSpans.merge(tag, counts, SpanCounts::plus));
            result.characters().forEach((tag, counts) -> corpusCharacters.merge(tag, counts, CharacterCounts::plus));
            result.spans().keySet().forEach(tag -> charsOfDocumentsUsingTag.merge(tag, length, Long::sum));
            corpusMatchedTags.addAll(result.matchedTags());
        }
        parts.keySet().retainAll(present);
        // A document where neither author used a tag still counts for that tag: all its chars agree, uncoded.
        for (Map.Entry<UUID, CharacterCounts> entry : corpusCharacters.entrySet()) {
            long untouched = comparedChars - charsOfDocumentsUsingTag.get(entry.getKey());
            entry.setValue(entry.getValue().plus(new CharacterCounts(0, 0, 0, untouched)));
        }
        List<TagAgreement> corpusRows = TagRows.of(TagAgreement.ALL_DOCUMENTS, corpusSpans, corpusCharacters,
                corpusMatchedTags, tagName);

        EvidenceAndClaims records = new EvidenceAndClaims(project.evidence(), project.claims(), authorA, authorB,
                id -> project.annotation(id).filter(annotation -> !adjudicated.contains(annotation)).orElse(null));
        return new AgreementReport(authorA, authorB, documentRows, corpusRows, records.grades(),
                records.links(project.links(), authorA, authorB));
    }

    /** Only the two authors' own readings count, never the copies a reviewer's decisions made. */
    private Part compare(Document document, AdjudicatedCopies adjudicated) {
        List<Annotation> ofA = new ArrayList<>();
        List<Annotation> ofB = new ArrayList<>();
        for (Annotation annotation : project.annotationsOf(document.id())) {
            if (adjudicated.contains(annotation)) {
                continue;
            }
            String author = annotation.stamp().author();
            if (author.equals(authorA)) {
                ofA.add(annotation);
            } else if (author.equals(authorB)) {
                ofB.add(annotation);
            }
        }
        if (ofA.isEmpty() && ofB.isEmpty()) {
            return NOT_COMPARED;
        }
        DocumentComparison.Result result = DocumentComparison.compare(document.text(), ofA, ofB);
        return new Part(document.text().codePointCount(0, document.text().length()), result);
    }

    /**
     * A copy that became one (Accept, Amend) or stopped being one (Withdraw, undo) leaves or joins the readings of
     * its document; a copy no longer in the project went with an edit the caller has already told of.
     */
    private void followCopies(AdjudicatedCopies adjudicated) {
        Set<UUID> now = adjudicated.ids();
        if (now.equals(copies)) {
            return;
        }
        Set<UUID> changed = new HashSet<>(now);
        changed.addAll(copies);
        Set<UUID> both = new HashSet<>(now);
        both.retainAll(copies);
        changed.removeAll(both);
        for (UUID id : changed) {
            project.annotation(id).ifPresent(annotation -> documentChanged(annotation.documentId()));
        }
        copies = now;
    }
}
