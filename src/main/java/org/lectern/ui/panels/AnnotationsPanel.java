package org.lectern.ui.panels;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lectern.model.Annotation;
import org.lectern.model.Tag;
import org.lectern.service.Edit;
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.review.CommentsView;

/** Every highlight of the current document, with its tag and note editable in place. */
public final class AnnotationsPanel extends SplitPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final WorkbenchModel model;
    private final TableView<Annotation> table = new TableView<>();
    private final ComboBox<Tag> tag = new ComboBox<>();
    private final TextArea note = Forms.area(4);
    private final Label author = new Label();
    private final Button delete = new Button("Delete highlight");
    private final CommentsView comments;
    private final RecordForm<Annotation> form;
    private final FormField<Annotation, Tag> tagField;
    private final FormField<Annotation, String> noteField;
    private UUID editing;

    public AnnotationsPanel(WorkbenchModel model) {
        this.model = model;
        this.comments = new CommentsView(model, "annotation");
        form = new RecordForm<>(model, id -> model.state().annotation(id));
        tagField = form.choice(annotation -> model.tag(annotation.tagId()).orElse(null));
        noteField = form.text(Annotation::note);
        form.saveWith(this::edit);
        setId("annotations-panel");
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        table.setId("annotations-table");
        table.setItems(model.annotations());
        table.setPlaceholder(Forms.placeholder("No highlights yet. Select text in the article and press a tag's key (1–9)."));
        table.getColumns().add(tagColumn());
        table.getColumns().add(TableColumns.text("Passage", a -> a.passage().quote().replaceAll("\\s+", " "), 220));
        table.getColumns().add(TableColumns.text("Note", Annotation::note, 120));
        table.getColumns().add(TableColumns.text("Author", a -> a.stamp().author(), 90));
        // What a reviewer decided about it: how a colleague reads a review bundle sent back.
        table.getColumns().add(TableColumns.text("Review", this::reviewOf, 110));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        KeepSelection.byId(table, Annotation::id);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            load(now);
            if (now != null && table.isFocused()) {
                model.reveal(now);
            }
        });
        table.setOnMouseClicked(event -> model.reveal(table.getSelectionModel().getSelectedItem()));
        model.onFocus(record -> {
            if (record instanceof Annotation annotation) {
                KeepSelection.select(table, Annotation::id, annotation.id());
            }
        });

        tag.setItems(model.tags());
        tag.setButtonCell(new TagCell());
        tag.setCellFactory(list -> new TagCell());
        tag.valueProperty().bindBidirectional(tagField.value());
        Forms.commitOnChoice(tag, tagField, form::commit);
        note.setId("annotation-note");
        note.setPromptText("A note on this highlight");
        note.textProperty().bindBidirectional(noteField.value());
        Forms.commitOnLeave(note, form::commit);
        delete.setOnAction(event -> {
            if (editing != null) {
                model.perform(model.session().edits().deleteAnnotation(editing));
            }
        });

        GridPane form = Forms.grid();
        form.addRow(0, Forms.label("Tag"), tag);
        form.addRow(1, Forms.label("Note"), note);
        form.addRow(2, Forms.label("Author"), author);
        HBox actions = new HBox(8, delete);
        VBox bottom = new VBox(10, form, Forms.label("Review comments"), comments, actions);
        bottom.setPadding(new Insets(10));
        PanelSizes.keepRows(table, 3);
        getItems().addAll(table, bottom);
        setDividerPositions(0.6);
        load(null);
    }

    private void load(Annotation annotation) {
        form.show(annotation);
        editing = annotation == null ? null : annotation.id();
        comments.show(editing);
        author.setText(annotation == null ? "" : annotation.stamp().author() + " · created "
                + WHEN.format(annotation.stamp().created()) + " · modified " + WHEN.format(annotation.stamp().modified()));
        author.setWrapText(true);
        tag.setDisable(annotation == null);
        note.setDisable(annotation == null);
        delete.setDisable(annotation == null);
    }

    /** The tag and note as the analyst changed them: one edit, even when both were changed before leaving. */
    private Edit edit(Annotation annotation) {
        Tag chosen = tagField.valueFor(annotation);
        UUID tagId = chosen == null ? annotation.tagId() : chosen.id();
        return model.session().edits().editAnnotation(annotation.id(), tagId, noteField.valueFor(annotation));
    }

    private String reviewOf(Annotation annotation) {
        return model.session() == null ? "" : model.state().decisionOn(annotation.id())
                .map(d -> d.verdict().label() + " by " + d.stamp().author()
                        + (d.comment().isEmpty() ? "" : ": " + d.comment()))
                .orElse("");
    }

    public TableView<Annotation> table() {
        return table;
    }

    private TableColumn<Annotation, Annotation> tagColumn() {
        TableColumn<Annotation, Annotation> column = new TableColumn<>("Tag");
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Annotation item, boolean empty) {
                super.updateItem(item, empty);
                Tag value = empty || item == null ? null : model.tag(item.tagId()).orElse(null);
                setText(value == null ? null : value.name());
                setGraphic(value == null ? null : chip(value));
            }
        });
        column.setPrefWidth(120);
        column.setMinWidth(100);
        return column;
    }


    static Region chip(Tag tag) {
        return TagChip.of(tag);
    }

    /** A tag with its colour, in the tag chooser. */
    static final class TagCell extends ListCell<Tag> {
        @Override
        protected void updateItem(Tag item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : (item.hasKey() ? item.key() + "  " : "") + item.name());
            setGraphic(empty || item == null ? null : chip(item));
        }
    }
}
