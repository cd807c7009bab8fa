package org.lectern.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.lectern.model.ProjectRecord;

/**
 * A colleague's record as the team database holds it: its latest version, or its deletion (then
 * {@code record} is null), with the author and time of that version.
 */
public record IncomingRecord(String kind, UUID id, ProjectRecord record, String author, Instant modified) {
    public IncomingRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(modified, "modified");
        if (!RecordKinds.ALL.contains(kind)) {
            throw new IllegalArgumentException("No record is of kind " + kind);
        }
        if (record != null && (!record.id().equals(id) || !RecordKinds.of(record).equals(kind))) {
            throw new IllegalArgumentException("An incoming " + kind + " " + id + " carries another record");
        }
    }

    public static IncomingRecord version(ProjectRecord record, String author, Instant modified) {
        return new IncomingRecord(RecordKinds.of(record), record.id(), record, author, modified);
    }

    public static IncomingRecord deletion(String kind, UUID id, String author, Instant modified) {
        return new IncomingRecord(kind, id, null, author, modified);
    }

    public boolean deleted() {
        return record == null;
    }
}
