package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;

/**
 * A team project brought into a project that holds nothing yet (its first download). Nothing here can be in
 * conflict and nothing is waiting to be sent, so the records are not weighed one by one: each page the server
 * sends is written through the normal write path as it arrives, while the next is read. Each record is noted as
 * the team's version as the file holds it ({@link RecordDigest#AS_HELD}) rather than by its digest: working out
 * and writing half a million digests took a third of the download, and only a record changed here later is ever
 * weighed against one, whose digest its first edit notes. The file's change notes are held off for the while
 * (what comes from the team is not to be sent back). References are checked when the download ends, so a record may
 * come before one it refers to (a document retitled after it was annotated comes later in the server's order).
 * If any record cannot stand (a highlight whose article or tag the team no longer holds, or a record deleted
 * while the download ran), nothing of this is kept and the careful path, which lists such records, takes over.
 */
final class FirstDownload {
    /** SQLite's page cache while downloading, in KiB (negative: a size rather than a count of pages). */
    private static final String DOWNLOAD_CACHE = "-524288";
    /** As in the project's first migration. */
    private static final String ANNOTATION_BY_DOCUMENT =
            "CREATE INDEX annotation_by_document ON annotation (document_id, start_offset)";

    private final Connection connection;
    private final SqliteProjectStore store;

    FirstDownload(Connection connection, SqliteProjectStore store) {
        this.connection = connection;
        this.store = store;
    }

    /** Whether the project holds no record and notes no change: nothing to weigh against. */
    boolean projectIsEmpty() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (String kind : RecordKinds.ALL) {
                try (ResultSet rows = sql.executeQuery("SELECT EXISTS (SELECT 1 FROM " + kind + ")")) {
                    if (rows.next() && rows.getBoolean(1)) {
                        return false;
                    }
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT EXISTS (SELECT 1 FROM team_outbox)")) {
                return !(rows.next() && rows.getBoolean(1));
            }
        }
    }

    /**
     * The records of a list that stand here, in an order in which each comes after those it refers to: all but
     * deletions, and records referring to one the list does not hold (a highlight on an article the team deleted,
     * and whatever refers to such a highlight), which the careful path lists.
     */
    static List<IncomingRecord> standing(List<IncomingRecord> latest) {
        Set<UUID> live = new HashSet<>(latest.size() * 2);
        List<IncomingRecord> candidates = new ArrayList<>(latest.size());
        for (IncomingRecord record : latest) {
            if (!record.deleted()) {
                live.add(record.id());
                candidates.add(record);
            }
        }
        boolean removed = true;
        while (removed) {
            removed = candidates.removeIf(record -> {
                for (UUID reference : references(record.record())) {
                    if (!live.contains(reference)) {
                        live.remove(record.id());
                        return true;
                    }
                }
                return false;
            });
        }
        Map<String, List<IncomingRecord>> byKind = new HashMap<>();
        for (IncomingRecord record : candidates) {
            byKind.computeIfAbsent(record.kind(), k -> new ArrayList<>()).add(record);
        }
        List<IncomingRecord> ordered = new ArrayList<>(candidates.size());
        for (String kind : RecordKinds.ALL) {
            List<IncomingRecord> ofKind = byKind.getOrDefault(kind, List.of());
            ordered.addAll(kind.equals("review_comment") ? parentsFirst(ofKind) : ofKind);
        }
        return ordered;
    }

    /** The records a record refers to by the file's foreign keys. */
    private static List<UUID> references(ProjectRecord record) {
        List<UUID> ids = new ArrayList<>();
        if (record instanceof Annotation annotation) {
            ids.add(annotation.documentId());
            ids.add(annotation.tagId());
        } else if (record instanceof Actor actor) {
            ids.addAll(actor.mentionIds());
        } else if (record instanceof Claim claim) {
            ids.addAll(claim.passageIds());
            if (claim.claimantId() != null) {
                ids.add(claim.claimantId());
            }
        } else if (record instanceof Evidence evidence) {
            ids.addAll(evidence.passageIds());
        } else if (record instanceof Link link) {
            ids.add(link.evidenceId());
            ids.add(link.claimId());
        } else if (record instanceof ReviewComment comment && comment.parentId() != null) {
            ids.add(comment.parentId());
        } else if (record instanceof ReviewDecision decision && decision.resultId() != null) {
            ids.add(decision.resultId());
        }
        return ids;
    }

    /** Comments in an order where each reply comes after the comment it answers. */
    private static List<IncomingRecord> parentsFirst(List<IncomingRecord> comments) {
        List<IncomingRecord> ordered = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        List<IncomingRecord> waiting = new ArrayList<>(comments);
        while (!waiting.isEmpty()) {
            List<IncomingRecord> next = new ArrayList<>();
            for (IncomingRecord comment : waiting) {
                UUID parent = ((ReviewComment) comment.record()).parentId();
                if (parent == null || placed.contains(parent)) {
                    ordered.add(comment);
                    placed.add(comment.id());
                } else {
                    next.add(comment);
                }
            }
            if (next.size() == waiting.size()) {
                ordered.addAll(next); // a circle of replies: the write will tell
                break;
            }
            waiting = next;
        }
        return ordered;
    }

    /**
     * Writes the pages as they come under a savepoint, keeping none of them: the number of records written, or
     * empty, and nothing written, if any record cannot stand here (the caller then reads the pages again for the
     * careful path). A record cannot stand when it refers to one the team does not hold (the file's references,
     * checked once at the end when any record came before one it refers to, tell), or when a page brings again one
     * an earlier page brought (changed or deleted while the download ran). For the while, SQLite keeps the download
     * in memory rather than spilling it to the write-ahead log page by page, and the highlights' index by document
     * is made once at the end rather than kept up to date row by row; the triggers noting changes to highlights are
     * made again at the end too, and so is the note of each record as the team's version.
     */
    OptionalInt write(Iterator<IncomingPage> pages, TeamLink link) throws SQLException {
        int written = 0;
        try (Statement sql = connection.createStatement()) {
            long cacheBefore = pragma(sql, "cache_size");
            sql.execute("SAVEPOINT first_download");
            try {
                sql.execute("PRAGMA cache_size = " + DOWNLOAD_CACHE);
                sql.execute("PRAGMA temp.cache_size = " + DOWNLOAD_CACHE);
                sql.execute("PRAGMA defer_foreign_keys = ON");
                // While the project belongs to no team its triggers note nothing: the team's records are not news.
                sql.executeUpdate("DELETE FROM team_link");
                List<String> highlightNotes = dropHighlightNotes(sql);
                sql.execute("DROP INDEX IF EXISTS annotation_by_document");
                Written others = new Written();
                try (EditWriter writer = store.writerOn(connection);
                     PreparedStatement insert = connection.prepareStatement(AnnotationTable.insertInto("annotation"))) {
                    while (pages.hasNext()) {
                        written += writePage(writer, insert, pages.next().records(), others);
                    }
                }
                noteTeamVersions(sql);
                if (others.referredAhead && referencesBroken(sql)) {
                    throw new CannotStand();
                }
                sql.execute(ANNOTATION_BY_DOCUMENT);
                for (String trigger : highlightNotes) {
                    sql.execute(trigger);
                }
                sql.execute("PRAGMA defer_foreign_keys = OFF");
                try (PreparedStatement relink = connection.prepareStatement(
                        "INSERT INTO team_link (only_row, url, user_name, last_rev) VALUES (1, ?, ?, ?)")) {
                    relink.setString(1, link.url());
                    relink.setString(2, link.userName());
                    relink.setLong(3, link.lastRev());
                    relink.executeUpdate();
                }
                sql.execute("RELEASE first_download");
                return OptionalInt.of(written);
            } catch (SQLException e) {
                // A highlight brought twice breaks the key; anything else the careful path will find and list.
                sql.execute("ROLLBACK TO first_download");
                sql.execute("RELEASE first_download");
                sql.execute("PRAGMA defer_foreign_keys = OFF");
                return OptionalInt.empty();
            } finally {
                sql.execute("PRAGMA cache_size = " + cacheBefore);
                sql.execute("PRAGMA temp.cache_size = " + cacheBefore);
            }
        }
    }

    /**
     * Notes every record the project now holds (all of them the team's) as the team's version, in the order of the
     * key, so that each row lands after the last rather than splitting pages of the index.
     */
    private static void noteTeamVersions(Statement sql) throws SQLException {
        for (String kind : RecordKinds.ALL) {
            sql.executeUpdate("INSERT OR REPLACE INTO team_synced (record_id, kind, digest) SELECT id, '" + kind
                    + "', '" + RecordDigest.AS_HELD + "' FROM " + kind + " ORDER BY id");
        }
    }

    /**
     * Drops the triggers that note changes to highlights, and gives back their SQL to make them again: while the
     * project belongs to no team they note nothing, but each still weighs its condition at every row written,
     * a quarter of the time of copying a page of highlights into the project.
     */
    private static List<String> dropHighlightNotes(Statement sql) throws SQLException {
        Map<String, String> triggers = new java.util.LinkedHashMap<>();
        try (ResultSet rows = sql.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                + " AND tbl_name = 'annotation' AND name LIKE 'team_note_annotation_%'")) {
            while (rows.next()) {
                triggers.put(rows.getString(1), rows.getString(2));
            }
        }
        for (String name : triggers.keySet()) {
            sql.execute("DROP TRIGGER " + name);
        }
        return new ArrayList<>(triggers.values());
    }

    /**
     * The records other than highlights written so far (a few thousand at most: documents, tags, actors...), and
     * whether any record came before one it refers to, or refers to highlights: only then are the file's
     * references checked at the end (a third of a second for half a million highlights).
     */
    private static final class Written {
        private final Set<UUID> ids = new HashSet<>();
        private boolean referredAhead;

        /** False when the record was written already (a page brought it again). */
        boolean add(ProjectRecord record) {
            if (!ids.containsAll(references(record))) {
                referredAhead = true;
            }
            return ids.add(record.id());
        }

        void highlight(Annotation highlight) {
            if (!ids.contains(highlight.documentId()) || !ids.contains(highlight.tagId())) {
                referredAhead = true;
            }
        }
    }

    /** Some of the team's records cannot stand here as they came. */
    private static final class CannotStand extends SQLException {
        CannotStand() {
            super("some of the team's records cannot stand here as they came");
        }
    }

    /** Whether a record refers to one the project does not hold: SQLite checks every reference of the file. */
    private static boolean referencesBroken(Statement sql) throws SQLException {
        try (ResultSet violation = sql.executeQuery("PRAGMA foreign_key_check")) {
            return violation.next();
        }
    }

    /**
     * Writes a page's records; the number written. A page bringing again a record an earlier page brought is found
     * here (by the highlights' key, by {@code others} for the few other records, by the file for a deletion) and
     * cannot stand.
     */
    private int writePage(EditWriter writer, PreparedStatement insert, List<IncomingRecord> page, Written others)
            throws SQLException {
        List<Change> changes = new ArrayList<>();
        List<Annotation> highlights = new ArrayList<>(page.size());
        int records = 0;
        for (IncomingRecord record : page) {
            if (record.deleted()) {
                if (holds(record.kind(), record.id())) {
                    throw new CannotStand();
                }
                continue; // a record the team deleted before it was ever here
            }
            if (record.record() instanceof Annotation highlight) {
                others.highlight(highlight);
                highlights.add(highlight);
            } else if (others.add(record.record())) {
                changes.add(Change.created(record.record()));
            } else {
                throw new CannotStand();
            }
            records++;
        }
        writer.write(changes);
        AnnotationTable table = store.annotationTable();
        for (Annotation highlight : highlights) {
            table.bind(writer, insert, highlight);
            insert.addBatch();
        }
        insert.executeBatch();
        return records;
    }

    private boolean holds(String kind, UUID id) throws SQLException {
        if (!RecordKinds.ALL.contains(kind)) {
            throw new IllegalArgumentException("Not a kind of record Lectern knows: " + kind);
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM " + kind + " WHERE id = ?)")) {
            Columns.set(select, 1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static long pragma(Statement sql, String name) throws SQLException {
        try (ResultSet row = sql.executeQuery("PRAGMA " + name)) {
            return row.next() ? row.getLong(1) : 0;
        }
    }
}
