package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

/** A project file in a temporary folder, open in a session, with one article and the default tags. */
final class TestProject implements AutoCloseable {
    static final String ANALYST = "Ada Lovelace";
    static final String TITLE = "Border report";
    static final String TEXT = """
            Foreign Minister Jane  Doe said on Tuesday that the Northern
            Alliance had withdrawn its troops from the border.
            Satellite images published by the Coastal Institute show convoys leaving the area.
            A spokesman for the Northern Alliance denied that any troops had moved.
            Jane Doe repeated the claim on Friday.
            """;

    final Path file;
    final ProjectStore store;
    final ProjectSession session;
    final UUID documentId;

    private TestProject(Path file, ProjectStore store, ProjectSession session, UUID documentId) {
        this.file = file;
        this.store = store;
        this.session = session;
        this.documentId = documentId;
    }

    /** A project with the default tags and the test article, and nothing to undo. */
    static TestProject create(Path folder) throws Exception {
        return create(folder, true, store -> store);
    }

    static TestProject withoutTags(Path folder) throws Exception {
        return create(folder, false, store -> store);
    }

    /** As {@link #create(Path)}, with the session writing through a store made by {@code wrap}. */
    static TestProject create(Path folder, boolean defaultTags, Function<ProjectStore, ProjectStore> wrap)
            throws Exception {
        Path file = folder.resolve("test.lectern");
        ProjectStore store = wrap.apply(ProjectFiles.create(file));
        ProjectSession session = new ProjectSession(store, ANALYST);
        if (defaultTags) {
            ProjectSetup.ensureDefaultTags(session);
        }
        Edit add = session.edits().addDocument(TITLE, new DocumentMetadata("Wire", "", "2024-05-01", ""), TEXT);
        session.perform(add);
        session.forgetHistory();
        return new TestProject(file, store, session, created(add, Document.class).id());
    }

    ProjectState state() {
        return session.state();
    }

    Edits edits() {
        return session.edits();
    }

    Edit perform(Edit edit) {
        session.perform(edit);
        return edit;
    }

    /** Where {@code quote} starts in the article (its first occurrence). */
    static int start(String quote) {
        int at = TEXT.indexOf(quote);
        assertTrue(at >= 0, "The test article quotes “" + quote + "”");
        return at;
    }

    static int end(String quote) {
        return start(quote) + quote.length();
    }

    static int[] range(String quote) {
        return new int[] {start(quote), end(quote)};
    }

    UUID tag(String name) {
        return state().tagNamed(name).orElseThrow().id();
    }

    Annotation annotate(String quote, String tagName) {
        return created(perform(edits().annotate(documentId, start(quote), end(quote), tag(tagName))),
                Annotation.class);
    }

    Actor newActor(String quote) {
        return created(perform(edits().newActorFromSelection(documentId, start(quote), end(quote))), Actor.class);
    }

    Claim newClaim(String quote) {
        return created(perform(edits().newClaimFromSelection(documentId, start(quote), end(quote))), Claim.class);
    }

    Evidence newEvidence(String quote) {
        return created(perform(edits().newEvidenceFromSelection(documentId, start(quote), end(quote))),
                Evidence.class);
    }

    Actor actor(UUID id) {
        return state().actor(id).orElseThrow();
    }

    Claim claim(UUID id) {
        return state().claim(id).orElseThrow();
    }

    Evidence evidence(UUID id) {
        return state().evidence(id).orElseThrow();
    }

    /** The record of {@code kind} an edit creates (the first, if several). */
    static <T> T created(Edit edit, Class<T> kind) {
        return createdAll(edit, kind).get(0);
    }

    static <T> List<T> createdAll(Edit edit, Class<T> kind) {
        return edit.changes().stream().filter(c -> c.before() == null).map(Change::after)
                .filter(kind::isInstance).map(kind::cast).toList();
    }

    /** What the session holds in memory. */
    Contents memory() {
        return Contents.of(state());
    }

    /** What the file holds, read by a fresh session on a freshly opened store. */
    Contents file() throws Exception {
        try (ProjectSession reader = new ProjectSession(ProjectFiles.openForReading(file), "Reader")) {
            return Contents.of(reader.state());
        }
    }

    /** What the file holds, as the session's own store loads it. */
    Contents loaded() {
        return Contents.of(store.load());
    }

    void assertFileMatchesMemory() throws Exception {
        assertEquals(memory(), file(), "the file holds what memory holds");
    }

    /**
     * Performs the edit, then checks it reached memory and the file, that undo gives back exactly the
     * previous contents in both, and that redo makes the edit again.
     *
     * @return the contents after the edit
     */
    Contents assertUndoable(Edit edit) throws Exception {
        Contents before = memory();
        assertEquals(before, file(), "before the edit, the file holds what memory holds");
        perform(edit);
        Contents after = memory();
        assertTrue(!after.equals(before), "the edit changed something");
        assertEquals(after, file(), "the edit was saved");
        assertTrue(session.undo(), "the edit can be undone");
        assertEquals(before, memory(), "undo restores memory");
        assertEquals(before, file(), "undo restores the file");
        assertTrue(session.redo(), "the edit can be redone");
        assertEquals(after, memory(), "redo makes the edit again in memory");
        assertEquals(after, file(), "redo makes the edit again in the file");
        return after;
    }

    @Override
    public void close() {
        session.close();
    }

    /** A project's contents, order aside (a row undeleted may come back in another place). */
    record Contents(Set<Document> documents, Set<Tag> tags, Set<Annotation> annotations, int annotationCount,
                    Set<Actor> actors, Set<Claim> claims, Set<Evidence> evidence, Set<Link> links,
                    Set<String> authors, Set<ReviewComment> comments, Set<ReviewDecision> decisions) {
        static Contents of(ProjectState state) {
            Set<Annotation> annotations = new HashSet<>();
            for (Document document : state.documents()) {
                annotations.addAll(state.annotationsOf(document.id()));
            }
            return new Contents(Set.copyOf(state.documents()), Set.copyOf(state.tags()), annotations,
                    state.annotationCount(), Set.copyOf(state.actors()), Set.copyOf(state.claims()),
                    Set.copyOf(state.evidence()), Set.copyOf(state.links()), Set.copyOf(state.authorNames()),
                    Set.copyOf(state.comments()), Set.copyOf(state.decisions()));
        }

        static Contents of(ProjectSnapshot snapshot) {
            return new Contents(Set.copyOf(snapshot.documents()), Set.copyOf(snapshot.tags()),
                    Set.copyOf(snapshot.annotations()), snapshot.annotations().size(),
                    Set.copyOf(snapshot.actors()), Set.copyOf(snapshot.claims()), Set.copyOf(snapshot.evidence()),
                    Set.copyOf(snapshot.links()),
                    Set.copyOf(snapshot.authors().stream().map(Author::name).toList()),
                    Set.copyOf(snapshot.comments()), Set.copyOf(snapshot.decisions()));
        }
    }
}
