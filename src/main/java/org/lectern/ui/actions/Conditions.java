package org.lectern.ui.actions;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import org.lectern.service.Edit;
import org.lectern.service.EditHistory;
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.article.ArticleView;

/**
 * When the window's commands can run, as observable conditions on the open project, the document shown and the
 * article's selection. Each is recomputed when what it depends on changes, never polled.
 */
public final class Conditions {
    private final WorkbenchModel model;
    private final ArticleView article;
    /** Counts the edits, undos, redos and projects opened: the history changes with each. */
    private final LongProperty changes = new SimpleLongProperty();

    public Conditions(WorkbenchModel model, ArticleView article) {
        this.model = model;
        this.article = article;
        model.onChangesApplied(this::changed);
        model.sessionProperty().addListener(observable -> changed());
    }

    private void changed() {
        changes.set(changes.get() + 1);
    }

    /** Always: a command that can run whatever the window holds (a new project, quitting). */
    public BooleanBinding always() {
        return Bindings.createBooleanBinding(() -> true);
    }

    /** A project is open. */
    public BooleanBinding projectOpen() {
        return model.sessionProperty().isNotNull();
    }

    /** The project holds at least one document. */
    public BooleanBinding projectHasDocuments() {
        return projectOpen().and(Bindings.isNotEmpty(model.documents()));
    }

    /** A document is shown in the article pane. */
    public BooleanBinding documentShown() {
        return model.currentDocumentProperty().isNotNull();
    }

    /** Some text of the document shown is selected. */
    public BooleanBinding textSelected() {
        return Bindings.createBooleanBinding(() -> model.currentDocumentProperty().get() != null
                && article.selection().getLength() > 0, model.currentDocumentProperty(),
                article.textArea().selectionProperty());
    }

    /** A highlight lies at the cursor (or where the selection starts). */
    public BooleanBinding highlightAtCursor() {
        return Bindings.createBooleanBinding(() -> {
            int at = article.selection().getLength() > 0 ? article.selection().getStart()
                    : article.textArea().getCaretPosition();
            return article.highlightAt(at).isPresent();
        }, model.currentDocumentProperty(), model.annotations(), article.textArea().caretPositionProperty(),
                article.textArea().selectionProperty());
    }

    /**
     * The selection is exactly one of the analyst's own highlights (not a colleague's, which is theirs to
     * correct): what Annotate → Move selected highlight moves.
     */
    public BooleanBinding ownHighlightSelected() {
        return Bindings.createBooleanBinding(() -> model.session() != null && article.selectedHighlight()
                .filter(highlight -> highlight.stamp().author().equals(model.session().analyst())).isPresent(),
                model.sessionProperty(), model.currentDocumentProperty(), model.annotations(),
                article.textArea().selectionProperty(), changes);
    }

    /** Sticky tag mode is on: every passage selected with the mouse gets the sticky tag. */
    public BooleanBinding stickyTagMode() {
        return model.stickyTagProperty().isNotNull();
    }

    /** The document shown has highlights to step through. */
    public BooleanBinding documentHasHighlights() {
        return documentShown().and(Bindings.isNotEmpty(model.annotations()));
    }

    /** {@code list} of the open project is not empty (the project's actors, claims, evidence). */
    public BooleanBinding any(javafx.collections.ObservableList<?> list) {
        return Bindings.isNotEmpty(list);
    }

    /** There is an edit to undo. */
    public BooleanBinding canUndo() {
        return onHistory(history -> history.nextUndo().isPresent());
    }

    /** There is an undone edit to redo. */
    public BooleanBinding canRedo() {
        return onHistory(history -> history.nextRedo().isPresent());
    }

    /** "Undo" and what it would take back, as desktop editors name it. */
    public StringBinding undoLabel() {
        return historyLabel("Undo", EditHistory::nextUndo);
    }

    /** "Redo" and what it would make again. */
    public StringBinding redoLabel() {
        return historyLabel("Redo", EditHistory::nextRedo);
    }

    private BooleanBinding onHistory(Function<EditHistory, Boolean> test) {
        // Undo and redo wait while a long edit is saved or shown (it first finishes or is cancelled).
        return Bindings.createBooleanBinding(() -> model.session() != null && !model.longEditRunningProperty().get()
                && test.apply(model.session().history()), changes, model.longEditRunningProperty());
    }

    private StringBinding historyLabel(String verb, Function<EditHistory, Optional<Edit>> next) {
        return Bindings.createStringBinding(() -> model.session() == null ? verb
                : next.apply(model.session().history()).map(edit -> verb + " " + edit.description()).orElse(verb),
                dependencies());
    }

    private Observable[] dependencies() {
        return new Observable[] {changes};
    }
}
