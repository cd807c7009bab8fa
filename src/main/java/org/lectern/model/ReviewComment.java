package org.lectern.model;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A review comment on an annotation, actor, claim or item of evidence ({@code targetId}); a reply names the
 * comment it answers ({@code parentId}). A thread is resolved or not as a whole, through its first comment.
 */
public record ReviewComment(UUID id, UUID targetId, UUID parentId, String text, boolean resolved, Stamp stamp)
        implements ProjectRecord {
    public ReviewComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(targetId, "targetId");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A comment needs some text");
        }
        text = text.strip();
        Objects.requireNonNull(stamp, "stamp");
    }

    public Optional<UUID> parent() {
        return Optional.ofNullable(parentId);
    }

    public ReviewComment withResolved(boolean nowResolved) {
        return new ReviewComment(id, targetId, parentId, text, nowResolved, stamp.touched());
    }

    public ReviewComment withText(String newText) {
        return new ReviewComment(id, targetId, parentId, newText, resolved, stamp.touched());
    }
}
