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
     * article; every other change keeps its place in the edit (a document is created before its highlights and
     * removed after them), and the edit's order is kept whole when a record changes twice in it.
     */
    private static List<Change> inSliceOrder(List<Change> changes) {
        Set<Object> seen = new HashSet<>();
        List<Integer> slots = new ArrayList<>();
        List<Change> highlights = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            if (!seen.add(change.subject().id())) {
                return changes;
            }
            if (change.subject() instanceof Annotation) {
                slots.add(i);
                highlights.add(change);
            }
        }
        highlights.sort(Comparator.comparing((Change c) -> ((Annotation) c.subject()).documentId())
                .thenComparingInt(c -> ((Annotation) c.subject()).passage().start()));
        List<Change> ordered = new ArrayList<>(changes);
        for (int i = 0; i < slots.size(); i++) {
            ordered.set(slots.get(i), highlights.get(i));
        }
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
