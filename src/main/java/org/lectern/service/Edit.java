package org.lectern.service;

import java.util.List;
import org.lectern.model.Change;

/**
 * One user edit, as the menu names it ("Tag Claim", "Delete actor") and as the records it changes. It is
 * saved as one transaction and undone as one.
 */
public record Edit(String description, List<Change> changes) {
    public Edit {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("An edit is described for the Undo menu");
        }
        changes = List.copyOf(changes);
    }

    /** The edit that takes this one back: the changes in reverse order, each inverted. */
    public Edit inverse() {
        List<Change> undo = new java.util.ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            undo.add(changes.get(i).inverse());
        }
        return new Edit(description, undo);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
