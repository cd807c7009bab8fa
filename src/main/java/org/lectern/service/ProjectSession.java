package org.lectern.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lectern.model.Change;
import org.lectern.store.ProjectStore;

/**
 * An open project and the analyst working on it. Every edit is saved at once as one transaction (there is
 * no Save command), applied to the in-memory state, kept for undo, and announced to listeners.
 */
public final class ProjectSession implements AutoCloseable {
    private final ProjectStore store;
    private volatile String analyst;
    private final ProjectState state;
    private final EditHistory history = new EditHistory();
    private final List<ProjectListener> listeners = new CopyOnWriteArrayList<>();
    private volatile String openingNote;

    public ProjectSession(ProjectStore store, String analyst) {
        this.store = Objects.requireNonNull(store, "store");
        if (analyst == null || analyst.isBlank()) {
            throw new IllegalArgumentException("Every record carries its author: the analyst needs a name");
        }
        this.analyst = analyst.strip();
        org.lectern.store.ProjectOutline outline = store.loadOutline();
        this.state = new ProjectState(outline.withoutAnnotations(), outline.annotationCount(), store);
    }

    public ProjectState state() {
        return state;
    }

    public String analyst() {
        return analyst;
    }

    /**
     * The analyst's name corrected or changed: what they make from now on stands under the new name; what they
     * made before keeps the name it was made under, as every record keeps its author.
     */
    public void renameAnalyst(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Every record carries its author: the analyst needs a name");
        }
        analyst = name.strip();
    }

    public Path location() {
        return store.location();
    }

    public int schemaVersion() {
        return store.schemaVersion();
    }

    /** What the analyst should be told about how the project was opened (it was made afresh, say), if anything. */
    public java.util.Optional<String> openingNote() {
        return java.util.Optional.ofNullable(openingNote);
    }

    void noteOnOpening(String note) {
        openingNote = note;
    }

    public EditHistory history() {
        return history;
    }

    /** The edits an analyst can make here, built against the current state. */
    public Edits edits() {
        return new Edits(state, analyst);
    }

    /** Changes to the tag set. */
    public TagEdits tagEdits() {
        return new TagEdits(state);
    }

    /** The reviewer's edits: comments, and decisions on colleagues' annotations. */
    public ReviewEdits reviewEdits() {
        return new ReviewEdits(state, analyst);
    }

    public void addListener(ProjectListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ProjectListener listener) {
        listeners.remove(listener);
    }

    /** Saves and applies an edit; an empty edit changes nothing and is not kept for undo. */
    public void perform(Edit edit) {
        if (edit.isEmpty()) {
            return;
        }
        apply(edit.changes());
        history.done(edit);
        announce(new ProjectEvent(ProjectEvent.Kind.DONE, edit.description(), edit.changes()));
    }

    /** Starts the undo history afresh, after setting a project up: its starting content is not an edit. */
    void forgetHistory() {
        history.clear();
    }

    /**
     * Saves and applies changes that are not the analyst's to take back: the project's starting content giving way
     * to the team's (a new project joining a team takes the team's tags). Announced as what the team brought
     * ({@link ProjectEvent.Kind#RECEIVED}); the undo history starts afresh, since its edits changed what is gone.
     */
    public void giveWayToTheTeam(String description, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        apply(changes);
        history.clear();
        announce(new ProjectEvent(ProjectEvent.Kind.RECEIVED, description, changes));
    }

    /** Takes back the last edit; false when there is none. */
    public boolean undo() {
        return history.nextUndo().map(edit -> {
            Edit inverse = edit.inverse();
            apply(inverse.changes());
            history.undone();
            announce(new ProjectEvent(ProjectEvent.Kind.UNDONE, edit.description(), inverse.changes()));
            return true;
        }).orElse(false);
    }

    /** Makes the last undone edit again; false when there is none. */
    public boolean redo() {
        return history.nextRedo().map(edit -> {
            apply(edit.changes());
            history.redone();
            announce(new ProjectEvent(ProjectEvent.Kind.REDONE, edit.description(), edit.changes()));
            return true;
        }).orElse(false);
    }

    /**
     * Writes an edit to the file only, for long work on a worker thread; memory, the undo history and listeners
     * follow when the window applies the result ({@link WrittenEdit#applyNext}). Nothing else may write to the
     * project until then. When {@code cancelled} turns true before the commit, nothing is written and a
     * {@link java.util.concurrent.CancellationException} is thrown.
     */
    public WrittenEdit write(Edit edit, java.util.function.BooleanSupplier cancelled) {
        writeOnly(edit.changes(), cancelled);
        return new WrittenEdit(this, ProjectEvent.Kind.DONE, edit, edit.changes());
    }

    /** As {@link #write(Edit, java.util.function.BooleanSupplier)}, for taking back {@code edit}, the next undo. */
    public WrittenEdit writeUndo(Edit edit, java.util.function.BooleanSupplier cancelled) {
        if (history.nextUndo().orElse(null) != edit) {
            throw new IllegalStateException("Only the last edit can be undone");
        }
        List<Change> inverse = edit.inverse().changes();
        writeOnly(inverse, cancelled);
        return new WrittenEdit(this, ProjectEvent.Kind.UNDONE, edit, inverse);
    }

    /** As {@link #write(Edit, java.util.function.BooleanSupplier)}, for making {@code edit}, the next redo, again. */
    public WrittenEdit writeRedo(Edit edit, java.util.function.BooleanSupplier cancelled) {
        if (history.nextRedo().orElse(null) != edit) {
            throw new IllegalStateException("Only the last undone edit can be redone");
        }
        writeOnly(edit.changes(), cancelled);
        return new WrittenEdit(this, ProjectEvent.Kind.REDONE, edit, edit.changes());
    }

    private void writeOnly(List<Change> changes, java.util.function.BooleanSupplier cancelled) {
        try {
            store.write(changes, cancelled);
        } catch (org.lectern.store.StoreException refused) {
            throw new NotSaved(refused.getMessage(), refused);
        }
    }

    /** The project's team notes, while it belongs to a team (or may be linked to one). */
    public java.util.Optional<org.lectern.store.TeamLedger> teamLedger() {
        return store.teamLedger();
    }

    /**
     * Brings colleagues' records in from the team (see {@link org.lectern.store.TeamLedger#applyIncoming}) as one
     * transaction; memory then follows exactly what was written, and listeners are told with one event of kind
     * {@link ProjectEvent.Kind#RECEIVED}. It is not the analyst's edit: the undo history does not take it. Runs
     * where every other write of the project runs (the window's thread, between edits).
     */
    public org.lectern.store.ApplyOutcome receive(org.lectern.service.team.Arrivals arrivals) {
        org.lectern.store.ApplyOutcome outcome = bringIn(arrivals);
        for (Change change : outcome.changes()) {
            state.apply(change);
        }
        if (!outcome.changes().isEmpty()) {
            announce(new ProjectEvent(ProjectEvent.Kind.RECEIVED, "Colleagues' changes", outcome.changes()));
        }
        return outcome;
    }

    /**
     * As {@link #receive}, for a big arrival: written to the file only (on a worker, nothing else writing to the
     * project meanwhile); memory and listeners follow a slice at a time as the window applies the result
     * ({@link WrittenEdit#applyNext}), as they follow a long edit, and the undo history never takes it.
     */
    public WrittenEdit writeReceived(org.lectern.service.team.Arrivals arrivals) {
        List<Change> changes = bringIn(arrivals).changes();
        return new WrittenEdit(this, ProjectEvent.Kind.RECEIVED, new Edit("Colleagues' changes", changes), changes);
    }

    private org.lectern.store.ApplyOutcome bringIn(org.lectern.service.team.Arrivals arrivals) {
        org.lectern.store.TeamLedger ledger = store.teamLedger().orElseThrow(() -> new IllegalStateException(
                "This project cannot belong to a team"));
        try {
            return ledger.applyIncoming(arrivals.records(), arrivals.lastRev(),
                    org.lectern.store.team.RecordJson::write, arrivals::isOwn);
        } catch (org.lectern.store.StoreException refused) {
            throw new NotSaved(refused.getMessage(), refused);
        }
    }

    /** One slice of a written edit: into memory, announced; with the last, into the undo history. */
    void applyWritten(WrittenEdit written, List<Change> slice, boolean last) {
        for (Change change : slice) {
            state.apply(change);
        }
        if (last) {
            switch (written.kind()) {
                case DONE -> history.done(written.edit());
                case UNDONE -> history.undone();
                case REDONE -> history.redone();
                case RECEIVED -> { } // colleagues' records: not an edit of the analyst's to undo
                default -> throw new IllegalStateException(written.kind().toString());
            }
        }
        if (!slice.isEmpty()) {
            announce(new ProjectEvent(written.kind(), written.description(), slice));
        }
    }

    /** Saves first: if the file refuses the write, memory is left as the file is. */
    private void apply(List<Change> changes) {
        try {
            store.write(changes);
        } catch (org.lectern.store.StoreException refused) {
            throw new NotSaved(refused.getMessage(), refused);
        }
        for (Change change : changes) {
            state.apply(change);
        }
    }

    private void announce(ProjectEvent event) {
        for (ProjectListener listener : listeners) {
            listener.projectChanged(event);
        }
    }

    /** A complete copy of the project in a new file (see {@link ReviewBundle}). */
    void copyTo(Path target) {
        store.copyTo(target);
    }

    @Override
    public void close() {
        store.close();
    }
}
