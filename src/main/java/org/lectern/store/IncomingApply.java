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
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.lectern.model.Change;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Stamp;
import org.lectern.model.Stamps;

/**
 * Brings colleagues' records into the project, inside the caller's transaction. Each record is first weighed
 * against the project: the same as here (nothing to do), older than the version here (a list brought in again),
 * changed here too (the later change wins, the other is listed), or to be written. Those to be written go to
 * SQLite as one batched edit, as an import of many highlights would; if any of them cannot stand here, that
 * edit is undone and they are written one by one, each under a savepoint of its own, so that the one that fails
 * (its document is gone, its tag's name is taken here, its claim is missing) is undone alone. A failed record is
 * tried again after the others, which may bring what it needs; one that still fails is skipped and listed.
 */
final class IncomingApply {
    private final Connection connection;
    private final SqliteProjectStore store;
    private final TeamLink link;
    private final Function<ProjectRecord, String> asJson;
    private final Map<UUID, PendingRecord> pending;
    private final Set<UUID> noted;
    private final Map<UUID, ProjectRecord> here;
    private final Map<UUID, String> synced;
    private EditWriter writer;
    private final Map<UUID, IncomingRecord> written = new LinkedHashMap<>();
    private int applied;
    private int unchanged;
    private int conflicts;
    private int skipped;

    /** One record to be written, and the version made here that it overrides, if any. */
    private record Write(IncomingRecord incoming, ProjectRecord before, PendingRecord overridden,
                         Instant overriddenModified) {
    }

    IncomingApply(Connection connection, SqliteProjectStore store, TeamLink link,
                  Function<ProjectRecord, String> asJson, Map<UUID, PendingRecord> pending, Set<UUID> noted,
                  Map<UUID, ProjectRecord> here, Map<UUID, String> synced) throws SQLException {
        this.connection = connection;
        this.synced = synced;
        this.store = store;
        this.link = link;
        this.asJson = asJson;
        this.pending = pending;
        this.noted = noted;
        this.here = here;
        this.writer = store.writerOn(connection);
    }

    /** The records written as they came in, by id, in the order written. */
    Map<UUID, IncomingRecord> written() {
        return written;
    }

    /** The records of a list by id, each as its last occurrence (a later revision of the same record wins). */
    static List<IncomingRecord> latestOfEach(List<IncomingRecord> records) {
        Map<UUID, IncomingRecord> latest = new LinkedHashMap<>();
        for (IncomingRecord record : records) {
            latest.remove(record.id());
            latest.put(record.id(), record);
        }
        return new ArrayList<>(latest.values());
    }

    ApplyOutcome apply(List<IncomingRecord> records) throws SQLException {
        try {
            List<Write> writes = new ArrayList<>();
            for (IncomingRecord incoming : records) {
                weigh(incoming).ifPresent(writes::add);
            }
            if (!writes.isEmpty() && !writeAll(writes)) {
                writeOneByOne(writes);
            }
            return new ApplyOutcome(applied, unchanged, conflicts, skipped);
        } finally {
            writer.close();
        }
    }

    /** Settles what needs no writing; returns the write the record needs, if any. */
    private Optional<Write> weigh(IncomingRecord incoming) throws SQLException {
        UUID id = incoming.id();
        ProjectRecord current = here.get(id);
        String incomingDigest = incoming.deleted() ? null : RecordDigest.of(incoming.record());
        if (Objects.equals(current == null ? null : RecordDigest.of(current), incomingDigest)) {
            markSynced(incoming.kind(), id, incomingDigest);
            forgetNotes(id);
            unchanged++;
            return Optional.empty();
        }
        PendingRecord local = pending.get(id);
        if (local != null && incomingDigest != null && incomingDigest.equals(synced.get(id))) {
            // The version this project itself last sent, coming back: not a change made elsewhere.
            unchanged++;
            return Optional.empty();
        }
        if (local == null && current != null && Stamps.of(current).map(Stamp::modified)
                .filter(m -> m.isAfter(incoming.modified())).isPresent()) {
            // Older than the version here, which the team already has: a list brought in again.
            unchanged++;
            return Optional.empty();
        }
        Instant localModified = local == null ? null : modifiedHere(local);
        if (local != null && localModified.isAfter(incoming.modified())) {
            // The change made here is the later: it stays, to be sent; the team's is listed.
            list(incoming.kind(), id, incoming.record(), incoming.author(), incoming.modified(), "team",
                    "changed_on_both_sides", "");
            markSynced(incoming.kind(), id, incomingDigest);
            conflicts++;
            return Optional.empty();
        }
        if (current != null && !incoming.deleted() && current.getClass() != incoming.record().getClass()) {
            list(incoming.kind(), id, incoming.record(), incoming.author(), incoming.modified(), "team",
                    "not_applicable", "its id belongs to a " + RecordKinds.of(current) + " in this project");
            skipped++;
            return Optional.empty();
        }
        return Optional.of(new Write(incoming, current, local, localModified));
    }

    /** All the writes as one batched edit under a savepoint; false (and nothing written) if any cannot stand. */
    private boolean writeAll(List<Write> writes) throws SQLException {
        List<Change> changes = new ArrayList<>();
        for (Write write : writes) {
            changes.add(new Change(write.before(), write.incoming().record()));
        }
        if (!underSavepoint(changes).isEmpty()) {
            return false;
        }
        for (Write write : writes) {
            written(write);
        }
        return true;
    }

    private void writeOneByOne(List<Write> writes) throws SQLException {
        Map<Write, String> failed = new LinkedHashMap<>();
        for (Write write : writes) {
            tryWrite(write).ifPresent(why -> failed.put(write, why));
        }
        boolean progress = true;
        while (!failed.isEmpty() && progress) {
            progress = false;
            for (Write write : List.copyOf(failed.keySet())) {
                Optional<String> why = tryWrite(write);
                if (why.isEmpty()) {
                    failed.remove(write);
                    progress = true;
                } else {
                    failed.put(write, why.get());
                }
            }
        }
        for (Map.Entry<Write, String> left : failed.entrySet()) {
            IncomingRecord record = left.getKey().incoming();
            list(record.kind(), record.id(), record.record(), record.author(), record.modified(), "team",
                    "not_applicable", left.getValue());
            skipped++;
        }
    }

    private Optional<String> tryWrite(Write write) throws SQLException {
        // What was here may have changed since the list was weighed: a cascade of an earlier record, say.
        ProjectRecord before = here.containsKey(write.incoming().id()) ? here.get(write.incoming().id()) : null;
        Optional<String> failure = underSavepoint(List.of(new Change(before, write.incoming().record())));
        if (failure.isEmpty()) {
            written(write);
        }
        return failure;
    }

    /** Notes a record written: the team holds it so, and a version made here that it overrode is listed. */
    private void written(Write write) throws SQLException {
        IncomingRecord incoming = write.incoming();
        UUID id = incoming.id();
        written.put(id, incoming);
        if (write.overridden() != null) {
            ProjectRecord lost = write.before();
            String author = lost == null ? link.userName() : Stamps.authorOf(lost).orElse(link.userName());
            list(write.overridden().kind(), id, lost, author, write.overriddenModified(), "local",
                    "changed_on_both_sides", "");
            forgetNotes(id);
            pending.remove(id);
            conflicts++;
        } else {
            applied++;
        }
        markSynced(incoming.kind(), id, incoming.deleted() ? null : RecordDigest.of(incoming.record()));
        if (incoming.deleted()) {
            here.remove(id);
        } else {
            here.put(id, incoming.record());
        }
    }

    /** Writes the changes as an edit does, under a savepoint: all of them, or none and the reason. */
    private Optional<String> underSavepoint(List<Change> changes) throws SQLException {
        List<Change> effective = changes.stream().filter(c -> c.before() != null || c.after() != null).toList();
        try (Statement savepoint = connection.createStatement()) {
            savepoint.execute("SAVEPOINT team_records");
            try {
                List<ProjectRecord> going = effective.stream().filter(c -> c.after() == null)
                        .map(Change::before).toList();
                dropHighlightsOfTagsGoing(connection, going);
                dropDecisionsOnCopiesGoing(connection, going);
                writer.write(effective);
                savepoint.execute("RELEASE team_records");
                return Optional.empty();
            } catch (SQLException e) {
                savepoint.execute("ROLLBACK TO team_records");
                savepoint.execute("RELEASE team_records");
                // The writer remembers the analysts it named; those it added went with the savepoint.
                writer.close();
                writer = store.writerOn(connection);
                return Optional.of(ProjectFiles.plainMessage(e));
            }
        }
    }

    /**
     * The highlights made with a tag about to be deleted go first: the team's lead deleted the tag, and that
     * stands. A tag in use cannot be deleted here, but a highlight made with it while offline, before its
     * deletion arrived, still uses it. A decision whose adjudicated copy is among them goes before them.
     */
    static void dropHighlightsOfTagsGoing(Connection connection, List<ProjectRecord> deleted) throws SQLException {
        Set<UUID> tags = new HashSet<>();
        for (ProjectRecord record : deleted) {
            if (record instanceof org.lectern.model.Tag) {
                tags.add(record.id());
            }
        }
        if (tags.isEmpty()) {
            return;
        }
        try (PreparedStatement decisions = connection.prepareStatement("DELETE FROM review_decision WHERE result_id"
                + " IN (SELECT id FROM annotation WHERE tag_id IN (SELECT value FROM json_each(?)))");
             PreparedStatement highlights = connection.prepareStatement(
                     "DELETE FROM annotation WHERE tag_id IN (SELECT value FROM json_each(?))")) {
            decisions.setString(1, CurrentRecords.jsonArray(tags));
            decisions.executeUpdate();
            highlights.setString(1, CurrentRecords.jsonArray(tags));
            highlights.executeUpdate();
        }
    }

    /**
     * A decision whose adjudicated copy is about to be deleted (itself, or with its article) goes first, as when
     * the copy is deleted here: the file allows no accepted decision without its copy.
     */
    static void dropDecisionsOnCopiesGoing(Connection connection, List<ProjectRecord> deleted) throws SQLException {
        Set<UUID> annotations = new HashSet<>();
        Set<UUID> documents = new HashSet<>();
        for (ProjectRecord record : deleted) {
            if (record instanceof org.lectern.model.Annotation) {
                annotations.add(record.id());
            } else if (record instanceof org.lectern.model.Document) {
                documents.add(record.id());
            }
        }
        if (annotations.isEmpty() && documents.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM review_decision"
                + " WHERE result_id IN (SELECT value FROM json_each(?))"
                + " OR result_id IN (SELECT id FROM annotation WHERE document_id IN (SELECT value FROM json_each(?)))")) {
            delete.setString(1, CurrentRecords.jsonArray(annotations));
            delete.setString(2, CurrentRecords.jsonArray(documents));
            delete.executeUpdate();
        }
    }

    /** The time of the change made here: its record's stamp, or when it was noted (tags, deletions). */
    private Instant modifiedHere(PendingRecord local) throws SQLException {
        Optional<Stamp> stamp = local.deleted() ? Optional.empty() : Stamps.of(local.current());
        if (stamp.isPresent()) {
            return stamp.get().modified();
        }
        PreparedStatement select = writer.statement("SELECT MAX(noted) FROM team_outbox WHERE record_id = ?");
        Columns.set(select, 1, local.id());
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() && rows.getString(1) != null ? Instant.parse(rows.getString(1)) : Instant.EPOCH;
        }
    }

    /** Whatever was noted of a record here is settled: the team holds what the project holds. */
    private void forgetNotes(UUID id) throws SQLException {
        if (!noted.remove(id)) {
            return;
        }
        PreparedStatement delete = writer.statement("DELETE FROM team_outbox WHERE record_id = ?");
        Columns.set(delete, 1, id);
        delete.executeUpdate();
    }

    /** Notes what the team holds of a record now; a null digest: no live copy (never sent, or deleted). */
    private void markSynced(String kind, UUID id, String digest) throws SQLException {
        SqliteTeamLedger.markSynced(writer, kind, id, digest);
    }

    private void list(String kind, UUID id, ProjectRecord version, String author, Instant modified,
                      String side, String reason, String detail) throws SQLException {
        list(writer, asJson, kind, id, version, author, modified, side, reason, detail);
    }

    /** Lists a version not kept (once: a list brought in again lists nothing twice). */
    static void list(EditWriter writer, Function<ProjectRecord, String> asJson, String kind, UUID id,
                     ProjectRecord version, String author, Instant modified, String side, String reason,
                     String detail) throws SQLException {
        // A list brought in again lists nothing twice.
        PreparedStatement listed = writer.statement("SELECT 1 FROM team_conflict"
                + " WHERE record_id = ? AND modified = ? AND side = ? AND reason = ?");
        Columns.set(listed, 1, id);
        Columns.set(listed, 2, modified);
        listed.setString(3, side);
        listed.setString(4, reason);
        try (ResultSet rows = listed.executeQuery()) {
            if (rows.next()) {
                return;
            }
        }
        PreparedStatement insert = writer.statement("INSERT INTO team_conflict"
                + " (kind, record_id, body, author, modified, side, reason, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insert.setString(1, kind);
        Columns.set(insert, 2, id);
        insert.setString(3, version == null ? null : asJson.apply(version));
        insert.setString(4, author);
        Columns.set(insert, 5, modified);
        insert.setString(6, side);
        insert.setString(7, reason);
        insert.setString(8, detail);
        insert.executeUpdate();
    }

    /** The ids of the records noted in the outbox, whatever their state. */
    static Set<UUID> notedIds(Connection connection) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT DISTINCT record_id FROM team_outbox")) {
            while (rows.next()) {
                ids.add(Columns.uuid(rows, "record_id"));
            }
        }
        return ids;
    }

    /** The records of the list as the project holds them before it is brought in. */
    static Map<String, Set<UUID>> idsByKind(List<IncomingRecord> records) {
        Map<String, Set<UUID>> ids = new HashMap<>();
        records.forEach(r -> ids.computeIfAbsent(r.kind(), k -> new HashSet<>()).add(r.id()));
        return ids;
    }
}
