package org.lectern.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.lectern.model.Tag;
import org.lectern.ui.actions.Command;
import org.lectern.ui.actions.Commands;

/**
 * The tags as buttons with their colours and keys: click one (or press its key) to tag the selection. The buttons
 * and the Sticky toggle are enabled when their commands can run (see {@link WorkbenchCommands}).
 */
final class TagPalette extends FlowPane {
    private final WorkbenchModel model;
    private final Commands commands;

    TagPalette(WorkbenchModel model, Commands commands) {
        this.model = model;
        this.commands = commands;
        setId("tag-palette");
        getStyleClass().add("tag-palette");
        setHgap(6);
        setVgap(4);
        model.tags().addListener((ListChangeListener<Tag>) change -> rebuild());
        model.stickyTagProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /** What the buttons show: each tag as it looked when they were made, and where the sticky tag stood then. */
    private List<Tag> shown;
    private int stickyShown;
    private final List<Button> buttons = new ArrayList<>();

    /**
     * Opening another project usually brings tags that look just like the ones shown (the same names, keys and
     * colours, as every new project starts with), only with other ids: the buttons then stay, handed the new tags,
     * rather than being made and styled afresh in the frame that shows the project.
     */
    private void rebuild() {
        int stickyIndex = model.stickyTag() == null ? -1 : model.tags().indexOf(model.stickyTag());
        if (shown != null && looksAsShown(model.tags()) && stickyIndex == stickyShown) {
            for (int i = 0; i < buttons.size(); i++) {
                commands.bind(buttons.get(i), Command.TAG_SELECTION, model.tags().get(i));
            }
            shown = List.copyOf(model.tags());
            return;
        }
        shown = List.copyOf(model.tags());
        stickyShown = stickyIndex;
        buttons.clear();
        getChildren().clear();
        ToggleButton sticky = new ToggleButton("Sticky");
        sticky.setId("sticky-toggle");
        sticky.setFocusTraversable(false);
        sticky.setTooltip(new Tooltip("Sticky tag mode (Ctrl+T): every passage you select with the mouse gets the"
                + " chosen tag at once. Click a tag to choose it."));
        commands.bind(sticky, Command.STICKY_TAG_MODE, model.stickyTagProperty().isNotNull());
        for (Tag tag : model.tags()) {
            Button button = new Button((tag.hasKey() ? tag.key() + "  " : "") + tag.name());
            button.setId("tag-" + tag.name().replaceAll("[^A-Za-z0-9]", "").toLowerCase());
            button.getStyleClass().add("tag-button");
            button.setGraphic(org.lectern.ui.panels.TagChip.of(tag));
            button.setFocusTraversable(false);
            String key = tag.hasKey() ? " (key " + tag.key() + ")" : "";
            button.setTooltip(new Tooltip(tag.name() + key + (tag.description().isEmpty() ? "" : "\n" + tag.description())));
            commands.bind(button, Command.TAG_SELECTION, tag);
            if (model.stickyTag() != null && model.stickyTag().id().equals(tag.id())) {
                button.getStyleClass().add("sticky-tag");
            }
            getChildren().add(button);
            buttons.add(button);
        }
        getChildren().add(sticky);
    }

    private boolean looksAsShown(List<Tag> tags) {
        if (tags.size() != shown.size()) {
            return false;
        }
        for (int i = 0; i < tags.size(); i++) {
            Tag now = tags.get(i);
            Tag then = shown.get(i);
            if (!now.name().equals(then.name()) || !now.color().equals(then.color()) || now.key() != then.key()
                    || !now.description().equals(then.description())) {
                return false;
            }
        }
        return true;
    }
}
