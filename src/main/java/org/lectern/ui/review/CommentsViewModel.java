package org.lectern.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lectern.model.ReviewComment;
import org.lectern.ui.WorkbenchModel;

/**
 * What the review comments under a record show and what an analyst can do there, without the controls: the
 * record's comment threads (a comment, then its replies), the comment chosen, and the text being written, which
 * the controls bind to. Commenting, replying, resolving and deleting are one edit each; refreshing the list never
 * writes anything back.
 */
public final class CommentsViewModel {
    private final WorkbenchModel model;
    private final ObservableList<ReviewComment> comments = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewComment> chosen = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper hasTarget = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper commentChosen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper resolveLabel = new ReadOnlyStringWrapper("Resolve");
    private UUID target;

    public CommentsViewModel(WorkbenchModel model) {
        this.model = model;
        chosen.addListener((obs, old, now) -> followChoice());
        model.onReviewChanged(this::refresh);
    }

    /** Shows the comments on a record; null for none. */
    public void show(UUID targetId) {
        target = targetId;
        hasTarget.set(targetId != null);
        refresh();
    }

    private void refresh() {
        ReviewComment before = chosen.get();
        if (target == null || model.session() == null) {
            comments.clear();
        } else {
            comments.setAll(threaded(model.state().commentsOn(target)));
        }
        // The comment chosen stays chosen, as it now reads (resolved, say), while it is still listed.
        chosen.set(before == null ? null : comments.stream().filter(c -> c.id().equals(before.id())).findFirst()
                .orElse(null));
        followChoice();
    }

    private void followChoice() {
        ReviewComment comment = chosen.get();
        commentChosen.set(comment != null);
        resolveLabel.set(comment != null && threadResolved(comment) ? "Reopen" : "Resolve");
    }

    /** Each thread's first comment followed by its replies, threads in the order they were started. */
    private static List<ReviewComment> threaded(List<ReviewComment> all) {
        List<ReviewComment> ordered = new ArrayList<>();
        for (ReviewComment comment : all) {
            if (comment.parentId() == null) {
                addWithReplies(comment, all, ordered);
            }
        }
        return ordered;
    }

    private static void addWithReplies(ReviewComment comment, List<ReviewComment> all, List<ReviewComment> out) {
        out.add(comment);
        for (ReviewComment reply : all) {
            if (comment.id().equals(reply.parentId())) {
                addWithReplies(reply, all, out);
            }
        }
    }

    /** Starts a thread on the record with the text written: one edit; the field is emptied once it is saved. */
    public boolean comment() {
        if (target == null || text.get().isBlank()) {
            return false;
        }
        return saved(model.perform(model.session().reviewEdits().comment(target, text.get())));
    }

    /** Replies to the comment chosen with the text written (a new thread when none is chosen): one edit. */
    public boolean reply() {
        if (target == null || text.get().isBlank()) {
            return false;
        }
        ReviewComment to = chosen.get();
        return to == null ? comment() : saved(model.perform(model.session().reviewEdits().reply(to.id(), text.get())));
    }

    private boolean saved(boolean saved) {
        if (saved) {
            text.set("");
        }
        return saved;
    }

    /** Resolves the chosen comment's thread, or reopens it when it is resolved: one edit. */
    public boolean toggleResolved() {
        ReviewComment comment = chosen.get();
        return comment != null && model.perform(model.session().reviewEdits().setResolved(comment.id(),
                !threadResolved(comment)));
    }

    /** Deletes the comment chosen: one edit. */
    public boolean delete() {
        ReviewComment comment = chosen.get();
        return comment != null && model.perform(model.session().reviewEdits().deleteComment(comment.id()));
    }

    /** Whether the thread the comment belongs to is resolved (a thread is resolved at its first comment). */
    public boolean threadResolved(ReviewComment comment) {
        return root(comment).resolved();
    }

    /** How deep a reply stands in its thread: 0 for a thread's first comment. */
    public int depth(ReviewComment comment) {
        int depth = 0;
        for (ReviewComment c = comment; c.parentId() != null; depth++) {
            Optional<ReviewComment> parent = model.state().comment(c.parentId());
            if (parent.isEmpty()) {
                break;
            }
            c = parent.get();
        }
        return depth;
    }

    private ReviewComment root(ReviewComment comment) {
        ReviewComment root = comment;
        while (root.parentId() != null) {
            ReviewComment parent = model.state().comment(root.parentId()).orElse(null);
            if (parent == null) {
                break;
            }
            root = parent;
        }
        return root;
    }

    public ObservableList<ReviewComment> comments() {
        return comments;
    }

    /** The comment chosen in the list (the list's selection binds to it). */
    public ObjectProperty<ReviewComment> chosenProperty() {
        return chosen;
    }

    /** The comment or reply being written. */
    public StringProperty textProperty() {
        return text;
    }

    /** A record is shown: there is something to comment on. */
    public ReadOnlyBooleanProperty hasTargetProperty() {
        return hasTarget.getReadOnlyProperty();
    }

    /** Reply and Resolve apply: a comment is chosen. */
    public ReadOnlyBooleanProperty commentChosenProperty() {
        return commentChosen.getReadOnlyProperty();
    }

    /** "Resolve", or "Reopen" when the chosen comment's thread is resolved. */
    public ReadOnlyStringProperty resolveLabelProperty() {
        return resolveLabel.getReadOnlyProperty();
    }
}
