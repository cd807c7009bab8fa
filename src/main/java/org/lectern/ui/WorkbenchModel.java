package org.lectern.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Tag;
import org.lectern.service.Edit;
import org.lectern.service.ProjectEvent;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectState;
import org.lectern.service.NotSaved;

/**
 * The window's view of the open project: observable lists the panels show, the current document, and the
 * one place edits are performed (so a failed save always reaches the analyst as a message).
 */
public final class WorkbenchModel {
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<ProjectSession> session = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Document> currentDocument = new SimpleObjectProperty<>();
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ObservableList<Annotation> annotations = new SwappableList<>();
    private final ObservableList<Actor> actors = FXCollections.observableArrayList();
    private final ObservableList<Claim> claims = FXCollections.observableArrayList();
    private final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    /** The hint in the status line, while it shows (see {@link #hint}), and the save state it covers. */
    private String shownHint;
    private String stateBeforeHint = "";
    /** Made at the first hint, on the window's thread (animations run only there). */
    private javafx.animation.PauseTransition hintTimeout;
    private final ObjectProperty<Tag> stickyTag = new SimpleObjectProperty<>();
    private final List<Consumer<ProjectEvent>> annotationListeners = new ArrayList<>();
    private final List<Runnable> commentListeners = new ArrayList<>();
    private final List<Consumer<Annotation>> revealListeners = new ArrayList<>();
    private final List<Consumer<ProjectRecord>> focusListeners = new ArrayList<>();
    private final List<PendingInput> pendingInputs = new ArrayList<>();
    private final List<Runnable> changesApplied = new ArrayList<>();
    private final BackgroundWork work = new BackgroundWork();
    private final javafx.beans.property.ReadOnlyBooleanWrapper longEditRunning =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private LongEdit longEdit;
    /** Work reading the project on a worker, for which edits wait (see holdEdits). */
    private final List<String> holds = new ArrayList<>();
    /** Work from outside the analyst's hands (colleagues' records arriving) that waits for the file to be free. */
    private final List<Runnable> betweenEdits = new ArrayList<>();
    private final List<Consumer<ProjectSession>> closingListeners = new ArrayList<>();
    private boolean committingInput;
    private boolean applyingChanges;
    private String stateBeforeInput = "";

    /**
     * An edit of at least this many changes (an import, removing a big document, their undo and redo) is saved on
     * a worker and shown in slices: written and shown at once, it would hold up the window for a moment.
     */
    static final int LONG_EDIT = 500;
    /** How long a hint stays in the status line unless the analyst acts on it sooner. */
    static final javafx.util.Duration HINT_SHOWN = javafx.util.Duration.seconds(8);
    /** How many changes of a long edit the views follow in its first frame. */
    static final int SLICE = 100;
    /** The most a slice grows to: a first download brings hundreds of thousands of records. */
    static final int LARGEST_SLICE = 20_000;
    /** What following one slice may take of a frame; the frame's own layout and painting come after. */
    static final long SLICE_BUDGET_NANOS = 3_000_000L;

    /**
     * The next slice's size, from how long following this one took: doubled while it takes under half the budget,
     * halved when over twice the budget, never below {@link #SLICE} nor above {@link #LARGEST_SLICE}. Slices of a
     * fixed hundred kept each frame short but showed a first download of 500,000 records in 5,000 frames, over a
     * minute and a half; cheap changes now go by the thousand.
     */
    static int nextSlice(int slice, long tookNanos) {
        if (tookNanos < SLICE_BUDGET_NANOS / 2) {
            return Math.min(LARGEST_SLICE, slice * 2);
        }
        if (tookNanos > SLICE_BUDGET_NANOS * 2) {
            return Math.max(SLICE, slice / 2);
        }
        return slice;
    }

    /** Shown while typed or chosen input is not yet in the file, so that "saved" always means saved. */
    public static final String INPUT_PENDING = "editing – saved when you leave the field";

    private final ProjectClosing closer = new ProjectClosing();

    public WorkbenchModel(DialogService dialogs) {
        this.dialogs = dialogs;
        currentDocument.addListener((obs, old, now) -> {
            // The note typed on a highlight of the document being left lands before its list goes.
            commitPendingInput();
            applying(this::reloadAnnotations);
        });
    }

    /**
     * A form holding what the analyst typed or chose and has not yet left. The window saves it before anything
     * else happens: another edit, undo, a click elsewhere, another document or project, closing.
     */
    public interface PendingInput {
        /** Saves what the analyst changed, as one edit; false if the file refused it. */
        boolean commit();
    }

    public void addPendingInput(PendingInput input) {
        pendingInputs.add(input);
    }

    /** Saves every form's pending input, each as one edit; false if the file refused one. */
    public boolean commitPendingInput() {
        if (committingInput || session.get() == null) {
            return true;
        }
        committingInput = true;
        try {
            boolean saved = true;
            for (PendingInput input : List.copyOf(pendingInputs)) {
                saved &= input.commit();
            }
            return saved;
        } finally {
            committingInput = false;
        }
    }

    /** The analyst has typed or chosen something a form will save when they leave it. */
    public void inputPending() {
        if (!INPUT_PENDING.equals(saveState.get())) {
            stateBeforeInput = saveState.get();
        }
        saveState.set(INPUT_PENDING);
    }

    /** What seemed to be input came to nothing to save (typed and changed back): the status is as it was. */
    public void inputSettled() {
        if (INPUT_PENDING.equals(saveState.get())) {
            saveState.set(stateBeforeInput);
        }
    }

    /**
     * True while the lists are being brought in step with the project: a control that changes then (a choice box
     * whose items were replaced) is being refreshed, not edited by the analyst.
     */
    public boolean isApplyingChanges() {
        return applyingChanges;
    }

    /** Told after the lists have followed an edit, undo or redo. */
    public void onChangesApplied(Runnable listener) {
        changesApplied.add(listener);
    }

    private void applying(Runnable refresh) {
        boolean was = applyingChanges;
        applyingChanges = true;
        try {
            refresh.run();
        } finally {
            applyingChanges = was;
        }
    }

    /** Shows a newly opened project; the previous one, if any, is closed. */
    public void attach(ProjectSession newSession) {
        commitPendingInput();
        stopLongEdit();
        work.cancelAll();
        ProjectSession old = session.get();
        if (old != null) {
            closing(old);
            closer.closeLater(old);
        }
        session.set(newSession);
        newSession.addListener(this::follow);
        applying(() -> {
            // The last project's document goes first: reloading would otherwise read its highlights for nothing.
            currentDocument.set(null);
            reloadAll();
            currentDocument.set(documentShownFirst(newSession).orElse(null));
        });
        // Sticky tag mode stays on in the next project, with its tag of the same name (off if it has none): the
        // last project's tag is not one this project knows.
        Tag sticky = stickyTag.get();
        if (sticky != null) {
            stickyTag.set(newSession.state().tagNamed(sticky.name()).orElse(null));
        }
        changesApplied.forEach(Runnable::run);
        saveState.set("saved");
    }

    /** Told just before a project is closed (another is opened, or the window closes), while it is still open. */
    public void onSessionClosing(Consumer<ProjectSession> listener) {
        closingListeners.add(listener);
    }

    private void closing(ProjectSession old) {
        betweenEdits.clear(); // what waited was for this project
        closingListeners.forEach(listener -> listener.accept(old));
    }

    /**
     * Runs {@code work} (it writes to the project: colleagues' records brought in) on the window's thread as soon
     * as no edit is being written: at once, or when the long edit under way or the worker reading the project is
     * done. Called on the window's thread.
     */
    public void runBetweenEdits(Runnable work) {
        if (longEdit == null && holds.isEmpty()) {
            work.run();
        } else {
            betweenEdits.add(work);
        }
    }

    /**
     * Brings colleagues' records in; called between edits (see {@link #runBetweenEdits}). A small arrival is
     * brought in at once; a big one as a long edit is saved: written on a worker and shown in slices, edits
     * waiting meanwhile, so that ten thousand highlights arriving never hold the window up. {@code done} runs on
     * the window's thread once memory and views have it all, with the failure, if any (the connection tells it).
     */
    public void receive(ProjectSession current, org.lectern.service.team.Arrivals arrivals,
                        Consumer<RuntimeException> done) {
        if (arrivals.records().size() < LONG_EDIT) {
            org.lectern.service.team.TeamConnection.receiveAtOnce(current, arrivals, done);
            return;
        }
        LongEdit edit = new LongEdit(current, "Bringing in colleagues' changes",
                cancelled -> current.writeReceived(arrivals), () -> done.accept(null));
        edit.failureTo = done;
        startLongEdit(edit);
    }

    private void runWaitingWork() {
        while (longEdit == null && holds.isEmpty() && !betweenEdits.isEmpty()) {
            betweenEdits.remove(0).run();
        }
    }

    /** The document a project opens on. */
    static java.util.Optional<Document> documentShownFirst(ProjectSession session) {
        List<Document> documents = session.state().documents();
        return documents.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(documents.get(0));
    }

    /** Closes the project, after saving what the analyst typed and has not yet left. */
    public void detach() {
        commitPendingInput();
        stopLongEdit();
        work.cancelAll();
        ProjectSession old = session.get();
        if (old != null) {
            closing(old);
            closer.awaitAll();
            // The window is closing: the next start shows this project's article before reading the project.
            org.lectern.service.ArticlePreview.closeRemembering(old);
            session.set(null);
        }
    }

    /**
     * Waits until the projects this window let go of are closed: called before a project is opened, so that
     * one let go a moment ago is free to open again.
     */
    public void awaitProjectsClosed() {
        closer.awaitAll();
    }

    /**
     * Saves an edit at once, after any input the analyst has not yet left (so the two are separate undo steps,
     * in the order they were made). If the file refuses it, the analyst is told and nothing changes.
     */
    public boolean perform(Edit edit) {
        if (refusedWhileLongEdit()) {
            return false;
        }
        commitPendingInput();
        return guarded(() -> session.get().perform(edit));
    }

    /**
     * Saves an edit that may be long (an import, bringing in a colleague's work, removing a document): a long one
     * is written on a worker and shown in slices, with progress and Cancel in the status line, and the window
     * answers meanwhile; {@code whenSaved} runs once it is in the file and shown. A short one is saved at once.
     */
    public void performLong(Edit edit, Runnable whenSaved) {
        if (edit.changes().size() < LONG_EDIT) {
            if (perform(edit)) {
                whenSaved.run();
            }
            return;
        }
        if (refusedWhileLongEdit() || !commitPendingInput()) {
            return;
        }
        ProjectSession current = session.get();
        startLongEdit(new LongEdit(current, "Saving: " + edit.description(),
                cancelled -> current.write(edit, cancelled), whenSaved));
    }

    /**
     * As {@link #performLong(Edit, Runnable)}, for an edit that takes a moment to work out (removing a document
     * with 30,000 highlights looks up what refers to each): it is worked out on the worker too, edits waiting
     * meanwhile, and saved however long it turns out.
     */
    public void performLong(String title, java.util.function.Supplier<Edit> building, Runnable whenSaved) {
        performLong(title, building, whenSaved, () -> { });
    }

    /**
     * As {@link #performLong(String, java.util.function.Supplier, Runnable)}; {@code whenNotSaved} runs when the edit
     * is cancelled or fails. False when the edit was not started (another is under way).
     */
    public boolean performLong(String title, java.util.function.Supplier<Edit> building, Runnable whenSaved,
                               Runnable whenNotSaved) {
        if (refusedWhileLongEdit() || !commitPendingInput()) {
            return false;
        }
        ProjectSession current = session.get();
        LongEdit edit = new LongEdit(current, "Saving: " + title, cancelled -> {
            Edit built = building.get();
            if (built.isEmpty()) {
                throw new java.util.concurrent.CancellationException("nothing to save");
            }
            return current.write(built, cancelled);
        }, whenSaved);
        edit.whenNotSaved = whenNotSaved;
        startLongEdit(edit);
        return true;
    }

    /**
     * Keeps edits waiting while a worker reads the project in memory (to take a snapshot for an export, say), so
     * that it reads the project as it stands; {@code release} must be called once, from any thread.
     */
    public Runnable holdEdits(String title) {
        holds.add(title);
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                javafx.application.Platform.runLater(() -> {
                    holds.remove(title);
                    runWaitingWork();
                });
            }
        };
    }

    public boolean undo() {
        if (session.get() == null || refusedWhileLongEdit() || !commitPendingInput()) {
            return false;
        }
        ProjectSession current = session.get();
        Edit next = current.history().nextUndo().orElse(null);
        if (next != null && next.changes().size() >= LONG_EDIT) {
            startLongEdit(new LongEdit(current, "Undoing: " + next.description(),
                    cancelled -> current.writeUndo(next, cancelled), () -> { }));
            return true;
        }
        return guarded(() -> current.undo());
    }

    public boolean redo() {
        if (session.get() == null || refusedWhileLongEdit() || !commitPendingInput()) {
            return false;
        }
        ProjectSession current = session.get();
        Edit next = current.history().nextRedo().orElse(null);
        if (next != null && next.changes().size() >= LONG_EDIT) {
            startLongEdit(new LongEdit(current, "Redoing: " + next.description(),
                    cancelled -> current.writeRedo(next, cancelled), () -> { }));
            return true;
        }
        return guarded(() -> current.redo());
    }

    /** True (and the analyst told why) while a long edit is being saved or shown: edits wait their turn. */
    private boolean refusedWhileLongEdit() {
        if (longEdit == null && !holds.isEmpty()) {
            saveState.set("Wait: " + holds.get(0) + " is reading the project");
            return true;
        }
        if (longEdit == null) {
            return false;
        }
        // Not a dialog: a key pressed while it runs should not need answering.
        saveState.set("Wait: " + longEdit.title + " (Escape cancels)");
        return true;
    }

    /** True while a long edit is being saved or shown; edits, undo and redo wait until it is done. */
    public javafx.beans.property.ReadOnlyBooleanProperty longEditRunningProperty() {
        return longEditRunning.getReadOnlyProperty();
    }

    /** The pool that runs the window's long work, with what the status line shows of it. */
    public BackgroundWork work() {
        return work;
    }

    private void startLongEdit(LongEdit edit) {
        longEdit = edit;
        longEditRunning.set(true);
        saveState.set(edit.title + "…");
        edit.setOnSucceeded(event -> {
            if (longEdit == edit && session.get() == edit.session) {
                edit.showInSlices(edit.getValue());
            }
        });
        edit.setOnFailed(event -> {
            if (longEdit != edit) {
                return;
            }
            endLongEdit();
            edit.whenNotSaved.run();
            Throwable failure = edit.getException();
            if (edit.failureTo != null) {
                saveState.set("");
                edit.failureTo.accept(failure instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(failure));
                return;
            }
            if (failure instanceof java.util.concurrent.CancellationException) {
                saveState.set("Cancelled; nothing of it was saved");
            } else if (failure instanceof org.lectern.service.NotSaved) {
                saveState.set("NOT SAVED");
                dialogs.showError("Not saved", failure.getMessage());
            } else {
                saveState.set("NOT SAVED");
                dialogs.showError("Not saved", UnexpectedErrors.explain(failure));
            }
        });
        work.run(edit);
    }

    private void endLongEdit() {
        longEdit = null;
        longEditRunning.set(false);
        runWaitingWork();
    }

    private void stopLongEdit() {
        if (longEdit != null) {
            longEdit.stop();
            longEdit.slicing.stop();
            // Not endLongEdit(): what waits for the file is for the project being closed.
            longEdit = null;
            longEditRunning.set(false);
        }
    }

    /**
     * A long edit: written on a worker (Cancel stops it before the commit, so a cancelled edit writes nothing),
     * then shown a slice per frame on the window's thread.
     */
    private final class LongEdit extends javafx.concurrent.Task<org.lectern.service.WrittenEdit>
            implements BackgroundWork.Stoppable {
        private final ProjectSession session;
        private final String title;
        private final java.util.function.Function<java.util.function.BooleanSupplier,
                org.lectern.service.WrittenEdit> writing;
        private final Runnable whenSaved;
        private Runnable whenNotSaved = () -> { };
        /** Who is told of a failure instead of the analyst (colleagues' records: the team connection). */
        private Consumer<RuntimeException> failureTo;
        private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        private org.lectern.service.WrittenEdit written;
        private int slice = SLICE;
        private final javafx.animation.AnimationTimer slicing = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                showSlice();
            }
        };

        LongEdit(ProjectSession session, String title,
                 java.util.function.Function<java.util.function.BooleanSupplier, org.lectern.service.WrittenEdit> writing,
                 Runnable whenSaved) {
            this.session = session;
            this.title = title;
            this.writing = writing;
            this.whenSaved = whenSaved;
            updateTitle(title);
            updateMessage("writing to " + session.location().getFileName());
        }

        @Override
        protected org.lectern.service.WrittenEdit call() {
            updateProgress(-1, 1);
            return writing.apply(stopped::get);
        }

        @Override
        public void stop() {
            stopped.set(true);
        }

        void showInSlices(org.lectern.service.WrittenEdit result) {
            written = result;
            showSlice();
            if (!written.isApplied()) {
                slicing.start();
            }
        }

        /** One slice per frame, sized to what the last one took; the last one ends the long edit. */
        private void showSlice() {
            long begun = System.nanoTime();
            boolean done = written.applyNext(slice);
            slice = nextSlice(slice, System.nanoTime() - begun);
            saveState.set(done ? "saved " + java.time.LocalTime.now().withNano(0)
                    : String.format("%s: showing %,d of %,d", title, written.applied(), written.size()));
            if (done) {
                slicing.stop();
                endLongEdit();
                whenSaved.run();
            }
        }
    }

    private boolean guarded(Runnable action) {
        try {
            action.run();
            saveState.set("saved " + java.time.LocalTime.now().withNano(0));
            return true;
        } catch (NotSaved e) {
            saveState.set("NOT SAVED");
            dialogs.showError("Not saved", e.getMessage());
            return false;
        } catch (IllegalArgumentException e) {
            dialogs.showInfo("Lectern", e.getMessage());
            return false;
        }
    }

    private void follow(ProjectEvent event) {
        applying(() -> followLists(event));
        changesApplied.forEach(Runnable::run);
    }

    private void followLists(ProjectEvent event) {
        Document shownBefore = currentDocument.get();
        if (event.touches(Document.class)) {
            Document current = currentDocument.get();
            documents.setAll(state().documents());
            if (current != null && state().document(current.id()).isEmpty()) {
                currentDocument.set(documents.isEmpty() ? null : documents.get(0));
            } else if (current == null && !documents.isEmpty()) {
                currentDocument.set(documents.get(documents.size() - 1));
            }
        }
        if (event.touches(Tag.class)) {
            tags.setAll(state().tags());
        }
        if (event.touches(Annotation.class)) {
            // Another document shown now (its own was removed, or one came back by undo) was read whole from
            // the project as it now stands: its list must not take these changes a second time.
            followAnnotations(event, currentDocument.get() == shownBefore);
        }
        if (event.touches(Actor.class)) {
            actors.setAll(state().actors());
        }
        if (event.touches(Claim.class)) {
            claims.setAll(state().claims());
        }
        if (event.touches(Evidence.class)) {
            evidence.setAll(state().evidence());
        }
        if (event.touches(Link.class)) {
            links.setAll(state().links());
        }
        if (event.touches(ReviewComment.class) || event.touches(ReviewDecision.class)) {
            commentListeners.forEach(Runnable::run);
        }
    }

    /** Keeps the current document's list in step one change at a time: a key press must not reload 10,000 rows. */
    private void followAnnotations(ProjectEvent event, boolean listStillFollows) {
        Document current = listStillFollows ? currentDocument.get() : null;
        if (current != null && event.changes().size() > BULK_FOLLOW) {
            followInBulk(event, current);
        } else if (current != null) {
            for (Change change : event.changes()) {
                if (change.subject() instanceof Annotation subject && subject.documentId().equals(current.id())) {
                    if (change.before() != null) {
                        removeById(subject.id());
                    }
                    if (change.after() != null) {
                        annotations.add(insertionPoint((Annotation) change.after()), (Annotation) change.after());
                    }
                }
            }
        }
        annotationListeners.forEach(listener -> listener.accept(event));
    }

    /** Past this many changes the list is rebuilt once: one change to the table rather than one per row. */
    private static final int BULK_FOLLOW = 32;

    private void followInBulk(ProjectEvent event, Document current) {
        java.util.Set<UUID> leaving = new java.util.HashSet<>();
        // Where the leaving highlights start: rows outside that stretch are kept without looking them up.
        int leavingFrom = Integer.MAX_VALUE;
        int leavingTo = Integer.MIN_VALUE;
        List<Annotation> arriving = new ArrayList<>();
        for (Change change : event.changes()) {
            if (change.subject() instanceof Annotation subject && subject.documentId().equals(current.id())) {
                if (change.before() != null) {
                    leaving.add(subject.id());
                    int start = ((Annotation) change.before()).passage().start();
                    leavingFrom = Math.min(leavingFrom, start);
                    leavingTo = Math.max(leavingTo, start);
                }
                if (change.after() != null) {
                    arriving.add((Annotation) change.after());
                }
            }
        }
        if (leaving.isEmpty() && arriving.isEmpty()) {
            return;
        }
        arriving.sort(java.util.Comparator.comparingInt(a -> a.passage().start()));
        List<Annotation> merged = new ArrayList<>(annotations.size() + arriving.size());
        int next = 0;
        for (Annotation kept : annotations) {
            int start = kept.passage().start();
            if (start >= leavingFrom && start <= leavingTo && leaving.contains(kept.id())) {
                continue;
            }
            // A new highlight goes after those that start where it does, as one added alone would.
            while (next < arriving.size() && arriving.get(next).passage().start() < start) {
                merged.add(arriving.get(next++));
            }
            merged.add(kept);
        }
        merged.addAll(arriving.subList(next, arriving.size()));
        annotations.setAll(merged);
    }

    private void removeById(UUID id) {
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i).id().equals(id)) {
                annotations.remove(i);
                return;
            }
        }
    }

    private int insertionPoint(Annotation annotation) {
        int low = 0;
        int high = annotations.size();
        int start = annotation.passage().start();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (annotations.get(mid).passage().start() <= start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void reloadAll() {
        documents.setAll(state().documents());
        tags.setAll(state().tags());
        actors.setAll(state().actors());
        claims.setAll(state().claims());
        evidence.setAll(state().evidence());
        links.setAll(state().links());
        reloadAnnotations();
    }

    private void reloadAnnotations() {
        Document current = currentDocument.get();
        if (session.get() == null || current == null) {
            annotations.clear();
        } else {
            annotations.setAll(state().annotationsOf(current.id()));
        }
    }

    /** Shows a passage in the article: switches document if needed and selects it. */
    public void reveal(Annotation annotation) {
        if (annotation == null) {
            return;
        }
        Document current = currentDocument.get();
        if (current == null || !current.id().equals(annotation.documentId())) {
            state().document(annotation.documentId()).ifPresent(currentDocument::set);
        }
        revealListeners.forEach(listener -> listener.accept(annotation));
    }

    public void reveal(UUID annotationId) {
        state().annotation(annotationId).ifPresent(this::reveal);
    }

    /** Asks the panels to select the record a clicked highlight stands for. */
    public void focus(ProjectRecord record) {
        // By index: a panel built while this runs (on first showing its tab) hears of the record too.
        for (int i = 0; i < focusListeners.size(); i++) {
            focusListeners.get(i).accept(record);
        }
    }

    /**
     * A clicked or stepped-to highlight: the Annotations panel selects it, and the claim, evidence or actor it
     * is a passage of is selected in its panel.
     */
    public void focusAnnotation(Annotation annotation) {
        focus(annotation);
        ProjectState state = state();
        state.claimsAt(annotation.id()).stream().findFirst().ifPresentOrElse(this::focus,
                () -> state.evidenceAt(annotation.id()).stream().findFirst().ifPresentOrElse(this::focus,
                        () -> state.actorsMentionedAt(annotation.id()).stream().findFirst().ifPresent(this::focus)));
    }

    public void onAnnotationsChanged(Consumer<ProjectEvent> listener) {
        annotationListeners.add(listener);
    }

    /** Told when review comments or decisions change. */
    public void onReviewChanged(Runnable listener) {
        commentListeners.add(listener);
    }

    public void onReveal(Consumer<Annotation> listener) {
        revealListeners.add(listener);
    }

    public void onFocus(Consumer<ProjectRecord> listener) {
        focusListeners.add(listener);
    }

    public ProjectState state() {
        return session.get().state();
    }

    public ProjectSession session() {
        return session.get();
    }

    public ReadOnlyObjectProperty<ProjectSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ObjectProperty<Document> currentDocumentProperty() {
        return currentDocument;
    }

    public Optional<Document> currentDocument() {
        return Optional.ofNullable(currentDocument.get());
    }

    public ObservableList<Document> documents() {
        return documents;
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    public ObservableList<Actor> actors() {
        return actors;
    }

    public ObservableList<Claim> claims() {
        return claims;
    }

    public ObservableList<Evidence> evidence() {
        return evidence;
    }

    public ObservableList<Link> links() {
        return links;
    }

    /** The tag every mouse selection gets in sticky tag mode; null when the mode is off. */
    public ObjectProperty<Tag> stickyTagProperty() {
        return stickyTag;
    }

    public Tag stickyTag() {
        return stickyTag.get();
    }

    /** Shows what Lectern is doing or has just done, in the status line. */
    public void status(String text) {
        saveState.set(text);
    }

    /**
     * A passing word in the status line, where the save state stands (what to do after a slip): the save state
     * comes back with {@link #endHint} or after a few seconds, so the line never goes on hiding whether the work
     * is saved.
     */
    public void hint(String text) {
        if (!saveState.get().equals(shownHint)) {
            stateBeforeHint = saveState.get();
        }
        shownHint = text;
        saveState.set(text);
        if (hintTimeout == null) {
            hintTimeout = new javafx.animation.PauseTransition(HINT_SHOWN);
            hintTimeout.setOnFinished(event -> endHint());
        }
        hintTimeout.playFromStart();
    }

    /** The hint, if it still shows, gives way to the save state it covered. */
    public void endHint() {
        if (shownHint == null) {
            return; // no hint: every selection the analyst makes asks, so this is the common case
        }
        hintTimeout.stop();
        if (saveState.get().equals(shownHint)) {
            saveState.set(stateBeforeHint);
        }
        shownHint = null;
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public Optional<Tag> tag(UUID id) {
        return state().tag(id);
    }

    public String actorName(UUID actorId) {
        return session.get() == null ? "" : state().actor(actorId).map(Actor::name).orElse("");
    }
}
