package org.lectern.service;

import java.util.List;
import org.lectern.model.Change;

/** What just happened to the project, for views to follow. */
public record ProjectEvent(Kind kind, String description, List<Change> changes) {
    public enum Kind { DONE, UNDONE, REDONE, RELOADED }

    public ProjectEvent {
        changes = List.copyOf(changes);
    }

    public boolean touches(Class<?> recordKind) {
        return kind == Kind.RELOADED || changes.stream().anyMatch(c -> recordKind.isInstance(c.subject()));
    }
}
