package org.lectern.ui.panels;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import org.lectern.ui.WorkbenchModel;

/**
 * Above the article, folded away until wanted: the document's title and where it came from (byline, source,
 * publication date, address), as the import found them, for the analyst to correct. Each field is saved when it
 * is left, as one undo step; the article's text is not editable here or anywhere, since every highlight is
 * anchored to it.
 */
public final class DocumentPanel extends TitledPane {
    private final TextField title = field("document-title-field", "");
    private final TextField byline = field("document-byline", "By whom, e.g. Jane Doe and John Roe");
    private final TextField source = field("document-source", "Publication or agency, e.g. Reuters");
    private final TextField published = field("document-published", "e.g. 2024-06-03");
    private final TextField url = field("document-url", "https://…");
    private final Label added = new Label();
    private final DocumentViewModel view;

    public DocumentPanel(WorkbenchModel model) {
        view = new DocumentViewModel(model);
        bind(title, view.titleProperty());
        bind(byline, view.bylineProperty());
        bind(source, view.sourceProperty());
        bind(published, view.publishedProperty());
        bind(url, view.urlProperty());

        setId("document-panel");
        setExpanded(false);
        setAnimated(false);
        // One field a row: the article pane may be narrow (the guide or a wide panel beside it).
        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label("Title"), title);
        grid.addRow(1, Forms.label("Byline"), byline);
        grid.addRow(2, Forms.label("Source"), source);
        grid.addRow(3, Forms.label("Published"), published);
        grid.addRow(4, Forms.label("Address"), url);
        grid.addRow(5, Forms.label("Added"), added);
        added.setId("document-added");
        added.getStyleClass().add("form-label");
        grid.setPadding(new Insets(4, 0, 0, 0));
        setContent(grid);
        // The fields shrink with the article pane; they never widen it at the panels' expense.
        grid.setMinWidth(0);
        setMinWidth(0);
        textProperty().bind(view.summaryProperty());
        added.textProperty().bind(view.addedProperty());
    }

    /** Unfolds the details and puts the cursor in the title (File → Document details…). */
    public void editTitle() {
        setExpanded(true);
        title.requestFocus();
        title.selectAll();
    }

    private void bind(TextField control, javafx.beans.property.ObjectProperty<String> value) {
        control.textProperty().bindBidirectional(value);
        control.disableProperty().bind(view.documentShown().not());
        Forms.commitOnLeave(control, view::commit);
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(8);
        field.setMinWidth(40);
        return field;
    }
}
