package org.lectern.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.lectern.model.Document;

/** The documents of the project; choosing one shows it in the article view. */
final class DocumentList extends ListView<Document> {
    /**
     * Wide enough that a title wraps between its words, not inside them ("Researc / her"), even in the smallest
     * window with the Getting started guide open beside the article and the panels.
     */
    static final double MIN_WIDTH = 140;

    DocumentList(WorkbenchModel model) {
        super(model.documents());
        setId("document-list");
        setMinWidth(MIN_WIDTH);
        setPlaceholder(new Label("No documents.\nFile → Add document…"));
        setCellFactory(list -> new ListCell<>() {
            // Long titles wrap inside the list instead of running off its edge.
            private final javafx.scene.text.Text title = new javafx.scene.text.Text();
            // One tooltip per cell, its text changed with the row: a cell shows a new row on every scroll.
            private final javafx.scene.control.Tooltip details = new javafx.scene.control.Tooltip();

            {
                title.getStyleClass().add("document-title");
                title.wrappingWidthProperty().bind(list.widthProperty().subtract(30));
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Document item, boolean empty) {
                super.updateItem(item, empty);
                title.setText(empty || item == null ? null : item.title());
                setGraphic(empty || item == null ? null : title);
                if (empty || item == null) {
                    setTooltip(null);
                } else {
                    details.setText(describe(item));
                    setTooltip(details);
                }
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (model.currentDocument().isEmpty() || !model.currentDocument().get().id().equals(now.id()))) {
                model.currentDocumentProperty().set(now);
            }
        });
        model.currentDocumentProperty().addListener((obs, old, now) -> select(now));
        model.documents().addListener((javafx.collections.ListChangeListener<Document>) c ->
                select(model.currentDocument().orElse(null)));
        select(model.currentDocument().orElse(null));
    }

    private void select(Document document) {
        if (document == null) {
            getSelectionModel().clearSelection();
            return;
        }
        getItems().stream().filter(d -> d.id().equals(document.id())).findFirst()
                .ifPresent(d -> getSelectionModel().select(d));
    }

    private static String describe(Document document) {
        StringBuilder text = new StringBuilder(document.title());
        var metadata = document.metadata();
        for (String part : new String[] {metadata.byline(), metadata.source(), metadata.published(), metadata.url()}) {
            if (!part.isEmpty()) {
                text.append('\n').append(part);
            }
        }
        return text.toString();
    }
}
