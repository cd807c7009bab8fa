package org.lectern.store;

import java.time.Instant;
import java.util.UUID;
import org.lectern.model.ProjectRecord;

/**
 * A record changed here since the last synchronisation: its current version, or null when it was deleted.
 * {@code seq} is the last note of it; {@link TeamLedger#sent(long)} up to it forgets the change. {@code noted} is
 * when it was last changed here as the file noted it: the time of a change that carries no stamp of its own (a
 * tag's, or a deletion).
 */
public record PendingRecord(long seq, String kind, UUID id, ProjectRecord current, Instant noted) {
    public boolean deleted() {
        return current == null;
    }
}
