package org.lectern.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** An analyst whose name stands on records of a project. */
public record Author(UUID id, String name) {
    public Author {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An author needs a name");
        }
        name = name.strip();
    }

    /**
     * The id an author gets when a project first names them: the same for the same name every time, so that an
     * edit undone and redone puts back the very row it had added.
     */
    public static UUID idFor(String name) {
        return UUID.nameUUIDFromBytes(("Lectern author: " + name).getBytes(StandardCharsets.UTF_8));
    }
}
