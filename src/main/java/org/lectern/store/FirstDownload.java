package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * conflict and nothing is waiting to be sent, so the records are not weighed one by one: they go to the file as
 * one batched edit through the normal write path, the team's digest of each is noted in one batch, and the
 * file's change notes are held off for the while (what comes from the team is not to be sent back). Highlights
 * whose article or tag the team no longer holds are left to the careful path, which lists them.
 */
final class FirstDownload {
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
            if (kind.equals("annotation")) {
                ofKind = inIdOrder(ofKind);
            }
            ordered.addAll(kind.equals("review_comment") ? parentsFirst(ofKind) : ofKind);
        }
        return ordered;
    }

    /** In the order of their ids as the file's index keeps them (as text): each goes in beside the last. */
    private static List<IncomingRecord> inIdOrder(List<IncomingRecord> records) {
        String[] keys = new String[records.size()];
        Integer[] order = new Integer[records.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = records.get(i).id().toString();
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
        List<IncomingRecord> sorted = new ArrayList<>(keys.length);
        for (Integer index : order) {
            sorted.add(records.get(index));
        }
        return sorted;
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
     * Writes the records as one edit under a savepoint; the changes written, or empty (and nothing written) if any
     * of them cannot stand here, for the careful path to sort out.
     */
    Optional<List<Change>> write(List<IncomingRecord> records, TeamLink link) throws SQLException {
        List<Change> changes = new ArrayList<>(records.size());
        for (IncomingRecord record : records) {
            changes.add(Change.created(record.record()));
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("SAVEPOINT first_download");
            try {
                // While the project belongs to no team its triggers note nothing: the team's records are not news.
                sql.executeUpdate("DELETE FROM team_link");
                try (EditWriter writer = store.writerOn(connection)) {
                    writer.write(changes);
                }
                try (PreparedStatement relink = connection.prepareStatement(
                        "INSERT INTO team_link (only_row, url, user_name, last_rev) VALUES (1, ?, ?, ?)")) {
                    relink.setString(1, link.url());
                    relink.setString(2, link.userName());
                    relink.setLong(3, link.lastRev());
                    relink.executeUpdate();
                }
                noteSynced(records);
                sql.execute("RELEASE first_download");
                return Optional.of(changes);
            } catch (SQLException e) {
                sql.execute("ROLLBACK TO first_download");
                sql.execute("RELEASE first_download");
                return Optional.empty();
            }
        }
    }

    private void noteSynced(List<IncomingRecord> records) throws SQLException {
        List<String> digests = records.parallelStream().map(r -> RecordDigest.of(r.record())).toList();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO team_synced (record_id, kind, digest) VALUES (?, ?, ?)")) {
            for (int i = 0; i < records.size(); i++) {
                Columns.set(insert, 1, records.get(i).id());
                insert.setString(2, records.get(i).kind());
                insert.setString(3, digests.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
