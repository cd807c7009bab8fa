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
import org.lectern.store.SavedHighlights;

/**
 * The open project in memory, kept equal to the file by applying each saved change. Views read from it
 * instead of asking the file, so a key press costs one small write, not a reload.
 *
 * <p>A document's highlights are read from the file when they are first asked for, not on opening: a corpus of
 * 1,000 documents holds 200,000 highlights, and reading them all would keep the analyst waiting seconds for a
 * window that shows one document. Until then the document only has its count, and changes saved to it are noted
 * and applied again over what is read (the read may come from just before or just after a change was saved).
 * The highlights are guarded by this object's lock, so that a worker (an export, the Review tab's first figures)
 * can read them while the window does; the rest of the state changes only on the window's thread.
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
    /** Where the highlights of documents not yet read come from. */
    private final SavedHighlights source;
    /** Documents whose highlights are still only in the file. */
    private final java.util.Set<UUID> unread = new java.util.HashSet<>();
    /** How many highlights the project holds: as counted on opening, then followed change by change. */
    private int annotationCount;
    /** The reading of every unread document's highlights under way, which a second caller waits for. */
    private java.util.concurrent.FutureTask<Void> readingAll;
    /** Changes to highlights of unread documents since opening, to apply again over what is read. */
    private final Map<UUID, List<Change>> savedWhileUnread = new HashMap<>();

    /** A project held whole, every highlight in memory from the start. */
    ProjectState(ProjectSnapshot snapshot) {
        this(snapshot, 0, null);
    }

    /**
     * A project opened without its highlights ({@code count}: how many the file holds); each document's are read
     * from {@code source} when first asked for.
     */
    ProjectState(ProjectSnapshot snapshot, int count, SavedHighlights source) {
        this.source = source;
        if (source != null) {
            snapshot.documents().forEach(document -> unread.add(document.id()));
            annotationCount = count;
        }
        snapshot.documents().forEach(this::put);
        snapshot.tags().forEach(this::put);
        snapshot.annotations().forEach(annotation -> applyToHighlights(Change.created(annotation)));
        snapshot.actors().forEach(this::put);
        snapshot.claims().forEach(this::put);
        snapshot.evidence().forEach(this::put);
        snapshot.links().forEach(this::put);
        snapshot.comments().forEach(this::put);
        snapshot.decisions().forEach(this::put);
        snapshot.authors().forEach(author -> authors.put(author.name(), author));
    }

    void apply(Change change) {
        if (change.before() instanceof Annotation || change.after() instanceof Annotation) {
            applyToHighlights(change);
        } else if (change.before() instanceof Document removed && change.after() == null) {
            synchronized (this) {
                unread.remove(removed.id());
                savedWhileUnread.remove(removed.id());
            }
        }
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
        } else if (record instanceof Annotation) {
            return; // see applyToHighlights
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
        } else if (record instanceof Annotation) {
            return; // see applyToHighlights
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
        synchronized (this) {
            Annotation held = annotations.get(id);
            if (held != null || unread.isEmpty()) {
                return Optional.ofNullable(held);
            }
        }
        Optional<UUID> document = source.documentOfAnnotation(id);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        read(document.get());
        synchronized (this) {
            return Optional.ofNullable(annotations.get(id));
        }
    }

    /** How many highlights the project holds, whether read yet or not. */
    public synchronized int annotationCount() {
        return annotationCount;
    }

    /** A document's annotations in reading order, unmodifiable. */
    public List<Annotation> annotationsOf(UUID documentId) {
        DocumentAnnotations ofDocument = read(documentId);
        synchronized (this) {
            return ofDocument == null ? List.of() : ofDocument.inOrder();
        }
    }

    /** A document's annotations in no particular order: a copy, quicker than {@link #annotationsOf} for counting. */
    public List<Annotation> annotationsInAnyOrderOf(UUID documentId) {
        DocumentAnnotations ofDocument = read(documentId);
        synchronized (this) {
            return ofDocument == null ? new ArrayList<>() : new ArrayList<>(ofDocument.all());
        }
    }

    /** A document's annotations that overlap {@code from..to}, in no particular order. */
    public List<Annotation> annotationsOverlapping(UUID documentId, int from, int to) {
        DocumentAnnotations ofDocument = read(documentId);
        synchronized (this) {
            return ofDocument == null ? new ArrayList<>() : ofDocument.overlapping(from, to);
        }
    }

    /** Whether every document's highlights are in memory: nothing is left to read from the file. */
    public synchronized boolean allHighlightsRead() {
        return unread.isEmpty();
    }

    /** How many highlights carry the tag, in every document. */
    public long annotationsTagged(UUID tagId) {
        readAllHighlights();
        synchronized (this) {
            return annotations.values().stream().filter(a -> a.tagId().equals(tagId)).count();
        }
    }

    /**
     * Reads every document's highlights not yet in memory, in one pass over the file: for work over the whole
     * project (agreement, exports), best started on a worker. Nothing happens when all are in memory.
     */
    public void readAllHighlights() {
        java.util.concurrent.FutureTask<Void> reading;
        boolean mine = false;
        synchronized (this) {
            if (unread.isEmpty()) {
                return;
            }
            if (readingAll == null) {
                readingAll = new java.util.concurrent.FutureTask<>(this::readUnread, null);
                mine = true;
            }
            reading = readingAll;
        }
        // Asked for twice at once (the Review tab's analysts and its figures), the file is read once.
        if (mine) {
            try {
                reading.run();
            } finally {
                synchronized (this) {
                    readingAll = null;
                }
            }
        }
        try {
            reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while reading highlights");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    private void readUnread() {
        java.util.Set<UUID> missing;
        synchronized (this) {
            missing = new java.util.HashSet<>(unread);
        }
        Map<UUID, List<Annotation>> stored = source.annotationsOf(missing);
        for (Map.Entry<UUID, List<Annotation>> document : stored.entrySet()) {
            fill(document.getKey(), document.getValue());
        }
    }

    /** The document's highlights in memory, read from the file first if they are not there yet. */
    private DocumentAnnotations read(UUID documentId) {
        synchronized (this) {
            if (!unread.contains(documentId)) {
                return annotationsByDocument.get(documentId);
            }
        }
        // Read outside the lock: a worker reading the whole project must not hold the window up.
        fill(documentId, source.annotationsOf(documentId));
        synchronized (this) {
            return annotationsByDocument.get(documentId);
        }
    }

    /** What was read, then the changes saved since opening over it; unless another thread filled it first. */
    private synchronized void fill(UUID documentId, List<Annotation> stored) {
        if (!unread.remove(documentId)) {
            return;
        }
        DocumentAnnotations ofDocument = annotationsByDocument.computeIfAbsent(documentId,
                k -> new DocumentAnnotations(IN_TEXT_ORDER));
        for (Annotation annotation : stored) {
            annotations.put(annotation.id(), annotation);
            ofDocument.put(annotation);
        }
        List<Change> saved = savedWhileUnread.remove(documentId);
        if (saved != null) {
            for (Change change : saved) {
                // Only this document's side: a highlight moved to or from another was counted there already.
                if (change.before() instanceof Annotation before && before.documentId().equals(documentId)) {
                    annotations.remove(before.id(), ofDocument.get(before.id()));
                    ofDocument.remove(before.id());
                }
                if (change.after() instanceof Annotation after && after.documentId().equals(documentId)) {
                    annotations.put(after.id(), after);
                    ofDocument.put(after);
                }
            }
        }
    }

    /**
     * A saved change to a highlight. A document not read yet only counts it and notes it; the change is in the
     * file already, and is applied again when the document is read, over whatever the read found.
     */
    private synchronized void applyToHighlights(Change change) {
        Annotation before = (Annotation) change.before();
        Annotation after = (Annotation) change.after();
        annotationCount += (after == null ? 0 : 1) - (before == null ? 0 : 1);
        if (before != null) {
            UUID document = before.documentId();
            if (unread.contains(document)) {
                note(document, change);
            } else {
                annotations.remove(before.id());
                DocumentAnnotations ofDocument = annotationsByDocument.get(document);
                if (ofDocument != null) {
                    ofDocument.remove(before.id());
                }
            }
        }
        if (after != null) {
            UUID document = after.documentId();
            if (unread.contains(document)) {
                if (before == null || !before.documentId().equals(document)) {
                    note(document, change);
                }
            } else {
                annotations.put(after.id(), after);
                annotationsByDocument.computeIfAbsent(document, k -> new DocumentAnnotations(IN_TEXT_ORDER)).put(after);
            }
        }
    }

    private void note(UUID document, Change change) {
        savedWhileUnread.computeIfAbsent(document, k -> new ArrayList<>()).add(change);
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
        readAllHighlights();
        List<Annotation> all = new ArrayList<>(annotationCount());
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
