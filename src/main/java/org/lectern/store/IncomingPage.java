package org.lectern.store;

import java.util.List;

/** One page of colleagues' records as the team's server sends them, in its order, and the last revision on it. */
public record IncomingPage(List<IncomingRecord> records, long lastRev) {
    public IncomingPage {
        records = List.copyOf(records);
    }
}
