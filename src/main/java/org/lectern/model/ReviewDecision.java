package org.lectern.model;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A reviewer's decision on a colleague's annotation ({@code reviewedId}): accepted or amended into the
 * adjudicated layer as the annotation {@code resultId}, or rejected (no result). The comment says why.
 */
public record ReviewDecision(UUID id, UUID reviewedId, Verdict verdict, UUID resultId, String comment, Stamp stamp)
        implements ProjectRecord {
    public ReviewDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reviewedId, "reviewedId");
        Objects.requireNonNull(verdict, "verdict");
        if (verdict == Verdict.REJECTED && resultId != null) {
            throw new IllegalArgumentException("A rejection puts nothing into the adjudicated layer");
        }
        if (verdict != Verdict.REJECTED && resultId == null) {
            throw new IllegalArgumentException("An accepted or amended annotation has its adjudicated copy");
        }
        comment = comment == null ? "" : comment.strip();
        Objects.requireNonNull(stamp, "stamp");
    }

    public Optional<UUID> result() {
        return Optional.ofNullable(resultId);
    }
}
