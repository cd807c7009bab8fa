package org.lectern.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.lectern.team.TeamFixture.ANA;
import static org.lectern.team.TeamFixture.BOB;
import static org.lectern.team.TeamFixture.LEAD;
import static org.lectern.team.TeamFixture.REVIEWER;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import org.lectern.store.team.TeamServer;

/**
 * What the server itself refuses, whatever client asks: each write below is what a member could try with psql
 * and their own login, and each is refused by PostgreSQL's row-level security and grants.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamSecurityTest {
    private static final Instant T0 = Instant.parse("2024-03-01T09:00:00.123456Z");

    private TeamFixture team;
    private Document document;
    private Tag tag;
    private Annotation anasAnnotation;

    @BeforeEach
    void aTeamWithADocumentATagAndAnasAnnotation() {
        team = TeamFixture.create();
        document = TeamFixture.document(LEAD, T0);
        tag = TeamFixture.tag("Actor");
        anasAnnotation = TeamFixture.annotation(document.id(), tag.id(), ANA, T0.plusSeconds(5));
        try (TeamServer lead = team.connect(LEAD); TeamServer ana = team.connect(ANA)) {
            assertEquals(List.of(), lead.push(List.of(TeamFixture.sent(document, LEAD, T0),
                    TeamFixture.sent(tag, LEAD, T0))).refused());
            assertEquals(List.of(), ana.push(List.of(TeamFixture.sent(anasAnnotation))).refused());
        }
    }

    @Test
    void another_analyst_cannot_change_an_analysts_annotation_with_psql() throws Exception {
        String before = body(anasAnnotation.id());
        try (Connection bob = team.psql(BOB);
             PreparedStatement update = bob.prepareStatement(
                     "UPDATE lectern.record SET body = jsonb_set(body, '{note}', '\"defaced\"'), modified = now()"
                             + " WHERE id = ?")) {
            update.setObject(1, anasAnnotation.id());
            assertEquals(0, update.executeUpdate(), "the row is not even visible to Bob's update");
        }
        assertEquals(before, body(anasAnnotation.id()));
    }

    @Test
    void another_analyst_cannot_delete_an_analysts_annotation_nor_their_own_with_psql() throws Exception {
        try (Connection bob = team.psql(BOB); PreparedStatement delete = bob.prepareStatement(
                "DELETE FROM lectern.record WHERE id = ?")) {
            delete.setObject(1, anasAnnotation.id());
            SQLException refused = assertThrows(SQLException.class, delete::executeUpdate);
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
        try (Connection ana = team.psql(ANA); PreparedStatement delete = ana.prepareStatement(
                "DELETE FROM lectern.record WHERE id = ?")) {
            delete.setObject(1, anasAnnotation.id());
            SQLException refused = assertThrows(SQLException.class, delete::executeUpdate,
                    "members leave tombstones, never delete rows");
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
        assertEquals(1, count(anasAnnotation.id()));
    }

    @Test
    void an_analyst_cannot_insert_work_under_a_colleagues_name_or_login_with_psql() throws Exception {
        Annotation forged = TeamFixture.annotation(document.id(), tag.id(), ANA, T0.plusSeconds(9));
        try (Connection bob = team.psql(BOB)) {
            SQLException underAnasName = assertThrows(SQLException.class,
                    () -> insert(bob, RecordJson.toServer(forged, ANA, T0.plusSeconds(9), false, false), null));
            assertEquals("42501", underAnasName.getSQLState(), underAnasName.getMessage());

            SQLException underAnasLogin = assertThrows(SQLException.class,
                    () -> insert(bob, RecordJson.toServer(forged.withNote("x"), ANA, T0.plusSeconds(9), false, false),
                            team.login(ANA)));
            assertEquals("42501", underAnasLogin.getSQLState(), underAnasLogin.getMessage());

            Annotation bobsOwn = TeamFixture.annotation(document.id(), tag.id(), BOB, T0.plusSeconds(9));
            SQLException ownNameAnasLogin = assertThrows(SQLException.class,
                    () -> insert(bob, TeamFixture.sent(bobsOwn), team.login(ANA)));
            assertEquals("42501", ownNameAnasLogin.getSQLState(), ownNameAnasLogin.getMessage());
        }
        assertEquals(0, count(forged.id()));
    }

    @Test
    void a_record_whose_body_names_another_author_than_its_row_is_refused() throws Exception {
        Annotation anasWork = TeamFixture.annotation(document.id(), tag.id(), ANA, T0.plusSeconds(9));
        ServerRecord underBobsName = new ServerRecord(anasWork.id(), "annotation", BOB, false, document.id(),
                RecordJson.write(anasWork), T0.plusSeconds(9), false, 0);
        try (TeamServer bob = team.connect(BOB)) {
            assertEquals(List.of(anasWork.id()), bob.push(List.of(underBobsName)).refused());
        }
        assertEquals(0, count(anasWork.id()));
    }

    @Test
    void an_analyst_cannot_take_over_a_colleagues_annotation_through_lectern_either() throws Exception {
        ServerRecord takeover = TeamFixture.sent(anasAnnotation.withNote("mine now"), BOB, T0.plusSeconds(30));
        try (TeamServer bob = team.connect(BOB)) {
            PushResult result = bob.push(List.of(takeover));
            assertEquals(List.of(anasAnnotation.id()), result.refused());
        }
        assertEquals(RecordJson.write(anasAnnotation), RecordJson.write(RecordJson.read("annotation",
                body(anasAnnotation.id()))));
    }

    @Test
    void an_analyst_cannot_write_documents_tags_decisions_or_the_adjudicated_layer() {
        Instant later = T0.plusSeconds(60);
        Document newDocument = TeamFixture.document(ANA, later);
        Tag newTag = TeamFixture.tag("Place");
        Annotation adjudicated = TeamFixture.annotation(document.id(), tag.id(), ANA, later);
        ServerRecord decision = TeamFixture.sent(TeamFixture.decision(anasAnnotation.id(), adjudicated.id(), ANA,
                later), ANA, later);
        try (TeamServer ana = team.connect(ANA)) {
            PushResult result = ana.push(List.of(TeamFixture.sent(newDocument, ANA, later),
                    TeamFixture.sent(newTag, ANA, later), TeamFixture.adjudicated(adjudicated), decision,
                    TeamFixture.sent(tag, ANA, later), TeamFixture.sent(document.withTitle("Renamed"), LEAD, later)));
            assertEquals(List.of(newDocument.id(), newTag.id(), adjudicated.id(), decision.id(), tag.id(),
                    document.id()), result.refused());
            assertEquals(List.of(), result.written());
        }
    }

    @Test
    void a_reviewer_writes_decisions_and_adjudicated_annotations_but_cannot_change_a_leads_tags() throws Exception {
        Instant later = T0.plusSeconds(60);
        Annotation adjudicated = TeamFixture.annotation(document.id(), tag.id(), REVIEWER, later);
        ServerRecord decision = TeamFixture.sent(TeamFixture.decision(anasAnnotation.id(), adjudicated.id(),
                REVIEWER, later), REVIEWER, later);
        Tag renamed = new Tag(tag.id(), "Culprit", tag.color(), tag.key(), tag.description());
        try (TeamServer rita = team.connect(REVIEWER)) {
            PushResult result = rita.push(List.of(TeamFixture.adjudicated(adjudicated), decision,
                    TeamFixture.sent(renamed, REVIEWER, later)));
            assertEquals(List.of(adjudicated.id(), decision.id()), result.written());
            assertEquals(List.of(tag.id()), result.refused());
        }
        try (Connection rita = team.psql(REVIEWER); PreparedStatement update = rita.prepareStatement(
                "UPDATE lectern.record SET body = jsonb_set(body, '{name}', '\"Culprit\"') WHERE id = ?")) {
            update.setObject(1, tag.id());
            assertEquals(0, update.executeUpdate());
        }
        assertEquals("Actor", ((Tag) RecordJson.read("tag", body(tag.id()))).name());
    }

    @Test
    void a_lead_writes_documents_and_tags_even_those_another_lead_wrote() throws Exception {
        Instant later = T0.plusSeconds(60);
        Document another = TeamFixture.document(LEAD, later);
        Tag renamed = new Tag(tag.id(), "Culprit", tag.color(), tag.key(), tag.description());
        try (TeamServer lena = team.connect(LEAD)) {
            PushResult result = lena.push(List.of(TeamFixture.sent(another, LEAD, later),
                    TeamFixture.sent(renamed, LEAD, later), TeamFixture.sent(document.withTitle("Renamed"), LEAD,
                            later)));
            assertEquals(List.of(another.id(), tag.id(), document.id()), result.written());
            assertEquals(List.of(), result.refused());
        }
        assertEquals("Culprit", ((Tag) RecordJson.read("tag", body(tag.id()))).name());
    }

    @Test
    void everyone_in_the_team_reads_everything() {
        Set<UUID> all = Set.of(document.id(), tag.id(), anasAnnotation.id());
        for (String person : List.of(LEAD, REVIEWER, ANA, BOB)) {
            try (TeamServer server = team.connect(person)) {
                Set<UUID> seen = server.changesSince(0, 100).stream().map(ServerRecord::id)
                        .collect(Collectors.toSet());
                assertEquals(all, seen, person);
            }
        }
    }

    @Test
    void a_member_cannot_change_the_member_list_but_records_their_own_synchronisation() throws Exception {
        try (Connection ana = team.psql(ANA); PreparedStatement promote = ana.prepareStatement(
                "UPDATE lectern.member SET role = 'lead' WHERE login = ?")) {
            promote.setString(1, team.login(ANA));
            SQLException refused = assertThrows(SQLException.class, promote::executeUpdate);
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
        try (TeamServer ana = team.connect(ANA)) {
            ana.markSynchronised();
            List<org.lectern.store.team.TeamMember> members = ana.members();
            assertEquals(List.of(ANA), members.stream().filter(m -> m.lastSync() != null)
                    .map(org.lectern.store.team.TeamMember::name).toList());
            assertEquals(org.lectern.store.team.TeamRole.ANALYST, ana.me().role());
        }
    }

    /** An insert as psql would send it; {@code owner} null leaves the column to its default (the login). */
    private static void insert(Connection connection, ServerRecord record, String owner) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lectern.record (id, kind, owner,"
                + " author, adjudicated, document_id, body, modified, rev)"
                + " VALUES (?, ?, coalesce(?, session_user), ?, ?, ?, ?::jsonb, ?, 0)")) {
            insert.setObject(1, record.id());
            insert.setString(2, record.kind());
            insert.setString(3, owner);
            insert.setString(4, record.author());
            insert.setBoolean(5, record.adjudicated());
            insert.setObject(6, record.documentId());
            insert.setString(7, record.bodyJson());
            insert.setObject(8, OffsetDateTime.ofInstant(record.modified(), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private String body(UUID id) throws SQLException {
        try (Connection admin = team.db().admin();
             PreparedStatement query = admin.prepareStatement("SELECT body::text FROM lectern.record WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private long count(UUID id) throws SQLException {
        try (Connection admin = team.db().admin();
             PreparedStatement query = admin.prepareStatement("SELECT count(*) FROM lectern.record WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
