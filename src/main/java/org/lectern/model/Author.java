package org.lectern.model;

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
}
