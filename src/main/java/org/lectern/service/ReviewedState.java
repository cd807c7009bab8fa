package org.lectern.service;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Tag;
import org.lectern.review.ReviewedProject;

/**
 * The open project as review reads it: straight from memory, one document's annotations at a time, never a copy
 * of the whole. It reads whichever project is open when asked (the window may open another).
 */
public final class ReviewedState implements ReviewedProject {
    private final Supplier<ProjectState> state;

    public ReviewedState(Supplier<ProjectState> state) {
        this.state = state;
    }

    /** The documents whose annotations an edit, undo or redo changed: those whose comparison must be made again. */
    public static Set<UUID> documentsAnnotatedIn(ProjectEvent event) {
        Set<UUID> documents = new HashSet<>();
        for (Change change : event.changes()) {
            if (change.before() instanceof Annotation before) {
                documents.add(before.documentId());
            }
            if (change.after() instanceof Annotation after) {
                documents.add(after.documentId());
            }
        }
        return documents;
    }

    @Override
    public List<Document> documents() {
        return state.get().documents();
    }

    @Override
    public List<Tag> tags() {
        return state.get().tags();
    }

    @Override
    public List<Annotation> annotationsOf(UUID documentId) {
        return state.get().annotationsInAnyOrderOf(documentId); // review sorts what it compares itself
    }

    @Override
    public void readAheadAllAnnotations() {
        state.get().readAllHighlights();
    }

    @Override
    public Optional<Annotation> annotation(UUID id) {
        return state.get().annotation(id);
    }

    @Override
    public List<Actor> actors() {
        return state.get().actors();
    }

    @Override
    public List<Claim> claims() {
        return state.get().claims();
    }

    @Override
    public List<Evidence> evidence() {
        return state.get().evidence();
    }

    @Override
    public List<Link> links() {
        return state.get().links();
    }

    @Override
    public List<ReviewDecision> decisions() {
        return state.get().decisions();
    }
}
