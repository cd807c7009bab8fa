package org.lectern.ui.article;

import org.lectern.model.Annotation;
import org.lectern.ui.WorkbenchModel;

/**
 * Moves the start or end of the selected highlight by one character (Annotate → Move highlight start / end):
 * the fine correction after a passage was marked by whole words. Each nudge is one edit, undone on its own; the
 * selection follows the highlight, so the next nudge moves it on.
 */
public final class HighlightNudges {
    private final WorkbenchModel model;
    private final ArticleView article;

    public HighlightNudges(WorkbenchModel model, ArticleView article) {
        this.model = model;
        this.article = article;
    }

    public void startEarlier() {
        nudge(-1, 0);
    }

    public void startLater() {
        nudge(1, 0);
    }

    public void endEarlier() {
        nudge(0, -1);
    }

    public void endLater() {
        nudge(0, 1);
    }

    private void nudge(int startBy, int endBy) {
        if (model.session() == null || article.getScene() != null
                && article.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
            return; // Alt+arrows in a field of a form are that field's
        }
        article.selectedHighlight().ifPresent(highlight -> {
            int start = highlight.passage().start() + startBy;
            int end = highlight.passage().end() + endBy;
            var edit = model.session().edits().movePassage(highlight.id(), start, end);
            if (edit.isEmpty()) {
                model.status(start >= end ? "A highlight keeps at least one character"
                        : "The highlight is at the edge of the text");
                return;
            }
            if (model.perform(edit)) {
                model.state().annotation(highlight.id()).ifPresent(this::reselect);
            }
        });
    }

    private void reselect(Annotation moved) {
        article.textArea().selectRange(moved.passage().start(), moved.passage().end());
    }
}
