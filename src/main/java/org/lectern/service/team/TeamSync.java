package org.lectern.service.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Stamp;
import org.lectern.model.Stamps;
import org.lectern.service.ProjectSession;
import org.lectern.store.ApplyOutcome;
import org.lectern.store.IncomingRecord;
import org.lectern.store.PendingRecord;
import org.lectern.store.TeamLedger;
import org.lectern.store.team.PushResult;
import org.lectern.store.team.RecordJson;
import org.lectern.store.team.ServerRecord;
import org.lectern.store.team.TeamMember;
import org.lectern.store.team.TeamRole;
import org.lectern.store.team.TeamServer;

/**
 * Synchronises one project with its team's server, as the member connected. Pull, then push: colleagues'
 * records are read in pages and brought in as one transaction; the member's own changes are sent in batches,
 * each one server transaction, and forgotten locally only once the server has them. A {@code kill -9} anywhere
 * leaves both sides consistent: each side commits atomically, and sending the same version again changes nothing.
 * The network calls ({@link #fetch}, {@link #send}) never run on the window's thread.
 */
public final class TeamSync {
    /** Records read per page: large enough that the first download of a big project needs few round trips. */
    static final int PAGE = 10_000;
    /** Records sent per server transaction. */
    static final int BATCH = 2_000;

    private final TeamServer server;

    public TeamSync(TeamServer server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    public TeamMember me() {
        return server.me();
    }

    /**
     * Every record changed on the server after {@code sinceRev}, all pages of it (network only; the next page is
     * read while the last one's JSON is).
     */
    public Arrivals fetch(long sinceRev) {
        List<IncomingRecord> records = new ArrayList<>();
        long rev = sinceRev;
        try (PageReader pages = new PageReader(server, sinceRev, PAGE)) {
            while (pages.hasNext()) {
                records.addAll(pages.next().records());
            }
            rev = pages.lastRev();
        }
        return new Arrivals(records, rev, server.me().name());
    }

    /** Whether the team holds a tag, asked of the server without reading the team's records (network only). */
    public boolean teamHoldsTags() {
        return server.holdsTags();
    }

    /**
     * The records changed here that this member may write, as the server keeps them, and the outbox note they
     * reach (local read only). A record is the member's when its stamp names them; documents and tags are the
     * lead's to send, review decisions and the adjudicated layer a reviewer's. A deletion carries no name any
     * more: it is sent as the member's, and the server refuses it if the record was a colleague's.
     */
    public Outgoing outgoing(TeamLedger ledger) {
        TeamMember me = server.me();
        List<PendingRecord> pending = ledger.pending();
        Set<UUID> adjudicated = pending.stream().anyMatch(p -> p.kind().equals("annotation"))
                ? ledger.adjudicatedCopies() : Set.of();
        List<ServerRecord> records = new ArrayList<>();
        int notSent = 0;
        long upToSeq = 0;
        for (PendingRecord record : pending) {
            upToSeq = Math.max(upToSeq, record.seq());
            ServerRecord sent = asSent(record, me, adjudicated);
            if (sent == null) {
                notSent++;
            } else {
                records.add(sent);
            }
        }
        return new Outgoing(records, upToSeq, notSent);
    }

    /** The record as this member sends it, or null when it is not theirs to send. */
    private static ServerRecord asSent(PendingRecord record, TeamMember me, Set<UUID> adjudicated) {
        boolean lead = me.role().includes(TeamRole.LEAD);
        boolean reviewer = me.role().includes(TeamRole.REVIEWER);
        boolean teamWide = record.kind().equals("document") || record.kind().equals("tag");
        if (teamWide && !lead) {
            return null;
        }
        if (record.deleted()) {
            return tombstone(record.kind(), record.id(), me.name(), false, endOfNote(record));
        }
        ProjectRecord current = record.current();
        String author = Stamps.authorOf(current).orElse(me.name());
        Instant modified = Stamps.of(current).map(Stamp::modified).orElse(endOfNote(record));
        if (!teamWide && !author.equals(me.name())) {
            return null;
        }
        boolean copy = adjudicated.contains(record.id());
        if ((record.kind().equals("review_decision") || copy) && !reviewer) {
            return null;
        }
        return RecordJson.toServer(current, author, modified, copy, false);
    }

    /**
     * When a change without a stamp of its own was made: the file notes it to the millisecond, so the end of that
     * millisecond, never earlier than the version it replaced.
     */
    private static Instant endOfNote(PendingRecord record) {
        return record.noted().plusNanos(999_999);
    }

    private static ServerRecord tombstone(String kind, UUID id, String author, boolean adjudicated,
                                          Instant modified) {
        return new ServerRecord(id, kind, author, adjudicated, null, "{\"id\":\"" + id + "\"}", modified, true, 0);
    }

    /** Sends the records, a batch per server transaction (network only). */
    public PushResult send(Outgoing outgoing) {
        List<UUID> written = new ArrayList<>();
        List<UUID> stale = new ArrayList<>();
        List<UUID> refused = new ArrayList<>();
        List<ServerRecord> records = outgoing.records();
        for (int from = 0; from < records.size(); from += BATCH) {
            PushResult result = server.push(records.subList(from, Math.min(records.size(), from + BATCH)));
            written.addAll(result.written());
            stale.addAll(result.stale());
            refused.addAll(result.refused());
        }
        if (!refused.isEmpty() && server.me().role().includes(TeamRole.REVIEWER)) {
            // A deleted highlight no longer says whether it was in the adjudicated layer: the server knows.
            List<ServerRecord> again = records.stream().filter(r -> r.deleted() && r.kind().equals("annotation")
                    && refused.contains(r.id())).map(r -> tombstone(r.kind(), r.id(), r.author(), true,
                    r.modified())).toList();
            if (!again.isEmpty()) {
                PushResult second = server.push(again);
                refused.removeAll(second.written());
                refused.removeAll(second.stale());
                written.addAll(second.written());
                stale.addAll(second.stale());
            }
        }
        return new PushResult(written, stale, refused);
    }

    /**
     * The project forgets the changes sent (local write only). Those the server refused and those not the
     * member's to send are forgotten too: their author's own sending is the team's, and they must not pile up.
     */
    public void confirm(TeamLedger ledger, Outgoing outgoing) {
        if (outgoing.upToSeq() > 0) {
            ledger.sent(outgoing.upToSeq());
        }
    }

    /** Pull, then push, then the server notes the member as synchronised; memory of the open project follows. */
    public SyncReport syncOnce(ProjectSession session) {
        TeamLedger ledger = session.teamLedger().orElseThrow(() -> new IllegalStateException(
                "This project cannot belong to a team"));
        return syncOnce(ledger, session::receive);
    }

    /**
     * As {@link #syncOnce(ProjectSession)}, for a project not open in a window (the command line). Each page is
     * handed to the project as it is read, so a first download writes one page while the server sends the next.
     */
    public SyncReport syncOnce(TeamLedger ledger) {
        requireLinked(ledger);
        Arrivals mine = new Arrivals(List.of(), 0, server.me().name());
        ApplyOutcome received = new ApplyOutcome(0, 0, 0, 0);
        long lastRev;
        try (PageReader pages = new PageReader(server, ledger.lastRev(), PAGE)) {
            if (pages.hasNext()) {
                received = ledger.applyIncoming(pages, RecordJson::write, mine::isOwn);
            }
            lastRev = pages.lastRev();
        }
        return sendAfter(ledger, received, lastRev);
    }

    private SyncReport syncOnce(TeamLedger ledger, Function<Arrivals, ApplyOutcome> receive) {
        requireLinked(ledger);
        Arrivals arrivals = fetch(ledger.lastRev());
        ApplyOutcome received = arrivals.isEmpty() ? new ApplyOutcome(0, 0, 0, 0) : receive.apply(arrivals);
        return sendAfter(ledger, received, arrivals.lastRev());
    }

    private static void requireLinked(TeamLedger ledger) {
        if (ledger.teamLink().isEmpty()) {
            throw new IllegalStateException("This project belongs to no team: link it first");
        }
    }

    private SyncReport sendAfter(TeamLedger ledger, ApplyOutcome received, long lastRev) {
        Outgoing outgoing = outgoing(ledger);
        PushResult sent = send(outgoing);
        confirm(ledger, outgoing);
        server.markSynchronised();
        return new SyncReport(received, sent, outgoing.notSent(), lastRev);
    }
}
