package org.lectern.service.team;

import java.util.List;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Stamps;
import org.lectern.store.IncomingRecord;

/**
 * Colleagues' records read from the team's server after a revision, in the server's order, and the last revision
 * read ({@code lastRev}: the revision the project has brought in once they are applied). {@code memberName} is
 * the name on the stamps of the member who read them (null if not known): what the team's deletions take along
 * of that member's own records is theirs to send.
 */
public record Arrivals(List<IncomingRecord> records, long lastRev, String memberName) {
    public Arrivals {
        records = List.copyOf(records);
    }

    public Arrivals(List<IncomingRecord> records, long lastRev) {
        this(records, lastRev, null);
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }

    /** Whether a record is the reading member's own. */
    public boolean isOwn(ProjectRecord record) {
        return memberName != null && Stamps.authorOf(record).filter(memberName::equals).isPresent();
    }
}
