package org.lectern.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Tag;

/**
 * What review reads of a project, one document's annotations at a time. The window hands over the open project
 * as it stands in memory, so that comparing two analysts never copies 200,000 annotations; a file's snapshot
 * serves the command line and the reports.
 */
public interface ReviewedProject {
    /** The documents in the project's order: the order of the agreement table's document rows. */
    List<Document> documents();

    List<Tag> tags();

    /**
     * One document's annotations, adjudicated copies included, in any order: a list of its own, which later edits
     * leave as it is (an agreement update reads it on the editing thread and compares it on a worker).
     */
    List<Annotation> annotationsOf(UUID documentId);

    /**
     * About to read many documents' annotations: a project that reads them from its file on demand reads them all
     * now, in one pass, rather than one query per document.
     */
    default void readAheadAllAnnotations() {
    }

    Optional<Annotation> annotation(UUID id);

    List<Actor> actors();

    List<Claim> claims();

    List<Evidence> evidence();

    List<Link> links();

    List<ReviewDecision> decisions();

    /** A snapshot, its annotations grouped by document once. */
    static ReviewedProject of(ProjectSnapshot snapshot) {
        Map<UUID, Annotation> byId = new HashMap<>();
        Map<UUID, List<Annotation>> byDocument = new HashMap<>();
        for (Annotation annotation : snapshot.annotations()) {
            byId.put(annotation.id(), annotation);
            byDocument.computeIfAbsent(annotation.documentId(), document -> new ArrayList<>()).add(annotation);
        }
        return new ReviewedProject() {
            @Override
            public List<Document> documents() {
                return snapshot.documents();
            }

            @Override
            public List<Tag> tags() {
                return snapshot.tags();
            }

            @Override
            public List<Annotation> annotationsOf(UUID documentId) {
                return byDocument.getOrDefault(documentId, List.of());
            }

            @Override
            public Optional<Annotation> annotation(UUID id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public List<Actor> actors() {
                return snapshot.actors();
            }

            @Override
            public List<Claim> claims() {
                return snapshot.claims();
            }

            @Override
            public List<Evidence> evidence() {
                return snapshot.evidence();
            }

            @Override
            public List<Link> links() {
                return snapshot.links();
            }

            @Override
            public List<ReviewDecision> decisions() {
                return snapshot.decisions();
            }
        };
    }
}
