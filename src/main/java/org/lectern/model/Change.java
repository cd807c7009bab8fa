package org.lectern.model;

import java.util.Objects;

/**
 * One record before and after an edit: {@code before} is null for a creation, {@code after} null for a
 * deletion. An edit is a list of changes; its undo is the same list reversed with before and after swapped.
 */
public record Change(ProjectRecord before, ProjectRecord after) {
    public Change {
        if (before == null && after == null) {
            throw new IllegalArgumentException("A change needs a record before or after it");
        }
        if (before != null && after != null) {
            if (before.getClass() != after.getClass() || !before.id().equals(after.id())) {
                throw new IllegalArgumentException("A change keeps one record's kind and id");
            }
        }
    }

    public static Change created(ProjectRecord record) {
        return new Change(null, Objects.requireNonNull(record));
    }

    public static Change updated(ProjectRecord before, ProjectRecord after) {
        return new Change(Objects.requireNonNull(before), Objects.requireNonNull(after));
    }

    public static Change deleted(ProjectRecord record) {
        return new Change(Objects.requireNonNull(record), null);
    }

    public Change inverse() {
        return new Change(after, before);
    }

    /** The record this change is about, whichever side holds it. */
    public ProjectRecord subject() {
        return after != null ? after : before;
    }
}
