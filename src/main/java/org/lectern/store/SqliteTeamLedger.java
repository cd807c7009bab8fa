package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.lectern.model.Change;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;

/**
 * The team notes of a project file (format 4): its link to a team database, the outbox the file's own triggers
 * fill while it is linked, the digest of each record as last synchronised, and the versions that were not kept.
 */
final class SqliteTeamLedger implements TeamLedger {
    private final SqliteProjectStore store;
    private final CurrentRecords current;

    SqliteTeamLedger(SqliteProjectStore store, CurrentRecords current) {
        this.store = store;
        this.current = current;
    }

    @Override
    public void link(String url, String userName) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(userName, "userName");
        store.inTransaction("link the project to its team", connection -> {
            Optional<TeamLink> linked = readLink(connection);
            if (linked.isPresent()) {
                if (linked.get().url().equals(url) && linked.get().userName().equals(userName)) {
                    return null;
                }
                throw new StoreException("This project already belongs to the team at " + linked.get().url()
                        + " (as " + linked.get().userName() + "); unlink it first to link it to another.", null);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO team_link (only_row, url, user_name, last_rev) VALUES (1, ?, ?, 0)")) {
                insert.setString(1, url);
                insert.setString(2, userName);
                insert.executeUpdate();
            }
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("DELETE FROM team_outbox");
                sql.executeUpdate("DELETE FROM team_synced");
                // The team has none of the project yet: all of it is to be sent.
                for (String kind : RecordKinds.ALL) {
                    sql.executeUpdate("INSERT INTO team_outbox (kind, record_id) SELECT '" + kind + "', id FROM "
                            + kind + " ORDER BY rowid");
                }
            }
            return null;
        });
    }

    @Override
    public void unlink() {
        store.inTransaction("unlink the project from its team", connection -> {
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("DELETE FROM team_link");
                sql.executeUpdate("DELETE FROM team_outbox");
                sql.executeUpdate("DELETE FROM team_synced");
            }
            return null;
        });
    }

    @Override
    public Optional<TeamLink> teamLink() {
        return store.inTransaction("read which team the project belongs to", connection -> readLink(connection));
    }

    @Override
    public long lastRev() {
        return teamLink().map(TeamLink::lastRev).orElse(0L);
    }

    @Override
    public List<PendingRecord> pending() {
        return store.inTransaction("read the changes waiting to be sent",
                connection -> new ArrayList<>(pending(connection).values()));
    }

    @Override
    public int pendingCount() {
        return store.inTransaction("count the changes waiting to be sent", connection -> {
            StringBuilder live = new StringBuilder("CASE o.kind");
            for (String kind : RecordKinds.ALL) {
                live.append(" WHEN '").append(kind).append("' THEN EXISTS (SELECT 1 FROM ").append(kind)
                        .append(" WHERE id = o.record_id)");
            }
            live.append(" ELSE 0 END");
            int count = 0;
            Map<UUID, String> toCompare = new HashMap<>();
            Map<UUID, String> syncedDigests = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT o.record_id, o.kind, s.digest, "
                    + live + " AS live FROM (SELECT DISTINCT record_id, kind FROM team_outbox) o"
                    + " LEFT JOIN team_synced s ON s.record_id = o.record_id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String digest = rows.getString("digest");
                    boolean exists = rows.getBoolean("live");
                    if (exists && digest != null && !digest.equals(RecordDigest.UNKNOWN)) {
                        // Changed since the team had it, maybe changed back: only its digest can tell.
                        UUID id = Columns.uuid(rows, "record_id");
                        toCompare.put(id, rows.getString("kind"));
                        syncedDigests.put(id, digest);
                    } else if (exists || digest != null) {
                        count++; // new here, deleted here, or a version the team holds that is not known here
                    }
                    // Neither here nor with the team: made and deleted again since; nothing to send.
                }
            }
            if (!toCompare.isEmpty()) {
                Map<UUID, ProjectRecord> now = current.of(connection, byKind(toCompare));
                for (Map.Entry<UUID, String> synced : syncedDigests.entrySet()) {
                    ProjectRecord record = now.get(synced.getKey());
                    if (record == null || !RecordDigest.of(record).equals(synced.getValue())) {
                        count++;
                    }
                }
            }
            return count;
        });
    }

    @Override
    public void sent(long upToSeq) {
        store.inTransaction("note the changes the team has received", connection -> {
            Map<UUID, String> kinds = new HashMap<>();
            Set<UUID> changedSince = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT record_id, kind, MAX(seq) AS last"
                    + " FROM team_outbox GROUP BY record_id, kind HAVING MIN(seq) <= ?")) {
                select.setLong(1, upToSeq);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID id = Columns.uuid(rows, "record_id");
                        kinds.put(id, rows.getString("kind"));
                        if (rows.getLong("last") > upToSeq) {
                            changedSince.add(id);
                        }
                    }
                }
            }
            Map<UUID, ProjectRecord> now = current.of(connection, byKind(kinds));
            try (EditWriter statements = store.writerOn(connection)) {
                for (Map.Entry<UUID, String> record : kinds.entrySet()) {
                    UUID id = record.getKey();
                    // Changed again after the version sent was read: which one the team got is not known here.
                    String digest = changedSince.contains(id) ? RecordDigest.UNKNOWN
                            : now.containsKey(id) ? RecordDigest.of(now.get(id)) : null;
                    markSynced(statements, record.getValue(), id, digest);
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM team_outbox WHERE seq <= ?")) {
                delete.setLong(1, upToSeq);
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Set<UUID> adjudicatedCopies() {
        return store.inTransaction("read which highlights are adjudicated copies", connection -> {
            Set<UUID> ids = new HashSet<>();
            try (Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery(
                         "SELECT result_id FROM review_decision WHERE result_id IS NOT NULL")) {
                while (rows.next()) {
                    ids.add(Columns.uuid(rows, "result_id"));
                }
            }
            return ids;
        });
    }

    @Override
    public List<TeamConflict> conflicts() {
        return store.inTransaction("read the versions not kept", connection -> {
            List<TeamConflict> conflicts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM team_conflict ORDER BY id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    conflicts.add(new TeamConflict(rows.getString("kind"), Columns.uuid(rows, "record_id"),
                            rows.getString("body"), rows.getString("author"), Columns.instant(rows, "modified"),
                            TeamConflict.Side.valueOf(rows.getString("side").toUpperCase()),
                            TeamConflict.Reason.valueOf(rows.getString("reason").toUpperCase()),
                            rows.getString("detail"), Instant.parse(rows.getString("listed"))));
                }
            }
            return conflicts;
        });
    }

    @Override
    public ApplyOutcome applyIncoming(List<IncomingRecord> records, long newLastRev,
                                      Function<ProjectRecord, String> asJson, Predicate<ProjectRecord> own) {
        return apply(IncomingPages.of(List.of(new IncomingPage(records, newLastRev))), asJson, own, true);
    }

    @Override
    public ApplyOutcome applyIncoming(IncomingPages pages, Function<ProjectRecord, String> asJson,
                                      Predicate<ProjectRecord> own) {
        return apply(pages, asJson, own, false);
    }

    /** With {@code toldEach}, the outcome lists every change written, for a project open in memory to follow. */
    private ApplyOutcome apply(IncomingPages pages, Function<ProjectRecord, String> asJson,
                               Predicate<ProjectRecord> own, boolean toldEach) {
        try {
            return applyInOneTransaction(new LastRevOf(pages), asJson, own, toldEach);
        } catch (StoreException e) {
            if (e.getCause() instanceof ReadingFailed failed) {
                throw failed.original; // the server's failure, not the file's: nothing was saved
            }
            throw e;
        }
    }

    private ApplyOutcome applyInOneTransaction(LastRevOf read, Function<ProjectRecord, String> asJson,
                                               Predicate<ProjectRecord> own, boolean toldEach) {
        return store.inTransaction("bring the team's changes in", connection -> {
            TeamLink link = readLink(connection).orElseThrow(() -> new StoreException(
                    "This project belongs to no team, so it has no colleagues' changes to bring in.", null));
            try (Statement pragma = connection.createStatement()) {
                // Each reference is checked as it is written, so that a record that cannot stand here fails alone.
                pragma.execute("PRAGMA defer_foreign_keys = OFF");
            }
            FirstDownload firstDownload = new FirstDownload(connection, store);
            if (firstDownload.projectIsEmpty()) {
                OptionalInt written = firstDownload.write(read, link);
                if (written.isPresent()) {
                    advance(connection, read.lastRev);
                    if (!toldEach) {
                        return new ApplyOutcome(written.getAsInt(), 0, 0, 0);
                    }
                    List<Change> changes = new ArrayList<>(written.getAsInt());
                    for (IncomingRecord record : FirstDownload.standing(
                            IncomingApply.latestOfEach(read.readAgain().records()))) {
                        changes.add(Change.created(record.record()));
                    }
                    return new ApplyOutcome(changes.size(), 0, 0, 0, changes);
                }
                IncomingPage again = read.readAgain();
                ApplyOutcome outcome = standingThenCarefully(connection, link, asJson, own, firstDownload,
                        IncomingApply.latestOfEach(again.records()));
                advance(connection, again.lastRev());
                return toldEach ? outcome : outcome.counts();
            }
            List<IncomingRecord> all = new ArrayList<>();
            read.forEachRemaining(page -> all.addAll(page.records()));
            ApplyOutcome outcome = applyCarefully(connection, link, asJson, IncomingApply.latestOfEach(all), own);
            advance(connection, read.lastRev);
            return toldEach ? outcome : outcome.counts();
        });
    }

    /**
     * A first download some records of which cannot stand here: those that can are written as one batch, and the
     * rest go the careful way, which lists them.
     */
    private ApplyOutcome standingThenCarefully(Connection connection, TeamLink link,
                                               Function<ProjectRecord, String> asJson, Predicate<ProjectRecord> own,
                                               FirstDownload firstDownload, List<IncomingRecord> latest)
            throws SQLException {
        List<IncomingRecord> standing = FirstDownload.standing(latest);
        OptionalInt written = standing.isEmpty() ? OptionalInt.empty()
                : firstDownload.write(IncomingPages.of(List.of(new IncomingPage(standing, 0))), link);
        if (written.isEmpty()) {
            return applyCarefully(connection, link, asJson, latest, own);
        }
        ApplyOutcome rest = applyCarefully(connection, link, asJson, without(latest, standing), own);
        List<Change> changes = new ArrayList<>(standing.size() + rest.changes().size());
        standing.forEach(record -> changes.add(Change.created(record.record())));
        changes.addAll(rest.changes());
        return new ApplyOutcome(standing.size() + rest.applied(), rest.unchanged(), rest.conflicts(), rest.skipped(),
                changes);
    }

    /** The pages, passed on as they are read; remembers the last revision read. */
    private static final class LastRevOf implements IncomingPages {
        private final IncomingPages pages;
        private long lastRev;

        LastRevOf(IncomingPages pages) {
            this.pages = pages;
        }

        @Override
        public boolean hasNext() {
            try {
                return pages.hasNext();
            } catch (RuntimeException e) {
                throw new ReadingFailed(e);
            }
        }

        @Override
        public IncomingPage next() {
            try {
                IncomingPage page = pages.next();
                lastRev = Math.max(lastRev, page.lastRev());
                return page;
            } catch (RuntimeException e) {
                throw new ReadingFailed(e);
            }
        }

        @Override
        public IncomingPage readAgain() {
            try {
                return pages.readAgain();
            } catch (RuntimeException e) {
                throw new ReadingFailed(e);
            }
        }
    }

    /** Reading the pages failed (the server went away, say): passed on as it was, once the file is rolled back. */
    private static final class ReadingFailed extends RuntimeException {
        private final RuntimeException original;

        ReadingFailed(RuntimeException original) {
            super(original.getMessage(), original);
            this.original = original;
        }
    }

    private static List<IncomingRecord> without(List<IncomingRecord> all, List<IncomingRecord> some) {
        Set<UUID> ids = new HashSet<>();
        some.forEach(r -> ids.add(r.id()));
        return all.stream().filter(r -> !ids.contains(r.id())).toList();
    }

    private static void advance(Connection connection, long newLastRev) throws SQLException {
        try (PreparedStatement advance = connection.prepareStatement(
                "UPDATE team_link SET last_rev = MAX(last_rev, ?)")) {
            advance.setLong(1, newLastRev);
            advance.executeUpdate();
        }
    }

    /** Each record weighed against the project (see {@link IncomingApply}); the changes written, cascades included. */
    private ApplyOutcome applyCarefully(Connection connection, TeamLink link, Function<ProjectRecord, String> asJson,
                                        List<IncomingRecord> arrived, Predicate<ProjectRecord> own)
            throws SQLException {
        SameLinkPairs pairs = SameLinkPairs.weigh(connection, current, arrived);
        List<IncomingRecord> latest = pairs.latest;
        Map<UUID, String> syncedGivingWay = syncedDigests(connection,
                pairs.givingWay.stream().map(Link::id).collect(java.util.stream.Collectors.toSet()));
        long notedBefore = lastSeq(connection);
        Map<UUID, ProjectRecord> before = current.of(connection, IncomingApply.idsByKind(latest));
        Map<UUID, ProjectRecord> takenAlong = takenAlong(connection, latest, before, notedBefore);
        LinkedHashMap<UUID, PendingRecord> pendingBefore = pending(connection);
        IncomingApply apply = new IncomingApply(connection, store, link, asJson, new LinkedHashMap<>(pendingBefore),
                IncomingApply.notedIds(connection), new HashMap<>(before),
                syncedDigests(connection, IncomingApply.idsByKind(latest).values().stream()
                        .flatMap(Set::stream).collect(java.util.stream.Collectors.toSet())));
        ApplyOutcome counts = apply.apply(latest);
        followDeletions(connection, deletedIds(latest, takenAlong));
        before.putAll(takenAlong);
        List<Change> changes = written(connection, notedBefore, before, apply.written());
        // What the apply itself changed is the team's already, not a change to send; but what the team's
        // deletions took along of the member's own records, the team does not know yet.
        Set<UUID> toSend = new HashSet<>();
        List<Change> touched = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            if (!apply.written().containsKey(change.subject().id()) && own.test(change.subject())) {
                toSend.add(change.subject().id());
                ProjectRecord now = touchedNow(change.after());
                if (now != change.after()) {
                    // Changed as an edit here would change it (a mention gone from an actor), and stamped so:
                    // the team then takes it as the later version.
                    touched.add(Change.updated(change.after(), now));
                    changes.set(i, new Change(change.before(), now));
                }
            }
        }
        if (!touched.isEmpty()) {
            try (EditWriter writer = store.writerOn(connection)) {
                writer.write(touched);
            }
        }
        int pairsListed = followSameLinkPairs(connection, link, asJson, own, pairs, syncedGivingWay, pendingBefore,
                toSend);
        int removed = listRemovedLocalVersions(connection, link, asJson, changes, apply.written().keySet(),
                pendingBefore, before, latest);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM team_outbox WHERE seq > ?"
                + " AND record_id NOT IN (SELECT value FROM json_each(?))")) {
            delete.setLong(1, notedBefore);
            delete.setString(2, CurrentRecords.jsonArray(toSend));
            delete.executeUpdate();
        }
        return new ApplyOutcome(counts.applied(), counts.unchanged(), counts.conflicts() + removed,
                counts.skipped() + pairsListed,
                changes);
    }

    /**
     * A version made here that the team never got, removed because the team deleted what it stood on (its tag,
     * its article), is listed: the analyst would otherwise lose work without a word. Returns how many.
     */
    private int listRemovedLocalVersions(Connection connection, TeamLink link, Function<ProjectRecord, String> asJson,
                                         List<Change> changes, Set<UUID> written,
                                         Map<UUID, PendingRecord> pendingBefore, Map<UUID, ProjectRecord> before,
                                         List<IncomingRecord> latest) throws SQLException {
        Set<UUID> deletedByTheTeam = new HashSet<>();
        latest.stream().filter(IncomingRecord::deleted).forEach(r -> deletedByTheTeam.add(r.id()));
        int listed = 0;
        try (EditWriter writer = store.writerOn(connection)) {
            for (Change change : changes) {
                ProjectRecord lost = change.before();
                PendingRecord pendingHere = lost == null ? null : pendingBefore.get(lost.id());
                if (change.after() != null || written.contains(lost.id()) || pendingHere == null
                        || pendingHere.current() == null) {
                    continue;
                }
                Instant modified = org.lectern.model.Stamps.of(lost).map(org.lectern.model.Stamp::modified)
                        .orElse(pendingHere.noted());
                IncomingApply.list(writer, asJson, RecordKinds.of(lost), lost.id(), lost,
                        org.lectern.model.Stamps.authorOf(lost).orElse(link.userName()), modified, "local",
                        "not_applicable", whatTheTeamDeleted(lost, deletedByTheTeam, before));
                listed++;
            }
        }
        return listed;
    }

    /** Why a record made here went with the team's deletions, in the analyst's words. */
    private static String whatTheTeamDeleted(ProjectRecord lost, Set<UUID> deletedByTheTeam,
                                             Map<UUID, ProjectRecord> before) {
        if (lost instanceof org.lectern.model.Annotation highlight) {
            if (deletedByTheTeam.contains(highlight.tagId())
                    && before.get(highlight.tagId()) instanceof org.lectern.model.Tag tag) {
                return "the team deleted its tag \"" + tag.name() + "\"";
            }
            if (deletedByTheTeam.contains(highlight.documentId())
                    && before.get(highlight.documentId()) instanceof org.lectern.model.Document article) {
                return "the team deleted its article \"" + article.title() + "\"";
            }
        }
        return "the team deleted what it belonged to";
    }

    /** A record of the kinds a deletion elsewhere changes (their lists of passages), stamped as changed now. */
    private static ProjectRecord touchedNow(ProjectRecord record) {
        if (record instanceof org.lectern.model.Actor actor) {
            return actor.withMentions(actor.mentionIds());
        } else if (record instanceof org.lectern.model.Claim claim) {
            return claim.withPassages(claim.passageIds());
        } else if (record instanceof org.lectern.model.Evidence evidence) {
            return evidence.withPassages(evidence.passageIds());
        }
        return record;
    }

    /** The records the list deletes, and those its deletions may take along. */
    private static Set<UUID> deletedIds(List<IncomingRecord> latest, Map<UUID, ProjectRecord> takenAlong) {
        Set<UUID> ids = new HashSet<>(takenAlong.keySet());
        latest.stream().filter(IncomingRecord::deleted).forEach(r -> ids.add(r.id()));
        return ids;
    }

    /**
     * What deleting records here takes along besides SQLite's cascades, as an edit here does: the review comments
     * on a deleted record (their replies follow by cascade). (A decision whose adjudicated copy goes is dropped
     * before the copy, see {@link IncomingApply#dropDecisionsOnCopiesGoing}.)
     */
    private static void followDeletions(Connection connection, Set<UUID> deleted) throws SQLException {
        if (deleted.isEmpty()) {
            return;
        }
        try (PreparedStatement comments = connection.prepareStatement("DELETE FROM review_comment"
                + " WHERE target_id IN (SELECT value FROM json_each(?))"
                + " AND NOT EXISTS (SELECT 1 FROM annotation WHERE id = target_id)"
                + " AND NOT EXISTS (SELECT 1 FROM actor WHERE id = target_id)"
                + " AND NOT EXISTS (SELECT 1 FROM claim WHERE id = target_id)"
                + " AND NOT EXISTS (SELECT 1 FROM evidence WHERE id = target_id)"
                + " AND NOT EXISTS (SELECT 1 FROM link WHERE id = target_id)")) {
            comments.setString(1, CurrentRecords.jsonArray(deleted));
            comments.executeUpdate();
        }
    }

    /**
     * The records that deleting the incoming deletions would change or delete by SQLite's cascades (a deleted
     * article's highlights, the actor lists that named a deleted highlight), as they are before: found by
     * deleting under a savepoint, seeing what the file notes, and rolling back.
     */
    private Map<UUID, ProjectRecord> takenAlong(Connection connection, List<IncomingRecord> latest,
                                                Map<UUID, ProjectRecord> here, long notedBefore) throws SQLException {
        // A deletion of a record already gone here still takes along the comments on it that came meanwhile.
        List<IncomingRecord> deletions = latest.stream().filter(IncomingRecord::deleted).toList();
        if (deletions.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> touched;
        try (Statement savepoint = connection.createStatement()) {
            savepoint.execute("SAVEPOINT taken_along");
            try {
                List<ProjectRecord> going = new ArrayList<>();
                deletions.stream().filter(d -> here.containsKey(d.id())).forEach(d -> going.add(here.get(d.id())));
                IncomingApply.dropHighlightsOfTagsGoing(connection, going);
                IncomingApply.dropDecisionsOnCopiesGoing(connection, going);
                for (IncomingRecord deletion : deletions) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM " + deletion.kind() + " WHERE id = ?")) {
                        Columns.set(delete, 1, deletion.id());
                        delete.executeUpdate();
                    }
                }
                Set<UUID> deleted = new HashSet<>();
                deletions.forEach(d -> deleted.add(d.id()));
                deleted.addAll(notedSince(connection, notedBefore).keySet());
                followDeletions(connection, deleted);
                touched = notedSince(connection, notedBefore);
            } finally {
                savepoint.execute("ROLLBACK TO taken_along");
                savepoint.execute("RELEASE taken_along");
            }
        }
        touched.keySet().removeAll(here.keySet());
        return current.of(connection, byKind(touched));
    }

    /**
     * Lists the links that gave way to a later link of the same evidence and claim (see {@link SameLinkPairs}),
     * and sends the deletion of the member's own that the team has; the number of the team's links not brought in.
     */
    private int followSameLinkPairs(Connection connection, TeamLink link, Function<ProjectRecord, String> asJson,
                                    Predicate<ProjectRecord> own, SameLinkPairs pairs, Map<UUID, String> synced,
                                    Map<UUID, PendingRecord> pendingBefore, Set<UUID> toSend) throws SQLException {
        try (EditWriter writer = store.writerOn(connection);
             PreparedStatement stillHeld = connection.prepareStatement(
                     "INSERT OR REPLACE INTO team_synced (record_id, kind, digest) VALUES (?, 'link', ?)")) {
            for (Link gone : pairs.givingWay) {
                if (!pendingBefore.containsKey(gone.id())) {
                    // A version changed here is listed by the apply as overridden; an unchanged one is listed here.
                    IncomingApply.list(writer, asJson, "link", gone.id(), gone, gone.stamp().author(),
                            gone.stamp().modified(), "local", "changed_on_both_sides",
                            "another link of the same evidence and claim, made later, stands");
                }
                if (own.test(gone) && synced.containsKey(gone.id())) {
                    // The team still has it: its deletion is the member's to send.
                    Columns.set(stillHeld, 1, gone.id());
                    stillHeld.setString(2, synced.get(gone.id()));
                    stillHeld.executeUpdate();
                    toSend.add(gone.id());
                }
            }
            for (Map.Entry<IncomingRecord, Link> left : pairs.notBroughtIn.entrySet()) {
                IncomingRecord record = left.getKey();
                IncomingApply.list(writer, asJson, "link", record.id(), record.record(), record.author(),
                        record.modified(), "team", "not_applicable", SameLinkPairs.detail(left.getValue()));
            }
        }
        return pairs.notBroughtIn.size();
    }

    /** The records noted after {@code seq}, by id, in the order of their first note. */
    private static LinkedHashMap<UUID, String> notedSince(Connection connection, long seq) throws SQLException {
        LinkedHashMap<UUID, String> kinds = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT record_id, kind, MIN(seq) AS first"
                + " FROM team_outbox WHERE seq > ? GROUP BY record_id, kind ORDER BY first")) {
            select.setLong(1, seq);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    kinds.put(Columns.uuid(rows, "record_id"), rows.getString("kind"));
                }
            }
        }
        return kinds;
    }

    /**
     * Every record the apply changed, as it was ({@code before}) and as it is now, in the order the file noted
     * them. A record written once as it came in is as it came; one changed again by a cascade, or changed only by
     * one, is read back.
     */
    private List<Change> written(Connection connection, long notedBefore, Map<UUID, ProjectRecord> before,
                                 Map<UUID, IncomingRecord> written) throws SQLException {
        Map<UUID, Integer> notes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT record_id, COUNT(*) AS notes"
                + " FROM team_outbox WHERE seq > ? GROUP BY record_id")) {
            select.setLong(1, notedBefore);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    notes.put(Columns.uuid(rows, "record_id"), rows.getInt("notes"));
                }
            }
        }
        LinkedHashMap<UUID, String> touched = notedSince(connection, notedBefore);
        // A record that overrode a change made here had its notes forgotten with that change.
        written.forEach((id, record) -> touched.putIfAbsent(id, record.kind()));
        Map<UUID, String> readBack = new HashMap<>();
        touched.forEach((id, kind) -> {
            if (!written.containsKey(id) || notes.getOrDefault(id, 1) > 1) {
                readBack.put(id, kind);
            }
        });
        Map<UUID, ProjectRecord> now = current.of(connection, byKind(readBack));
        List<Change> changes = new ArrayList<>();
        for (UUID id : touched.keySet()) {
            ProjectRecord was = before.get(id);
            ProjectRecord is = readBack.containsKey(id) ? now.get(id) : written.get(id).record();
            if (!Objects.equals(was, is)) {
                changes.add(new Change(was, is));
            }
        }
        return changes;
    }

    /** The records noted since they were last synchronised and no longer as they were then, by id, oldest first. */
    private LinkedHashMap<UUID, PendingRecord> pending(Connection connection) throws SQLException {
        List<Object[]> noted = new ArrayList<>();
        Map<UUID, String> kinds = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT record_id, kind, MAX(seq) AS last,"
                + " MAX(noted) AS noted FROM team_outbox GROUP BY record_id, kind ORDER BY last");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UUID id = Columns.uuid(rows, "record_id");
                noted.add(new Object[] {id, rows.getString("kind"), rows.getLong("last"),
                    Instant.parse(rows.getString("noted"))});
                kinds.put(id, rows.getString("kind"));
            }
        }
        Map<UUID, ProjectRecord> now = current.of(connection, byKind(kinds));
        Map<UUID, String> synced = syncedDigests(connection, kinds.keySet());
        LinkedHashMap<UUID, PendingRecord> pending = new LinkedHashMap<>();
        for (Object[] row : noted) {
            UUID id = (UUID) row[0];
            ProjectRecord record = now.get(id);
            String digest = record == null ? null : RecordDigest.of(record);
            if (!Objects.equals(digest, synced.get(id))) {
                pending.put(id, new PendingRecord((Long) row[2], (String) row[1], id, record, (Instant) row[3]));
            }
        }
        return pending;
    }

    private static Map<String, Set<UUID>> byKind(Map<UUID, String> kinds) {
        Map<String, Set<UUID>> byKind = new HashMap<>();
        kinds.forEach((id, kind) -> byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(id));
        return byKind;
    }

    private static Map<UUID, String> syncedDigests(Connection connection, Set<UUID> ids) throws SQLException {
        Map<UUID, String> digests = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT record_id, digest FROM team_synced"
                + " WHERE record_id IN (SELECT value FROM json_each(?))")) {
            select.setString(1, CurrentRecords.jsonArray(ids));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    digests.put(Columns.uuid(rows, "record_id"), rows.getString("digest"));
                }
            }
        }
        return digests;
    }

    /** Notes what the team holds of a record now; a null digest: no live copy (never sent, or deleted). */
    static void markSynced(EditWriter statements, String kind, UUID id, String digest) throws SQLException {
        if (digest == null) {
            PreparedStatement delete = statements.statement("DELETE FROM team_synced WHERE record_id = ?");
            Columns.set(delete, 1, id);
            delete.executeUpdate();
            return;
        }
        PreparedStatement upsert = statements.statement("INSERT INTO team_synced (record_id, kind, digest)"
                + " VALUES (?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind,"
                + " digest = excluded.digest");
        Columns.set(upsert, 1, id);
        upsert.setString(2, kind);
        upsert.setString(3, digest);
        upsert.executeUpdate();
    }

    private static long lastSeq(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM team_outbox")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    static Optional<TeamLink> readLink(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT url, user_name, last_rev FROM team_link")) {
            return rows.next() ? Optional.of(new TeamLink(rows.getString("url"), rows.getString("user_name"),
                    rows.getLong("last_rev"))) : Optional.empty();
        }
    }
}
