package org.lectern.review;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;

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

    /**
     * The analysts with a reading of their own in a project held in memory, in the same order as
     * {@link #analysts(ProjectSnapshot)}; read document by document, without a copy of the project.
     */
    public static List<String> analysts(ReviewedProject project) {
        AdjudicatedCopies copies = AdjudicatedCopies.of(project.decisions());
        boolean anyCopies = !copies.ids().isEmpty();
        // Counted in place, one counter per analyst: the window asks this over 200,000 highlights.
        Map<String, long[]> highlights = new HashMap<>();
        for (Document document : project.documents()) {
            for (Annotation annotation : project.annotationsOf(document.id())) {
                if (!anyCopies || !copies.contains(annotation)) {
                    highlights.computeIfAbsent(annotation.stamp().author(), author -> new long[1])[0]++;
                }
            }
        }
        return highlights.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    /** Every figure, computed afresh: an {@link IncrementalAgreement} that has kept nothing yet. */
    public static AgreementReport between(ProjectSnapshot project, String authorA, String authorB) {
        Objects.requireNonNull(project, "project");
        return new IncrementalAgreement(ReviewedProject.of(project), authorA, authorB).report();
    }
}
