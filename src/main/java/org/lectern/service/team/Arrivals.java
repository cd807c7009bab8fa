package org.lectern.service.team;

import java.util.List;
import org.lectern.store.IncomingRecord;

/**
 * Colleagues' records read from the team's server after a revision, in the server's order, and the last revision
 * read ({@code lastRev}: the revision the project has brought in once they are applied).
 */
public record Arrivals(List<IncomingRecord> records, long lastRev) {
    public Arrivals {
        records = List.copyOf(records);
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }
}
