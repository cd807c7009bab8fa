package org.lectern.model;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** A kind of highlight: a name, a colour ({@code #rrggbb}), an optional key 1–9 and a description. */
public record Tag(UUID id, String name, String color, int key, String description)
        implements ProjectRecord {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** The key of a tag that has none. */
    public static final int NO_KEY = 0;

    public Tag {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A tag needs a name");
        }
        name = name.strip();
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("A tag colour is written #rrggbb, not " + color);
        }
        color = color.toLowerCase();
        if (key < NO_KEY || key > 9) {
            throw new IllegalArgumentException("A tag key is 1 to 9, not " + key);
        }
        description = description == null ? "" : description.strip();
    }

    public boolean hasKey() {
        return key != NO_KEY;
    }
}
