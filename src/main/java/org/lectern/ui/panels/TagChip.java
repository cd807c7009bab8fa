package org.lectern.ui.panels;

import javafx.scene.layout.Region;
import org.lectern.model.Tag;

/** A small square in a tag's colour, beside its name in the palette, tables and choosers. */
public final class TagChip {
    private TagChip() {
    }

    public static Region of(Tag tag) {
        Region chip = new Region();
        chip.getStyleClass().add("tag-chip");
        // Its own colour rather than a class from the article's tag stylesheet: a chip in a menu or table is
        // made again when its tag changes, and the stylesheet stays with the article (see MainWindow).
        chip.setStyle("-fx-background-color: " + tag.color() + ";");
        chip.setMinSize(12, 12);
        chip.setMaxSize(12, 12);
        return chip;
    }
}
