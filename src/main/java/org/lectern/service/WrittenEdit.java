package org.lectern.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lectern.model.Annotation;
import org.lectern.model.Change;

/**
 * A long edit (an import, its undo or redo, removing a big document) already in the file, waiting to be applied
 * to the project in memory. The window applies it a slice at a time, one slice per frame, so that its views
 * follow ten thousand highlights without ever holding up the screen for long; memory and views agree after
 * every slice, and the undo history takes the edit with the last one.
 */
public final class WrittenEdit {
    private final ProjectSession session;
    private final ProjectEvent.Kind kind;
    private final Edit edit;
    private final List<Change> changes;
    private int applied;

    WrittenEdit(ProjectSession session, ProjectEvent.Kind kind, Edit edit, List<Change> changes) {
        this.session = session;
        this.kind = kind;
        this.edit = edit;
        this.changes = inSliceOrder(changes);
    }

    /**
     * Highlights in the order of their documents and places, so that each slice touches one stretch of an
     * article; the order of the edit is kept when a record changes twice in it, where order matters.
     */
    private static List<Change> inSliceOrder(List<Change> changes) {
        Set<Object> seen = new HashSet<>();
        for (Change change : changes) {
            if (!seen.add(change.subject().id())) {
                return changes;
            }
        }
        List<Change> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparing((Change c) -> c.subject() instanceof Annotation a
                ? a.documentId().toString() : "").thenComparingInt(c -> c.subject() instanceof Annotation a
                ? a.passage().start() : 0));
        return ordered;
    }

    /** What was done: an edit, an undo or a redo. */
    public ProjectEvent.Kind kind() {
        return kind;
    }

    public String description() {
        return edit.description();
    }

    public int size() {
        return changes.size();
    }

    /** How many of its changes have been applied so far. */
    public int applied() {
        return applied;
    }

    public boolean isApplied() {
        return applied == changes.size();
    }

    /**
     * Applies the next {@code most} changes to memory and announces them; the last slice also records the edit in
     * the undo history. True when the whole edit has been applied.
     */
    public boolean applyNext(int most) {
        int end = Math.min(changes.size(), applied + Math.max(1, most));
        List<Change> slice = changes.subList(applied, end);
        applied = end;
        session.applyWritten(this, slice, isApplied());
        return isApplied();
    }

    Edit edit() {
        return edit;
    }
}
