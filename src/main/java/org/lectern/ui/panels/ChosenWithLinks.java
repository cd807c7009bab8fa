package org.lectern.ui.panels;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lectern.model.Annotation;
import org.lectern.model.ProjectRecord;
import org.lectern.ui.WorkbenchModel;

/**
 * The record chosen in a panel whose records are linked to each other's (a claim, linked to evidence; evidence,
 * linked to claims), with what the panel lists of it: its passages in the article, its links and the link
 * chosen among them. The links are listed afresh when the project's links or the records at their other end
 * change; listing them never writes anything.
 */
final class ChosenWithLinks<R extends ProjectRecord> {
    private final WorkbenchModel model;
    private final RecordForm<R> form;
    private final Function<R, List<UUID>> passageIds;
    private final Function<R, List<LinkRow>> linkRows;
    private final ReadOnlyObjectWrapper<R> chosen = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Annotation> passages = FXCollections.observableArrayList();
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    private final ObjectProperty<LinkRow> chosenLink = new SimpleObjectProperty<>();

    /**
     * {@code linkRows} lists a record's links as rows of its table; {@code otherEnd} is the project's list of
     * the records its links lead to, whose names the rows show.
     */
    ChosenWithLinks(WorkbenchModel model, RecordForm<R> form, Function<R, List<UUID>> passageIds,
                    Function<R, List<LinkRow>> linkRows, ObservableList<? extends ProjectRecord> otherEnd) {
        this.model = model;
        this.form = form;
        this.passageIds = passageIds;
        this.linkRows = linkRows;
        model.links().addListener((Observable changed) -> refreshLinks());
        otherEnd.addListener((Observable changed) -> refreshLinks());
    }

    /** Shows a record (null for none) in the form, after saving what the analyst changed in the one shown before. */
    void choose(R record) {
        form.show(record);
        chosen.set(record);
        passages.setAll(record == null ? List.of() : passageIds.apply(record).stream()
                .map(id -> model.state().annotation(id).orElse(null)).filter(Objects::nonNull).toList());
        refreshLinks();
    }

    R get() {
        return chosen.get();
    }

    ReadOnlyObjectProperty<R> property() {
        return chosen.getReadOnlyProperty();
    }

    BooleanBinding present() {
        return chosen.isNotNull();
    }

    BooleanBinding linkChosen() {
        return chosen.isNotNull().and(chosenLink.isNotNull());
    }

    ObservableList<Annotation> passages() {
        return passages;
    }

    ObservableList<LinkRow> links() {
        return links;
    }

    ObjectProperty<LinkRow> chosenLinkProperty() {
        return chosenLink;
    }

    /** Removes the link chosen, as one edit. */
    void removeLink() {
        LinkRow row = chosenLink.get();
        if (row != null && chosen.get() != null) {
            model.perform(model.session().edits().deleteLink(row.link().id()));
        }
    }

    private void refreshLinks() {
        R record = chosen.get();
        if (record == null || model.session() == null) {
            links.clear();
            return;
        }
        links.setAll(linkRows.apply(record));
    }
}
