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
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<Actor> actors = FXCollections.observableArrayList();
    private final ObservableList<Claim> claims = FXCollections.observableArrayList();
    private final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Tag> stickyTag = new SimpleObjectProperty<>();
    private final List<Consumer<ProjectEvent>> annotationListeners = new ArrayList<>();
    private final List<Runnable> commentListeners = new ArrayList<>();
    private final List<Consumer<Annotation>> revealListeners = new ArrayList<>();
    private final List<Consumer<ProjectRecord>> focusListeners = new ArrayList<>();
    private final List<PendingInput> pendingInputs = new ArrayList<>();
    private final List<Runnable> changesApplied = new ArrayList<>();
    private boolean committingInput;
    private boolean applyingChanges;
    private String stateBeforeInput = "";

    /** Shown while typed or chosen input is not yet in the file, so that "saved" always means saved. */
    public static final String INPUT_PENDING = "editing – saved when you leave the field";

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
        ProjectSession old = session.get();
        if (old != null) {
            old.close();
        }
        session.set(newSession);
        newSession.addListener(this::follow);
        applying(() -> {
            reloadAll();
            List<Document> docs = newSession.state().documents();
            currentDocument.set(docs.isEmpty() ? null : docs.get(0));
        });
        changesApplied.forEach(Runnable::run);
        saveState.set("saved");
    }

    /** Closes the project, after saving what the analyst typed and has not yet left. */
    public void detach() {
        commitPendingInput();
        ProjectSession old = session.get();
        if (old != null) {
            old.close();
            session.set(null);
        }
    }

    /**
     * Saves an edit at once, after any input the analyst has not yet left (so the two are separate undo steps,
     * in the order they were made). If the file refuses it, the analyst is told and nothing changes.
     */
    public boolean perform(Edit edit) {
        commitPendingInput();
        return guarded(() -> session.get().perform(edit));
    }

    public boolean undo() {
        return session.get() != null && commitPendingInput() && guarded(() -> session.get().undo());
    }

    public boolean redo() {
        return session.get() != null && commitPendingInput() && guarded(() -> session.get().redo());
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
            followAnnotations(event);
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
    private void followAnnotations(ProjectEvent event) {
        Document current = currentDocument.get();
        if (current != null) {
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
