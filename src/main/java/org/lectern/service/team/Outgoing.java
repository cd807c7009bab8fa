package org.lectern.service.team;

import java.util.List;
import org.lectern.store.team.ServerRecord;

/**
 * What a member is to send: the pending records they may write, as the server keeps them, and the outbox note
 * they reach ({@code upToSeq}), up to which the project forgets its changes once they are sent.
 * {@code notSent} counts the pending records this member may not write (a colleague's work brought in by file,
 * documents and tags when not lead, adjudication when not reviewer): their author's own sending is the team's.
 */
public record Outgoing(List<ServerRecord> records, long upToSeq, int notSent) {
    public Outgoing {
        records = List.copyOf(records);
    }

    public boolean isEmpty() {
        return records.isEmpty() && notSent == 0;
    }
}
