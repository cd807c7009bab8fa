package org.lectern.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Tag;

/**
 * The changes of an edit being built. A record updated twice in one edit (an actor losing two mentions)
 * becomes one change from its first "before" to its last "after".
 */
final class Changes {
    private final List<Change> changes = new ArrayList<>();

    void add(Change change) {
        changes.add(change);
    }

    /** The record as this edit has left it so far. */
    @SuppressWarnings("unchecked")
    <T extends ProjectRecord> T latest(T record) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change change = changes.get(i);
            if (change.after() != null && change.after().id().equals(record.id())) {
                return (T) change.after();
            }
        }
        return record;
    }

    /** Records an update of {@code original}, merging with an earlier update of it in this edit. */
    void replace(ProjectRecord original, ProjectRecord after) {
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            if (change.after() != null && change.after().id().equals(original.id())) {
                changes.set(i, new Change(change.before(), after));
                return;
            }
        }
        changes.add(Change.updated(original, after));
    }

    Optional<Tag> createdTagNamed(String name) {
        return changes.stream().map(Change::after).filter(Tag.class::isInstance).map(Tag.class::cast)
                .filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    Annotation createdAnnotationAt(UUID documentId, int start, int end, UUID tagId) {
        return changes.stream().map(Change::after).filter(Annotation.class::isInstance).map(Annotation.class::cast)
                .filter(a -> a.documentId().equals(documentId) && a.tagId().equals(tagId)
                        && a.passage().start() == start && a.passage().end() == end)
                .findFirst().orElse(null);
    }

    List<Change> list() {
        return List.copyOf(changes);
    }
}
