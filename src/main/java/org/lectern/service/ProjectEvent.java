package org.lectern.service;

import java.util.List;
import org.lectern.model.Change;

/** What just happened to the project, for views to follow. */
public record ProjectEvent(Kind kind, String description, List<Change> changes) {
    /**
     * DONE, UNDONE, REDONE: the analyst's edits and their undo; RELOADED: the project read afresh; RECEIVED:
     * colleagues' records brought in from the team, which are not the analyst's edit and never undone.
     */
    public enum Kind { DONE, UNDONE, REDONE, RELOADED, RECEIVED }

    public ProjectEvent {
        changes = List.copyOf(changes);
    }

    public boolean touches(Class<?> recordKind) {
        return kind == Kind.RELOADED || changes.stream().anyMatch(c -> recordKind.isInstance(c.subject()));
    }
}
