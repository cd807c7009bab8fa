package org.lectern.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
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
 * replies, resolved or open. They travel with the project file and the review bundle. What it shows is its
 * {@link CommentsViewModel}'s.
 */
public final class CommentsView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault());

    private final CommentsViewModel comments;

    public CommentsView(WorkbenchModel model, String idPrefix) {
        this.comments = new CommentsViewModel(model);
        setSpacing(6);
        getStyleClass().add("comments-view");
        ListView<ReviewComment> list = new ListView<>(comments.comments());
        list.setId(idPrefix + "-comments");
        list.setPrefHeight(90);
        list.setPlaceholder(new Label("No comments"));
        list.setCellFactory(view -> new CommentCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                comments.chosenProperty().set(now));
        comments.chosenProperty().addListener((obs, old, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        TextField text = new TextField();
        text.setId(idPrefix + "-comment-text");
        text.setPromptText("A comment for the review");
        text.textProperty().bindBidirectional(comments.textProperty());
        Button comment = new Button("Comment");
        comment.setId(idPrefix + "-comment");
        comment.setOnAction(event -> comments.comment());
        text.setOnAction(event -> comments.comment());
        Button reply = new Button("Reply");
        reply.setOnAction(event -> comments.reply());
        reply.disableProperty().bind(comments.commentChosenProperty().not());
        Button resolve = new Button();
        resolve.textProperty().bind(comments.resolveLabelProperty());
        resolve.setOnAction(event -> comments.toggleResolved());
        resolve.disableProperty().bind(comments.commentChosenProperty().not());
        Button delete = new Button("Delete");
        delete.setOnAction(event -> comments.delete());
        disableProperty().bind(comments.hasTargetProperty().not());
        // The field has a line of its own and the buttons wrap in a narrow panel, rather than losing their names.
        getChildren().addAll(list, text, new javafx.scene.layout.FlowPane(6, 6, comment, reply, resolve, delete));
    }

    /** Shows the comments on a record; null for none. */
    public void show(UUID targetId) {
        comments.show(targetId);
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
            int depth = comments.depth(item);
            setText("    ".repeat(depth) + item.stamp().author() + " · " + WHEN.format(item.stamp().created()) + ": "
                    + item.text() + (depth == 0 && item.resolved() ? "  (resolved)" : ""));
            if (comments.threadResolved(item)) {
                getStyleClass().add("resolved-comment");
            }
        }
    }
}
