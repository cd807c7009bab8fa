package org.lectern.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.lectern.model.Tag;

/** The tags as buttons with their colours and keys: click one (or press its key) to tag the selection. */
final class TagPalette extends FlowPane {
    private final WorkbenchModel model;
    private final WorkbenchActions actions;

    TagPalette(WorkbenchModel model, WorkbenchActions actions) {
        this.model = model;
        this.actions = actions;
        setId("tag-palette");
        getStyleClass().add("tag-palette");
        setHgap(6);
        setVgap(4);
        model.tags().addListener((ListChangeListener<Tag>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (Tag tag : model.tags()) {
            Button button = new Button((tag.hasKey() ? tag.key() + "  " : "") + tag.name());
            button.setId("tag-" + tag.name().replaceAll("[^A-Za-z0-9]", "").toLowerCase());
            button.getStyleClass().add("tag-button");
            button.setGraphic(org.lectern.ui.panels.TagChip.of(tag));
            button.setFocusTraversable(false);
            String key = tag.hasKey() ? " (key " + tag.key() + ")" : "";
            button.setTooltip(new Tooltip(tag.name() + key + (tag.description().isEmpty() ? "" : "\n" + tag.description())));
            button.setOnAction(event -> actions.tagSelection(tag));
            getChildren().add(button);
        }
    }
}
