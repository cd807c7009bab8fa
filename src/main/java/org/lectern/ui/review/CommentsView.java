package org.lectern.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.lectern.model.ReviewComment;
import org.lectern.ui.WorkbenchModel;

/**
 * The review comments on one record (a highlight, claim or item of evidence), as threads: a comment and its
 * replies, resolved or open. They travel with the project file and the review bundle.
 */
public final class CommentsView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault());

    private final WorkbenchModel model;
    private final ObservableList<ReviewComment> comments = FXCollections.observableArrayList();
    private final ListView<ReviewComment> list = new ListView<>(comments);
    private final TextField text = new TextField();
    private final Button reply = new Button("Reply");
    private final Button resolve = new Button("Resolve");
    private UUID target;

    public CommentsView(WorkbenchModel model, String idPrefix) {
        this.model = model;
        setSpacing(6);
        getStyleClass().add("comments-view");
        list.setId(idPrefix + "-comments");
        list.setPrefHeight(90);
        list.setPlaceholder(new Label("No comments"));
        list.setCellFactory(view -> new CommentCell());
        text.setId(idPrefix + "-comment-text");
        text.setPromptText("A comment for the review");
        Button comment = new Button("Comment");
        comment.setId(idPrefix + "-comment");
        comment.setOnAction(event -> add(false));
        text.setOnAction(event -> add(false));
        reply.setOnAction(event -> add(true));
        resolve.setOnAction(event -> toggleResolved());
        Button delete = new Button("Delete");
        delete.setOnAction(event -> selected().ifPresent(c ->
                model.perform(model.session().reviewEdits().deleteComment(c.id()))));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> updateButtons());
        // The field has a line of its own and the buttons wrap in a narrow panel, rather than losing their names.
        getChildren().addAll(list, text, new javafx.scene.layout.FlowPane(6, 6, comment, reply, resolve, delete));
        model.onReviewChanged(this::refresh);
        show(null);
    }

    /** Shows the comments on a record; null for none. */
    public void show(UUID targetId) {
        target = targetId;
        setDisable(targetId == null);
        refresh();
    }

    private void refresh() {
        if (target == null || model.session() == null) {
            comments.clear();
        } else {
            comments.setAll(threaded(model.state().commentsOn(target)));
        }
        updateButtons();
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

    private void add(boolean asReply) {
        if (target == null || text.getText().isBlank()) {
            return;
        }
        var edits = model.session().reviewEdits();
        boolean saved = asReply && selected().isPresent()
                ? model.perform(edits.reply(selected().get().id(), text.getText()))
                : model.perform(edits.comment(target, text.getText()));
        if (saved) {
            text.clear();
        }
    }

    private void toggleResolved() {
        selected().ifPresent(c -> model.perform(model.session().reviewEdits().setResolved(c.id(),
                !threadResolved(c))));
    }

    private boolean threadResolved(ReviewComment comment) {
        ReviewComment root = comment;
        while (root.parentId() != null) {
            ReviewComment parent = model.state().comment(root.parentId()).orElse(null);
            if (parent == null) {
                break;
            }
            root = parent;
        }
        return root.resolved();
    }

    private java.util.Optional<ReviewComment> selected() {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void updateButtons() {
        boolean any = selected().isPresent();
        reply.setDisable(!any);
        resolve.setDisable(!any);
        resolve.setText(any && threadResolved(selected().get()) ? "Reopen" : "Resolve");
    }

    /** A comment: who, when, what; replies indented; resolved threads dimmed. */
    private final class CommentCell extends ListCell<ReviewComment> {
        @Override
        protected void updateItem(ReviewComment item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("resolved-comment");
            if (empty || item == null) {
                setText(null);
                return;
            }
            int depth = 0;
            for (var c = item; c.parentId() != null; depth++) {
                var parent = model.state().comment(c.parentId());
                if (parent.isEmpty()) {
                    break;
                }
                c = parent.get();
            }
            setText("    ".repeat(depth) + item.stamp().author() + " · " + WHEN.format(item.stamp().created()) + ": "
                    + item.text() + (depth == 0 && item.resolved() ? "  (resolved)" : ""));
            if (threadResolved(item)) {
                getStyleClass().add("resolved-comment");
            }
        }
    }
}
