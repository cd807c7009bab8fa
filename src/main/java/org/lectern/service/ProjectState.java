package org.lectern.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Stamps;
import org.lectern.model.Tag;

/**
 * The open project in memory, kept equal to the file by applying each saved change. Views read from it
 * instead of asking the file, so a key press costs one small write, not a reload.
 */
public final class ProjectState {
    private static final Comparator<Annotation> IN_TEXT_ORDER = Comparator
            .comparingInt((Annotation a) -> a.passage().start())
            .thenComparing(a -> -a.passage().end())
            .thenComparing(a -> a.stamp().created());

    private final Map<UUID, Document> documents = new LinkedHashMap<>();
    private final Map<UUID, Tag> tags = new LinkedHashMap<>();
    private final Map<UUID, Annotation> annotations = new HashMap<>();
    private final Map<UUID, DocumentAnnotations> annotationsByDocument = new HashMap<>();
    private final Map<UUID, Actor> actors = new LinkedHashMap<>();
    private final Map<UUID, Claim> claims = new LinkedHashMap<>();
    private final Map<UUID, Evidence> evidence = new LinkedHashMap<>();
    private final Map<UUID, Link> links = new LinkedHashMap<>();
    private final Map<UUID, ReviewComment> comments = new LinkedHashMap<>();
    private final Map<UUID, ReviewDecision> decisions = new LinkedHashMap<>();
    private final Map<String, Author> authors = new LinkedHashMap<>();
    /**
     * Authors first named since the project was opened, with how many records name them. As in the file, such an
     * author goes again when no record names them any more (undoing an analyst's first edit in the project).
     */
    private final Map<String, Integer> namingRecords = new HashMap<>();

    ProjectState(ProjectSnapshot snapshot) {
        snapshot.documents().forEach(this::put);
        snapshot.tags().forEach(this::put);
        snapshot.annotations().forEach(this::put);
        snapshot.actors().forEach(this::put);
        snapshot.claims().forEach(this::put);
        snapshot.evidence().forEach(this::put);
        snapshot.links().forEach(this::put);
        snapshot.comments().forEach(this::put);
        snapshot.decisions().forEach(this::put);
        snapshot.authors().forEach(author -> authors.put(author.name(), author));
    }

    void apply(Change change) {
        if (change.after() != null) {
            put(change.after());
            Stamps.authorOf(change.after()).ifPresent(name -> {
                noteAuthor(name);
                if (change.before() == null) {
                    namingRecords.computeIfPresent(name, (n, count) -> count + 1);
                }
            });
        } else {
            remove(change.before());
            Stamps.authorOf(change.before()).ifPresent(this::forgetIfUnnamed);
        }
    }

    private void put(ProjectRecord record) {
        if (record instanceof Document document) {
            documents.put(document.id(), document);
        } else if (record instanceof Tag tag) {
            tags.put(tag.id(), tag);
        } else if (record instanceof Annotation annotation) {
            Annotation previous = annotations.put(annotation.id(), annotation);
            if (previous != null && !previous.documentId().equals(annotation.documentId())) {
                annotationsByDocument.get(previous.documentId()).remove(previous.id());
            }
            annotationsByDocument.computeIfAbsent(annotation.documentId(), k -> new DocumentAnnotations())
                    .put(annotation);
        } else if (record instanceof Actor actor) {
            actors.put(actor.id(), actor);
        } else if (record instanceof Claim claim) {
            claims.put(claim.id(), claim);
        } else if (record instanceof Evidence item) {
            evidence.put(item.id(), item);
        } else if (record instanceof Link link) {
            links.put(link.id(), link);
        } else if (record instanceof ReviewComment comment) {
            comments.put(comment.id(), comment);
        } else if (record instanceof ReviewDecision decision) {
            decisions.put(decision.id(), decision);
        }
    }

    private void remove(ProjectRecord record) {
        if (record instanceof Document) {
            documents.remove(record.id());
        } else if (record instanceof Tag) {
            tags.remove(record.id());
        } else if (record instanceof Annotation annotation) {
            annotations.remove(annotation.id());
            DocumentAnnotations ofDocument = annotationsByDocument.get(annotation.documentId());
            if (ofDocument != null) {
                ofDocument.remove(annotation.id());
            }
        } else if (record instanceof Actor) {
            actors.remove(record.id());
        } else if (record instanceof Claim) {
            claims.remove(record.id());
        } else if (record instanceof Evidence) {
            evidence.remove(record.id());
        } else if (record instanceof Link) {
            links.remove(record.id());
        } else if (record instanceof ReviewComment) {
            comments.remove(record.id());
        } else if (record instanceof ReviewDecision) {
            decisions.remove(record.id());
        }
    }

    public List<Document> documents() {
        return List.copyOf(documents.values());
    }

    public Optional<Document> document(UUID id) {
        return Optional.ofNullable(documents.get(id));
    }

    public List<Tag> tags() {
        List<Tag> palette = new ArrayList<>(tags.values());
        palette.sort(Comparator.comparing((Tag t) -> !t.hasKey()).thenComparingInt(Tag::key).thenComparing(Tag::name));
        return palette;
    }

    public Optional<Tag> tag(UUID id) {
        return Optional.ofNullable(tags.get(id));
    }

    public Optional<Tag> tagWithKey(int key) {
        return tags.values().stream().filter(t -> t.key() == key && t.hasKey()).findFirst();
    }

    public Optional<Tag> tagNamed(String name) {
        return tags.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<Annotation> annotation(UUID id) {
        return Optional.ofNullable(annotations.get(id));
    }

    public int annotationCount() {
        return annotations.size();
    }

    /** A document's annotations in reading order. */
    public List<Annotation> annotationsOf(UUID documentId) {
        DocumentAnnotations ofDocument = annotationsByDocument.get(documentId);
        List<Annotation> ordered = ofDocument == null ? new ArrayList<>() : new ArrayList<>(ofDocument.all());
        ordered.sort(IN_TEXT_ORDER);
        return ordered;
    }

    /** A document's annotations in no particular order: a copy, quicker than {@link #annotationsOf} for counting. */
    public List<Annotation> annotationsInAnyOrderOf(UUID documentId) {
        DocumentAnnotations ofDocument = annotationsByDocument.get(documentId);
        return ofDocument == null ? new ArrayList<>() : new ArrayList<>(ofDocument.all());
    }

    /** A document's annotations that overlap {@code from..to}, in no particular order. */
    public List<Annotation> annotationsOverlapping(UUID documentId, int from, int to) {
        DocumentAnnotations ofDocument = annotationsByDocument.get(documentId);
        return ofDocument == null ? new ArrayList<>() : ofDocument.overlapping(from, to);
    }

    public List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    public Optional<Actor> actor(UUID id) {
        return Optional.ofNullable(id == null ? null : actors.get(id));
    }

    public List<Claim> claims() {
        return List.copyOf(claims.values());
    }

    public Optional<Claim> claim(UUID id) {
        return Optional.ofNullable(claims.get(id));
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence.values());
    }

    public Optional<Evidence> evidence(UUID id) {
        return Optional.ofNullable(evidence.get(id));
    }

    public List<Link> links() {
        return List.copyOf(links.values());
    }

    public List<Link> linksOfClaim(UUID claimId) {
        return links.values().stream().filter(l -> l.claimId().equals(claimId)).toList();
    }

    public List<Link> linksOfEvidence(UUID evidenceId) {
        return links.values().stream().filter(l -> l.evidenceId().equals(evidenceId)).toList();
    }

    public Optional<Link> link(UUID evidenceId, UUID claimId) {
        return links.values().stream()
                .filter(l -> l.evidenceId().equals(evidenceId) && l.claimId().equals(claimId)).findFirst();
    }

    /** Review comments in the order they were written. */
    public List<ReviewComment> comments() {
        return List.copyOf(comments.values());
    }

    /** The comments on one annotation, actor, claim or item of evidence, threads in order. */
    public List<ReviewComment> commentsOn(UUID targetId) {
        return comments.values().stream().filter(c -> c.targetId().equals(targetId)).toList();
    }

    public Optional<ReviewComment> comment(UUID id) {
        return Optional.ofNullable(comments.get(id));
    }

    public List<ReviewDecision> decisions() {
        return List.copyOf(decisions.values());
    }

    /** The decision on a colleague's annotation, if the reviewer has made one. */
    public Optional<ReviewDecision> decisionOn(UUID reviewedId) {
        return decisions.values().stream().filter(d -> d.reviewedId().equals(reviewedId)).findFirst();
    }

    public List<Actor> actorsMentionedAt(UUID annotationId) {
        return actors.values().stream().filter(a -> a.mentionIds().contains(annotationId)).toList();
    }

    public List<Claim> claimsAt(UUID annotationId) {
        return claims.values().stream().filter(c -> c.passageIds().contains(annotationId)).toList();
    }

    public List<Evidence> evidenceAt(UUID annotationId) {
        return evidence.values().stream().filter(e -> e.passageIds().contains(annotationId)).toList();
    }

    public List<String> authorNames() {
        return List.copyOf(authors.keySet());
    }


    /** Everything the project holds, as plain records: what exports read, taken without touching the file. */
    public ProjectSnapshot snapshot() {
        List<Annotation> all = new ArrayList<>(annotations.size());
        for (Document document : documents.values()) {
            all.addAll(annotationsOf(document.id()));
        }
        return new ProjectSnapshot(documents(), tags(), all, actors(), claims(), evidence(), links(),
                List.copyOf(authors.values()), comments(), decisions());
    }

    void noteAuthor(String name) {
        if (!authors.containsKey(name)) {
            authors.put(name, new Author(UUID.randomUUID(), name));
            namingRecords.put(name, 0);
        }
    }

    private void forgetIfUnnamed(String name) {
        Integer count = namingRecords.get(name);
        if (count == null) {
            return;
        }
        if (count <= 1) {
            namingRecords.remove(name);
            authors.remove(name);
        } else {
            namingRecords.put(name, count - 1);
        }
    }
}
