package org.lectern.ui;

import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.lectern.model.Tag;
import org.lectern.ui.panels.TagChip;

/**
 * Annotate → Edit tags…: the tag set with each tag's name, colour, key and description; a new tag; removing a
 * tag no highlight uses. Every change is an edit like any other: saved at once, undoable.
 */
final class TagEditor extends VBox {
    private final WorkbenchModel model;
    private final ListView<Tag> list;
    private final TextField name = new TextField();
    private final ColorPicker color = new ColorPicker();
    private final ComboBox<Integer> key = new ComboBox<>();
    private final TextArea description = new TextArea();
    private UUID editing;

    TagEditor(WorkbenchModel model) {
        this.model = model;
        setId("tag-editor");
        setSpacing(10);
        setPadding(new Insets(10));
        list = new ListView<>(model.tags());
        list.setPrefSize(260, 260);
        list.setMinWidth(200);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Tag item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (item.hasKey() ? item.key() + "  " : "    ") + item.name());
                setGraphic(empty || item == null ? null : TagChip.of(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> load(now));
        model.tags().addListener((ListChangeListener<Tag>) change -> reselect());
        name.setId("tag-editor-name");
        key.setId("tag-editor-key");
        for (int k = Tag.NO_KEY; k <= 9; k++) {
            key.getItems().add(k);
        }
        key.setButtonCell(new KeyCell());
        key.setCellFactory(view -> new KeyCell());
        description.setPromptText("When to use it, for whoever annotates");
        // A guideline is a sentence or three: shown whole, wrapped, rather than scrolled in a one-line field.
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.setId("tag-editor-description");
        FocusOrder.tabMovesOn(description);
        Button save = new Button("Save changes");
        save.setId("tag-editor-save");
        save.setOnAction(event -> save());
        Button add = new Button("New tag");
        add.setId("tag-editor-add");
        add.setOnAction(event -> model.perform(model.session().tagEdits().add(uniqueName(), "#8c8c8c")));
        Button delete = new Button("Delete");
        delete.setOnAction(event -> {
            if (editing != null) {
                model.perform(model.session().tagEdits().delete(editing));
            }
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Colour"), color);
        form.addRow(2, new Label("Key"), key);
        form.addRow(3, new Label("Use for"), description);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setPrefWidth(300);
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        HBox body = new HBox(12, list, new VBox(10, form, new HBox(6, save, delete)));
        getChildren().addAll(body, new HBox(6, add));
        load(null);
        list.getSelectionModel().selectFirst();
    }

    private void load(Tag tag) {
        editing = tag == null ? null : tag.id();
        name.setText(tag == null ? "" : tag.name());
        color.setValue(tag == null ? Color.GRAY : Color.web(tag.color()));
        key.setValue(tag == null ? Tag.NO_KEY : tag.key());
        description.setText(tag == null ? "" : tag.description());
        setFormDisabled(tag == null);
    }

    private void setFormDisabled(boolean disabled) {
        name.setDisable(disabled);
        color.setDisable(disabled);
        key.setDisable(disabled);
        description.setDisable(disabled);
    }

    private void save() {
        if (editing == null) {
            return;
        }
        model.perform(model.session().tagEdits().edit(editing, name.getText(), hex(color.getValue()),
                key.getValue() == null ? Tag.NO_KEY : key.getValue(), description.getText()));
    }

    /** The edited tag's new record replaces the old one in the list: keep it selected. */
    private void reselect() {
        if (editing != null) {
            model.tags().stream().filter(t -> t.id().equals(editing)).findFirst()
                    .ifPresentOrElse(t -> list.getSelectionModel().select(t), () -> load(null));
        }
    }

    private String uniqueName() {
        String base = "New tag";
        String candidate = base;
        for (int n = 2; model.state().tagNamed(candidate).isPresent(); n++) {
            candidate = base + " " + n;
        }
        return candidate;
    }

    static String hex(Color value) {
        return String.format("#%02x%02x%02x", Math.round(value.getRed() * 255), Math.round(value.getGreen() * 255),
                Math.round(value.getBlue() * 255));
    }

    public ListView<Tag> list() {
        return list;
    }

    /** A key 1–9, or "none". */
    private static final class KeyCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item == Tag.NO_KEY ? "none" : item.toString());
        }
    }
}
