package org.lectern.ui.panels;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
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
    private final RecordForm<Document> form;

    public DocumentPanel(WorkbenchModel model) {
        form = new RecordForm<>(model, id -> model.state().document(id));
        FormField<Document, String> titleField = form.text(Document::title);
        FormField<Document, String> bylineField = form.text(document -> document.metadata().byline());
        FormField<Document, String> sourceField = form.text(document -> document.metadata().source());
        FormField<Document, String> publishedField = form.text(document -> document.metadata().published());
        FormField<Document, String> urlField = form.text(document -> document.metadata().url());
        form.saveWith(document -> model.session().edits().editDocumentDetails(document.id(),
                titleField.valueFor(document), new DocumentMetadata(sourceField.valueFor(document),
                        bylineField.valueFor(document), publishedField.valueFor(document), urlField.valueFor(document))));
        bind(title, titleField);
        bind(byline, bylineField);
        bind(source, sourceField);
        bind(published, publishedField);
        bind(url, urlField);

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

        model.currentDocumentProperty().addListener((obs, old, now) -> load(now));
        model.onChangesApplied(() -> model.currentDocument()
                .flatMap(document -> model.state().document(document.id())).ifPresent(this::showAdded));
        load(model.currentDocument().orElse(null));
    }

    private void load(Document document) {
        form.show(document);
        for (TextField field : List.of(title, byline, source, published, url)) {
            field.setDisable(document == null);
        }
        showAdded(document);
    }

    /** Folded, the header still says who wrote it, where and when: "Document details — By Jane Doe · AP · 2024-06-03". */
    private static String summary(Document document) {
        if (document == null) {
            return "Document details";
        }
        DocumentMetadata metadata = document.metadata();
        List<String> parts = new java.util.ArrayList<>();
        if (!metadata.byline().isEmpty()) {
            parts.add("By " + metadata.byline());
        }
        for (String part : List.of(metadata.source(), metadata.published())) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? "Document details" : "Document details — " + String.join(" · ", parts);
    }

    private void showAdded(Document document) {
        setText(summary(document));
        added.setText(document == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault()).format(document.stamp().created())
                + " by " + document.stamp().author());
    }

    /** Unfolds the details and puts the cursor in the title (File → Document details…). */
    public void editTitle() {
        setExpanded(true);
        title.requestFocus();
        title.selectAll();
    }

    private void bind(TextField control, FormField<Document, String> field) {
        control.textProperty().bindBidirectional(field.value());
        Forms.commitOnLeave(control, form::commit);
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
