package org.lectern.ui.panels;

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
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.actions.Command;
import org.lectern.ui.actions.Commands;
import org.lectern.ui.review.CommentsView;

/** Every highlight of the current document, with its tag and note editable in place (see {@link AnnotationsViewModel}). */
public final class AnnotationsPanel extends SplitPane {
    private final WorkbenchModel model;
    private final AnnotationsViewModel view;
    private final TableView<Annotation> table = new TableView<>();
    private final ComboBox<Tag> tag = new ComboBox<>();
    private final TextArea note = Forms.area(4);
    private final Label author = new Label();
    private final Button delete = new Button(Command.DELETE_CHOSEN_HIGHLIGHT.text());
    private final CommentsView comments;

    public AnnotationsPanel(WorkbenchModel model, Commands commands) {
        this.model = model;
        this.view = new AnnotationsViewModel(model);
        this.comments = new CommentsView(model, "annotation");
        setId("annotations-panel");
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        table.setId("annotations-table");
        table.setItems(model.annotations());
        table.setPlaceholder(Forms.placeholder("No highlights yet. Select text in the article and press a tag's key (1–9)."));
        table.getColumns().add(tagColumn());
        table.getColumns().add(TableColumns.longText("Passage", a -> a.passage().quote().replaceAll("\\s+", " "), 220));
        table.getColumns().add(TableColumns.longText("Note", Annotation::note, 100));
        table.getColumns().add(TableColumns.text("Author", a -> a.stamp().author(), 90));
        // What a reviewer decided about it: how a colleague reads a review bundle sent back.
        table.getColumns().add(TableColumns.longText("Review", view::reviewOf, 100));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        KeepSelection.byId(table, Annotation::id);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> load(now));
        ChosenRows.onChosen(table, model::reveal);
        model.onFocus(record -> {
            if (record instanceof Annotation annotation) {
                KeepSelection.select(table, Annotation::id, annotation.id());
            }
        });

        tag.setItems(model.tags());
        // A row shows its tag's name and colour, which live in the tag, not in the highlight the row holds.
        model.tags().addListener((javafx.collections.ListChangeListener<Tag>) change -> table.refresh());
        tag.setButtonCell(new TagCell());
        tag.setCellFactory(list -> new TagCell());
        tag.valueProperty().bindBidirectional(view.tagProperty());
        Forms.commitOnChoice(tag, view.tag(), view::commit);
        note.setId("annotation-note");
        note.setPromptText("A note on this highlight");
        note.textProperty().bindBidirectional(view.noteProperty());
        Forms.commitOnLeave(note, view::commit);
        tag.disableProperty().bind(view.highlightChosen().not());
        note.disableProperty().bind(view.highlightChosen().not());
        author.textProperty().bind(view.madeByProperty());
        author.setWrapText(true);
        commands.define(Command.DELETE_CHOSEN_HIGHLIGHT, view.highlightChosen(), view::deleteHighlight);
        commands.bind(delete, Command.DELETE_CHOSEN_HIGHLIGHT);
        delete.setId("annotation-delete");

        GridPane form = Forms.grid();
        form.addRow(0, Forms.label("Tag"), tag);
        form.addRow(1, Forms.label("Note"), note);
        form.addRow(2, Forms.label("Author"), author);
        var bottom = Forms.detail(java.util.List.of(delete), form, Forms.label("Review comments"), comments);
        PanelSizes.keepRows(table, 3);
        getItems().addAll(table, bottom);
        setDividerPositions(0.6);
        load(null);
    }

    private void load(Annotation annotation) {
        view.choose(annotation);
        comments.show(annotation == null ? null : annotation.id());
    }

    /** What the panel shows, for the window's commands. */
    public AnnotationsViewModel viewModel() {
        return view;
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
        column.setMinWidth(90); // the swatch and a name such as "Date/time"
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
