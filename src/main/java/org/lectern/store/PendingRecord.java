package org.lectern.store;

import java.util.UUID;
import org.lectern.model.ProjectRecord;

/**
 * A record changed here since the last synchronisation: its current version, or null when it was deleted.
 * {@code seq} is the last note of it; {@link TeamLedger#sent(long)} up to it forgets the change.
 */
public record PendingRecord(long seq, String kind, UUID id, ProjectRecord current) {
    public boolean deleted() {
        return current == null;
    }
}
