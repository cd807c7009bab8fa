package org.lectern.store.team;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One record as the team server keeps it: its kind ({@link RecordKind#word()}), the author named on its stamp,
 * whether it is an annotation in the adjudicated layer, the document it belongs to (if any), the whole record as
 * JSON ({@link RecordJson}), when it was last modified, whether it is a tombstone, and the server's revision
 * ({@code rev}: 0 for a record not yet on the server). The server keeps {@code modified} truncated to the
 * microsecond; the body keeps the exact instant.
 */
public record ServerRecord(UUID id, String kind, String author, boolean adjudicated, UUID documentId,
                           String bodyJson, Instant modified, boolean deleted, long rev) {
    public ServerRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(bodyJson, "bodyJson");
        Objects.requireNonNull(modified, "modified");
    }
}
