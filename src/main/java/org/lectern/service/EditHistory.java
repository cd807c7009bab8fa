package org.lectern.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The undo and redo stacks, with a revision number that changes whenever the project does. */
public final class EditHistory {
    private static final int LIMIT = 2_000;

    private final Deque<Edit> undoable = new ArrayDeque<>();
    private final Deque<Edit> redoable = new ArrayDeque<>();
    private long revision;

    void done(Edit edit) {
        undoable.push(edit);
        if (undoable.size() > LIMIT) {
            undoable.removeLast();
        }
        redoable.clear();
        revision++;
    }

    void undone() {
        redoable.push(undoable.pop());
        revision++;
    }

    void redone() {
        undoable.push(redoable.pop());
        revision++;
    }

    void clear() {
        undoable.clear();
        redoable.clear();
        revision++;
    }

    public Optional<Edit> nextUndo() {
        return Optional.ofNullable(undoable.peek());
    }

    public Optional<Edit> nextRedo() {
        return Optional.ofNullable(redoable.peek());
    }

    public long revision() {
        return revision;
    }
}
