package org.lectern.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.team.TeamFixture.ANA;
import static org.lectern.team.TeamFixture.LEAD;
import static org.lectern.team.TeamFixture.REVIEWER;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.store.team.TeamAdmin;
import org.lectern.store.team.TeamMember;
import org.lectern.store.team.TeamRole;
import org.lectern.store.team.TeamServer;
import org.lectern.store.team.TeamServerException;
import org.postgresql.util.PasswordUtil;

/**
 * A lead manages the team's members without the database owner's login: new people get a login of their own and
 * their role; nobody else may add anyone, and no existing login of the server is taken over or changed that way.
 * What the lead's Lectern is refused is also refused to the lead's login by {@code psql}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamLeadAddsMembersTest {
    private static TeamFixture team;

    @BeforeAll
    static void aTeam() {
        team = TeamFixture.create();
    }

    private static TeamAdmin as(String name) {
        return TeamAdmin.at(team.db().address(team.login(name)), team.password(name).toCharArray());
    }

    @Test
    void a_lead_adds_an_analyst_who_can_then_connect_and_write_her_own_work() throws Exception {
        String nora = team.db().login("nora");
        try (TeamAdmin lead = as(LEAD)) {
            TeamMember added = lead.addMember(nora, "Nora Newcomer", TeamRole.ANALYST, "nora-pw".toCharArray());
            assertEquals(new TeamMember(nora, "Nora Newcomer", TeamRole.ANALYST, added.added(), null), added);
        }

        try (TeamServer server = TeamServer.connect(team.db().address(nora), "nora-pw".toCharArray())) {
            assertEquals(TeamRole.ANALYST, server.me().role());
            assertEquals("Nora Newcomer", server.me().name());
            var tag = TeamFixture.tag("Actor");
            var article = TeamFixture.document(LEAD, Instant.now());
            try (TeamServer lena = team.connect(LEAD)) {
                lena.push(List.of(TeamFixture.sent(tag, LEAD, Instant.now()),
                        TeamFixture.sent(article, LEAD, article.stamp().modified())));
            }
            var highlight = TeamFixture.annotation(article.id(), tag.id(), "Nora Newcomer", Instant.now());
            assertTrue(server.push(List.of(TeamFixture.sent(highlight))).refused().isEmpty(),
                    "her own highlight is hers to send");
        }
        try (Connection admin = team.db().admin(); PreparedStatement query = admin.prepareStatement(
                "SELECT rolpassword, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_catalog.pg_authid"
                        + " WHERE rolname = ?")) {
            query.setString(1, nora);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                assertTrue(rows.getString(1).startsWith("SCRAM-SHA-256$"), "the server holds only a verifier");
                assertFalse(rows.getBoolean(2) || rows.getBoolean(3) || rows.getBoolean(4) || rows.getBoolean(5),
                        "and the login has no right beyond the team");
            }
        }
    }

    @Test
    void an_analyst_or_a_reviewer_cannot_add_members_and_is_told_so_in_one_sentence() throws Exception {
        String eve = team.db().login("eve");
        try (TeamAdmin ana = as(ANA)) {
            TeamServerException refused = assertThrows(TeamServerException.class,
                    () -> ana.addMember(eve, "Eve Outsider", TeamRole.LEAD, "eve-pw".toCharArray()));
            assertEquals("Only a lead of the team adds members: '" + team.login(ANA) + "' is an analyst in the team"
                    + " in '" + team.db().name() + "'.", refused.getMessage());
        }
        try (TeamAdmin rita = as(REVIEWER)) {
            TeamServerException refused = assertThrows(TeamServerException.class,
                    () -> rita.addMember(eve, "Eve Outsider", TeamRole.ANALYST, "eve-pw".toCharArray()));
            assertEquals("Only a lead of the team adds members: '" + team.login(REVIEWER) + "' is a reviewer in the"
                    + " team in '" + team.db().name() + "'.", refused.getMessage());
        }
        for (String name : List.of(ANA, REVIEWER)) {
            SQLException byPsql = assertThrows(SQLException.class, () -> addMemberByPsql(name, eve, "Eve Outsider",
                    "lead", PasswordUtil.encodeScramSha256("eve-pw".toCharArray())));
            assertEquals("42501", byPsql.getSQLState(), name + " may not call it at all: " + byPsql.getMessage());
        }
        assertFalse(loginExists(eve), "no login was made");
    }

    @Test
    void a_lead_cannot_take_over_an_existing_login_nor_change_its_password() throws Exception {
        String owner = team.db().owner();
        try (TeamAdmin lead = as(LEAD)) {
            TeamServerException member = assertThrows(TeamServerException.class,
                    () -> lead.addMember(team.login(ANA), "Someone Else", TeamRole.LEAD, "taken-pw".toCharArray()));
            assertEquals("'" + team.login(ANA) + "' is already in the team in '" + team.db().name() + "', as analyst"
                    + " (Ana Analyst).", member.getMessage());
            TeamServerException theOwner = assertThrows(TeamServerException.class,
                    () -> lead.addMember(owner, "The Owner", TeamRole.LEAD, "taken-pw".toCharArray()));
            assertEquals("'" + owner + "' already has a login on " + team.db().ownerAddress().server() + ", which a"
                    + " lead leaves alone: ask whoever runs the server to add it (lectern team add as the database's"
                    + " owner), or choose another login name.", theOwner.getMessage());
        }
        String verifier = PasswordUtil.encodeScramSha256("taken-pw".toCharArray());
        for (String existing : List.of(owner, team.login(ANA), "postgres")) {
            SQLException byPsql = assertThrows(SQLException.class,
                    () -> addMemberByPsql(LEAD, existing, "Taken " + existing, "analyst", verifier));
            assertEquals("42710", byPsql.getSQLState(), byPsql.getMessage());
        }

        try (TeamServer ana = team.connect(ANA)) {
            assertEquals(TeamRole.ANALYST, ana.me().role(), "Ana's password and role are as they were");
        }
        try (TeamAdmin theOwner = TeamAdmin.at(team.db().ownerAddress(), team.db().ownerPassword())) {
            assertTrue(theOwner.members().stream().noneMatch(m -> m.name().startsWith("Taken ")
                    || m.name().equals("Someone Else") || m.name().equals("The Owner")),
                    "the owner's login works as before, and nobody joined under a login that was there");
        }
    }

    @Test
    void a_lead_gives_only_the_teams_roles_and_never_sends_a_password_in_clear() throws Exception {
        String mallory = team.db().login("mallory");
        String verifier = PasswordUtil.encodeScramSha256("mallory-pw".toCharArray());
        for (String role : List.of("owner", "superuser", team.db().owner(), "pg_read_all_data")) {
            SQLException byPsql = assertThrows(SQLException.class,
                    () -> addMemberByPsql(LEAD, mallory, "Mallory", role, verifier));
            assertEquals("22023", byPsql.getSQLState(), role + ": " + byPsql.getMessage());
        }
        SQLException inClear = assertThrows(SQLException.class,
                () -> addMemberByPsql(LEAD, mallory, "Mallory", "analyst", "mallory-pw"));
        assertEquals("22023", inClear.getSQLState(), inClear.getMessage());
        assertFalse(loginExists(mallory), "no login was made");

        String odd = team.db().login("x\" SUPERUSER --");
        addMemberByPsql(LEAD, odd, "Odd Name", "reviewer", verifier);
        try (Connection admin = team.db().admin(); PreparedStatement query = admin.prepareStatement(
                "SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = ?")) {
            query.setString(1, odd);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "a name is a name, however it reads");
                assertFalse(rows.getBoolean(1));
            }
        }
    }

    @Test
    void on_a_team_database_set_up_before_leads_could_add_members_the_lead_is_told_to_have_init_run_again()
            throws Exception {
        TeamFixture older = TeamFixture.create();
        try (Connection admin = older.db().admin(); var statement = admin.createStatement()) {
            statement.execute("DROP FUNCTION lectern.add_member(text, text, text, text)");
            statement.execute("DELETE FROM lectern.flyway_schema_history WHERE version = '2'");
        }
        String nora = older.db().login("nora");
        try (TeamAdmin lead = TeamAdmin.at(older.db().address(older.login(LEAD)),
                older.password(LEAD).toCharArray())) {
            TeamServerException refused = assertThrows(TeamServerException.class,
                    () -> lead.addMember(nora, "Nora Newcomer", TeamRole.ANALYST, "nora-pw".toCharArray()));
            assertEquals("The team database '" + older.db().name() + "' was set up by an older Lectern, with which"
                    + " only its owner adds members: ask whoever runs the server to run 'lectern team init' again.",
                    refused.getMessage());
        }
        try (TeamAdmin owner = TeamAdmin.at(older.db().ownerAddress(), older.db().ownerPassword())) {
            owner.init();
        }
        try (TeamAdmin lead = TeamAdmin.at(older.db().address(older.login(LEAD)),
                older.password(LEAD).toCharArray())) {
            assertEquals(TeamRole.ANALYST, lead.addMember(nora, "Nora Newcomer", TeamRole.ANALYST,
                    "nora-pw".toCharArray()).role(), "once init has brought the schema up to date");
        }
    }

    private static void addMemberByPsql(String as, String login, String name, String role, String verifier)
            throws SQLException {
        try (Connection psql = team.psql(as);
             PreparedStatement call = psql.prepareStatement("SELECT lectern.add_member(?, ?, ?, ?)")) {
            call.setString(1, login);
            call.setString(2, name);
            call.setString(3, role);
            call.setString(4, verifier);
            call.execute();
        }
    }

    private static boolean loginExists(String login) throws SQLException {
        try (Connection admin = team.db().admin(); PreparedStatement query = admin.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?")) {
            query.setString(1, login);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
