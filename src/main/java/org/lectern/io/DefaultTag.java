package org.lectern.io;

import java.util.UUID;
import org.lectern.model.Tag;

/**
 * One entry of the bundled default tag set ({@code resources/default-tags.json}): a name, a colour
 * written {@code #rrggbb}, a key 1–9 and a one-sentence description telling an analyst when to use it.
 */
public record DefaultTag(String name, String color, int key, String description) {

    /** A model tag with these values and the given id; the model validates name, colour and key. */
    public Tag toTag(UUID id) {
        return new Tag(id, name, color, key, description);
    }
}
