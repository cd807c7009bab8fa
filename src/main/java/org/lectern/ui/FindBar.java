package org.lectern.ui;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.lectern.ui.article.ArticleView;

/** Ctrl+F: find text in the article; Enter finds the next match, Shift+Enter the previous, Esc closes. */
final class FindBar extends HBox {
    private final ArticleView article;
    private final WorkbenchModel model;
    private final TextField query = new TextField();
    private final Label result = new Label();

    FindBar(WorkbenchModel model, ArticleView article) {
        this.model = model;
        this.article = article;
        setId("find-bar");
        getStyleClass().add("find-bar");
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        query.setId("find-query");
        query.setPromptText("Find in article");
        HBox.setHgrow(query, Priority.ALWAYS);
        Button next = new Button("Next");
        Button close = new Button("Close");
        next.setOnAction(e -> find(true));
        close.setOnAction(e -> hide());
        query.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                find(!event.isShiftDown());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                hide();
                event.consume();
            }
        });
        getChildren().addAll(query, next, result, close);
        setVisible(false);
        setManaged(false);
    }

    void open() {
        setVisible(true);
        setManaged(true);
        query.requestFocus();
        query.selectAll();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        article.textArea().requestFocus();
    }

    private void find(boolean forward) {
        String needle = query.getText().toLowerCase(Locale.ROOT);
        if (needle.isEmpty() || model.currentDocument().isEmpty()) {
            return;
        }
        String text = model.currentDocument().get().text().toLowerCase(Locale.ROOT);
        var selection = article.selection();
        int found = forward ? text.indexOf(needle, selection.getLength() > 0 ? selection.getStart() + 1 : article.textArea().getCaretPosition())
                : text.lastIndexOf(needle, Math.max(0, selection.getStart() - 1));
        if (found < 0) {
            found = forward ? text.indexOf(needle) : text.lastIndexOf(needle);
        }
        if (found < 0) {
            result.setText("not found");
            return;
        }
        result.setText("");
        article.textArea().selectRange(found, found + needle.length());
        article.textArea().requestFollowCaret();
    }
}
