package org.lectern.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.team.TeamFixture.ANA;
import static org.lectern.team.TeamFixture.BOB;
import static org.lectern.team.TeamFixture.LEAD;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.Tag;
import org.lectern.store.team.PushResult;
import org.lectern.store.team.RecordJson;
import org.lectern.store.team.ServerRecord;
import org.lectern.store.team.TeamChanges;
import org.lectern.store.team.TeamServer;

/** Sending records: the later change wins, re-sending changes nothing, and readers never miss a change. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamPushTest {
    private static final Instant T0 = Instant.parse("2024-03-01T09:00:00.123456789Z");

    private TeamFixture team;
    private Document document;
    private Tag tag;

    @BeforeEach
    void aTeamWithADocumentAndATag() {
        team = TeamFixture.create();
        document = TeamFixture.document(LEAD, T0);
        tag = TeamFixture.tag("Actor");
        try (TeamServer lead = team.connect(LEAD)) {
            lead.push(List.of(TeamFixture.sent(document, LEAD, T0), TeamFixture.sent(tag, LEAD, T0)));
        }
    }

    @Test
    void whether_the_team_holds_a_tag_counts_live_tags_only() {
        try (TeamServer ana = team.connect(ANA); TeamServer lead = team.connect(LEAD)) {
            assertTrue(ana.holdsTags(), "the lead's tag");
            PushResult deleted = lead.push(List.of(new ServerRecord(tag.id(), "tag", LEAD, false, null,
                    "{\"id\":\"" + tag.id() + "\"}", T0.plusSeconds(5), true, 0)));
            assertEquals(List.of(tag.id()), deleted.written());
            assertFalse(ana.holdsTags(), "a deleted tag is held no more");
        }
    }

    @Test
    void a_record_read_back_from_the_server_is_the_record_that_was_sent() {
        Annotation annotation = TeamFixture.annotation(document.id(), tag.id(), ANA, T0.plusSeconds(1));
        try (TeamServer ana = team.connect(ANA)) {
            ana.push(List.of(TeamFixture.sent(annotation)));
            ServerRecord back = only(ana.changesSince(0, 100), annotation.id());
            assertEquals(annotation, RecordJson.read(back), "the body keeps the instants to the nanosecond");
            assertEquals(ANA, back.author());
            assertEquals(document.id(), back.documentId());
            assertEquals(Instant.parse("2024-03-01T09:00:01.123456Z"), back.modified(),
                    "the server's column keeps microseconds");
        }
    }

    @Test
    void a_later_change_replaces_an_earlier_one_and_an_earlier_or_equal_one_changes_nothing() {
        Annotation first = TeamFixture.annotation(document.id(), tag.id(), ANA, T0.plusSeconds(1));
        Annotation later = new Annotation(first.id(), first.documentId(), first.passage(), first.tagId(), "later",
                new org.lectern.model.Stamp(ANA, first.stamp().created(), T0.plusSeconds(2)));
        Annotation sameTime = new Annotation(first.id(), first.documentId(), first.passage(), first.tagId(),
                "same moment, other text", later.stamp());
        try (TeamServer ana = team.connect(ANA)) {
            assertEquals(List.of(first.id()), ana.push(List.of(TeamFixture.sent(first))).written());
            assertEquals(List.of(first.id()), ana.push(List.of(TeamFixture.sent(later))).written());
            long revAfterLater = ana.latestRev();

            assertEquals(List.of(first.id()), ana.push(List.of(TeamFixture.sent(first))).stale());
            assertEquals(List.of(first.id()), ana.push(List.of(TeamFixture.sent(sameTime))).stale());
            assertEquals(List.of(first.id()), ana.push(List.of(TeamFixture.sent(later))).stale(),
                    "the same version sent twice");

            assertEquals(revAfterLater, ana.latestRev(), "nothing was rewritten");
            assertEquals(later, RecordJson.read(only(ana.changesSince(0, 100), first.id())));
        }
    }

    @Test
    void a_deletion_is_sent_as_a_tombstone_that_colleagues_read() {
        Annotation annotation = TeamFixture.annotation(document.id(), tag.id(), ANA, T0.plusSeconds(1));
        try (TeamServer ana = team.connect(ANA); TeamServer bob = team.connect(BOB)) {
            ana.push(List.of(TeamFixture.sent(annotation)));
            long seen = bob.latestRev();
            ana.push(List.of(RecordJson.toServer(annotation, ANA, T0.plusSeconds(3), false, true)));

            List<ServerRecord> changes = bob.changesSince(seen, 100);
            assertEquals(1, changes.size());
            assertTrue(changes.get(0).deleted());
            assertEquals(annotation.id(), changes.get(0).id());
        }
    }

    @Test
    void pages_of_changes_come_in_revision_order_and_together_hold_every_record_once() {
        List<ServerRecord> sent = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            sent.add(TeamFixture.sent(TeamFixture.annotation(document.id(), tag.id(), ANA, T0.plusSeconds(i + 1))));
        }
        try (TeamServer ana = team.connect(ANA); TeamServer bob = team.connect(BOB)) {
            ana.push(sent);
            List<ServerRecord> read = new ArrayList<>();
            long rev = 0;
            for (List<ServerRecord> page = bob.changesSince(rev, 10); !page.isEmpty(); page = bob.changesSince(rev,
                    10)) {
                read.addAll(page);
                rev = page.get(page.size() - 1).rev();
            }
            assertEquals(27, read.size());
            assertEquals(read.stream().map(ServerRecord::rev).sorted().toList(),
                    read.stream().map(ServerRecord::rev).toList());
            assertEquals(27, read.stream().map(ServerRecord::id).collect(Collectors.toSet()).size());
        }
    }

    /**
     * Ana's client has written a row and not yet committed when Bob's push arrives. Bob's push waits for it, so a
     * reader who reads in between and then asks for changes after the highest revision it saw still gets both.
     */
    @Test
    void a_reader_never_misses_a_row_committed_after_it_read_a_higher_revision() throws Exception {
        Annotation anas = TeamFixture.annotation(document.id(), tag.id(), ANA, T0.plusSeconds(1));
        Annotation bobs = TeamFixture.annotation(document.id(), tag.id(), BOB, T0.plusSeconds(1));
        try (Connection ana = team.psql(ANA); TeamServer bob = team.connect(BOB);
             TeamServer reader = team.connect(LEAD)) {
            long start = reader.latestRev();
            ana.setAutoCommit(false);
            insert(ana, TeamFixture.sent(anas));

            CompletableFuture<PushResult> bobsPush = CompletableFuture.supplyAsync(
                    () -> bob.push(List.of(TeamFixture.sent(bobs))));
            waitUntilDoneOrWaitingForALock(bobsPush);

            List<ServerRecord> firstRead = reader.changesSince(start, 100);
            long highestSeen = firstRead.stream().mapToLong(ServerRecord::rev).max().orElse(start);
            ana.commit();
            assertEquals(List.of(bobs.id()), bobsPush.get(30, TimeUnit.SECONDS).written());

            Set<UUID> seen = new java.util.HashSet<>(firstRead.stream().map(ServerRecord::id).toList());
            reader.changesSince(highestSeen, 100).forEach(record -> seen.add(record.id()));
            assertEquals(Set.of(anas.id(), bobs.id()), seen);
        }
    }

    @Test
    void a_listening_member_hears_of_a_colleagues_change() {
        try (TeamServer bob = team.connect(BOB); TeamChanges changes = bob.listen();
             TeamServer ana = team.connect(ANA)) {
            ana.push(List.of(TeamFixture.sent(TeamFixture.annotation(document.id(), tag.id(), ANA,
                    T0.plusSeconds(1)))));
            assertTrue(changes.awaitChange(Duration.ofSeconds(30)));
        }
    }

    @Test
    void closing_the_listener_from_another_thread_ends_its_wait() throws Exception {
        try (TeamServer bob = team.connect(BOB)) {
            TeamChanges changes = bob.listen();
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(
                    () -> changes.awaitChange(Duration.ofMinutes(5)));
            changes.close();
            assertFalse(waiting.get(60, TimeUnit.SECONDS));
        }
    }

    /** Waits (polling the server, at most a minute) until the push is done or blocked on a lock in the server. */
    private void waitUntilDoneOrWaitingForALock(CompletableFuture<?> push) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try (Connection admin = team.db().admin(); PreparedStatement waiting = admin.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND usename = ?"
                        + " AND wait_event_type = 'Lock'")) {
            waiting.setString(1, team.login(BOB));
            while (!push.isDone() && System.nanoTime() < deadline) {
                try (ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
            }
        }
    }

    private static void insert(Connection connection, ServerRecord record) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lectern.record (id, kind, author,"
                + " document_id, body, modified, rev) VALUES (?, ?, ?, ?, ?::jsonb, ?, 0)")) {
            insert.setObject(1, record.id());
            insert.setString(2, record.kind());
            insert.setString(3, record.author());
            insert.setObject(4, record.documentId());
            insert.setString(5, record.bodyJson());
            insert.setObject(6, java.time.OffsetDateTime.ofInstant(record.modified(), java.time.ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static ServerRecord only(List<ServerRecord> records, UUID id) {
        List<ServerRecord> matching = records.stream().filter(r -> r.id().equals(id)).toList();
        assertEquals(1, matching.size());
        return matching.get(0);
    }
}
