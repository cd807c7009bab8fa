package org.lectern.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
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
        model.stickyTagProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        ToggleButton sticky = new ToggleButton("Sticky");
        sticky.setId("sticky-toggle");
        sticky.setFocusTraversable(false);
        sticky.setSelected(model.stickyTag() != null);
        sticky.setTooltip(new Tooltip("Sticky tag mode (Ctrl+T): every passage you select with the mouse gets the"
                + " chosen tag at once. Click a tag to choose it."));
        sticky.setOnAction(event -> actions.setStickyMode(sticky.isSelected(), null));
        for (Tag tag : model.tags()) {
            Button button = new Button((tag.hasKey() ? tag.key() + "  " : "") + tag.name());
            button.setId("tag-" + tag.name().replaceAll("[^A-Za-z0-9]", "").toLowerCase());
            button.getStyleClass().add("tag-button");
            button.setGraphic(org.lectern.ui.panels.TagChip.of(tag));
            button.setFocusTraversable(false);
            String key = tag.hasKey() ? " (key " + tag.key() + ")" : "";
            button.setTooltip(new Tooltip(tag.name() + key + (tag.description().isEmpty() ? "" : "\n" + tag.description())));
            button.setOnAction(event -> actions.tagSelection(tag));
            if (model.stickyTag() != null && model.stickyTag().id().equals(tag.id())) {
                button.getStyleClass().add("sticky-tag");
            }
            getChildren().add(button);
        }
        getChildren().add(sticky);
    }
}
