package org.lectern.ui.panels;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.ui.WorkbenchModel;

/**
 * The details of the document shown, without the controls: its title, byline, source, date and address (which
 * the fields bind to), a one-line summary for the folded header and when and by whom it was added. It follows
 * the document shown; each field the analyst changes is saved as one edit, and a refresh writes nothing back.
 */
public final class DocumentViewModel {
    private final RecordForm<Document> form;
    private final FormField<Document, String> title;
    private final FormField<Document, String> byline;
    private final FormField<Document, String> source;
    private final FormField<Document, String> published;
    private final FormField<Document, String> url;
    private final ReadOnlyObjectWrapper<Document> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(summary(null));
    private final ReadOnlyStringWrapper added = new ReadOnlyStringWrapper("");
    /** The record the summary and the date were last made from. */
    private Document described;

    public DocumentViewModel(WorkbenchModel model) {
        form = new RecordForm<>(model, id -> model.state().document(id));
        title = form.text(Document::title);
        byline = form.text(document -> document.metadata().byline());
        source = form.text(document -> document.metadata().source());
        published = form.text(document -> document.metadata().published());
        url = form.text(document -> document.metadata().url());
        form.saveWith(document -> model.session().edits().editDocumentDetails(document.id(),
                title.valueFor(document), new DocumentMetadata(source.valueFor(document),
                        byline.valueFor(document), published.valueFor(document), url.valueFor(document))));
        model.currentDocumentProperty().addListener((obs, old, now) -> show(now));
        model.onChangesApplied(() -> model.currentDocument()
                .flatMap(document -> model.state().document(document.id())).ifPresent(this::describe));
        show(model.currentDocument().orElse(null));
    }

    private void show(Document document) {
        form.show(document);
        shown.set(document);
        describe(document);
    }

    private void describe(Document document) {
        // Told after every edit, a highlight's too: the same record needs no new summary and date.
        if (document != null && document == described) {
            return;
        }
        described = document;
        summary.set(summary(document));
        added.set(document == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault()).format(document.stamp().created())
                + " by " + document.stamp().author());
    }

    public BooleanBinding documentShown() {
        return shown.isNotNull();
    }

    public ObjectProperty<String> titleProperty() {
        return title.value();
    }

    public ObjectProperty<String> bylineProperty() {
        return byline.value();
    }

    public ObjectProperty<String> sourceProperty() {
        return source.value();
    }

    public ObjectProperty<String> publishedProperty() {
        return published.value();
    }

    public ObjectProperty<String> urlProperty() {
        return url.value();
    }

    /** Folded, the header still says who wrote it, where and when: "Document details — By Jane Doe · AP · 2024-06-03". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** When and by whom the document was added. */
    public ReadOnlyStringProperty addedProperty() {
        return added.getReadOnlyProperty();
    }

    /** Saves the fields the analyst changed as one edit (the panel calls it when they leave a field). */
    public boolean commit() {
        return form.commit();
    }

    private static String summary(Document document) {
        if (document == null) {
            return "Document details";
        }
        DocumentMetadata metadata = document.metadata();
        List<String> parts = new ArrayList<>();
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
}
