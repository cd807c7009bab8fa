package org.lectern.ui.panels;

import javafx.scene.layout.Region;
import org.lectern.model.Tag;
import org.lectern.ui.article.TagStylesheet;

/** A small square in a tag's colour, beside its name in the palette, tables and choosers. */
public final class TagChip {
    private TagChip() {
    }

    public static Region of(Tag tag) {
        Region chip = new Region();
        chip.getStyleClass().addAll("tag-chip", "tag-chip-" + TagStylesheet.classesOf(tag.id()).background().substring(3));
        chip.setMinSize(12, 12);
        chip.setMaxSize(12, 12);
        return chip;
    }
}
