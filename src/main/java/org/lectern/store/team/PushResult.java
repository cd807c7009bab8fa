package org.lectern.store.team;

import java.util.List;
import java.util.UUID;

/**
 * What became of records sent to the server: written; stale (the server already had that version or a later one,
 * so nothing changed); refused (the sender may not write them: a colleague's work, or a role they lack).
 */
public record PushResult(List<UUID> written, List<UUID> stale, List<UUID> refused) {
    public PushResult {
        written = List.copyOf(written);
        stale = List.copyOf(stale);
        refused = List.copyOf(refused);
    }
}
