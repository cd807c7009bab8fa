package org.lectern.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.store.team.TeamAddress;
import org.lectern.store.team.TeamAdmin;
import org.lectern.store.team.TeamMember;
import org.lectern.store.team.TeamRole;
import org.lectern.store.team.TeamServer;
import org.lectern.store.team.TeamServerException;
import org.lectern.team.TestServer.TestDatabase;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamInitTest {

    @Test
    void setting_up_a_team_database_twice_keeps_its_members_and_changes_nothing() throws Exception {
        TestDatabase db = TestServer.freshDatabase();
        String lead = db.login("lena");
        try (TeamAdmin admin = TeamAdmin.at(db.ownerAddress(), db.ownerPassword())) {
            admin.init();
            admin.addMember(lead, "Lena Lead", TeamRole.LEAD, "lena-pw".toCharArray());
            admin.init();
        }

        assertEquals(List.of(1, 2), appliedVersions(db), "each migration applied once");
        try (TeamServer server = TeamServer.connect(db.address(lead), "lena-pw".toCharArray())) {
            TeamMember me = server.me();
            assertEquals(lead, me.login());
            assertEquals("Lena Lead", me.name());
            assertEquals(TeamRole.LEAD, me.role());
            assertEquals(List.of(me), server.members());
        }
    }

    @Test
    void a_team_database_set_up_by_a_newer_lectern_is_refused_by_init_and_by_members() throws Exception {
        TestDatabase db = TestServer.freshDatabase();
        String analyst = db.login("ana");
        try (TeamAdmin admin = TeamAdmin.at(db.ownerAddress(), db.ownerPassword())) {
            admin.init();
            admin.addMember(analyst, "Ana Analyst", TeamRole.ANALYST, "ana-pw".toCharArray());
        }
        // What a newer Lectern's init leaves: a later migration in the schema's history.
        try (Connection connection = db.admin(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO lectern.flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success)"
                    + " VALUES (99, '3', 'from a newer Lectern', 'SQL', 'V3__newer.sql', 0, 'postgres', 1, true)");
        }

        TeamServerException init = assertThrows(TeamServerException.class, () -> {
            try (TeamAdmin admin = TeamAdmin.at(db.ownerAddress(), db.ownerPassword())) {
                admin.init();
            }
        });
        assertTrue(init.getMessage().contains("set up by a newer Lectern (team schema version 3; this Lectern knows"
                + " up to 2): update Lectern"), init.getMessage());

        TeamServerException connect = assertThrows(TeamServerException.class,
                () -> TeamServer.connect(db.address(analyst), "ana-pw".toCharArray()).close());
        assertTrue(connect.getMessage().contains("newer Lectern"), connect.getMessage());
    }

    @Test
    void a_database_name_too_long_for_the_role_names_is_refused_before_anything_is_created() throws Exception {
        TestDatabase db = TestServer.freshDatabase();
        String longName = (db.name() + "_" + "x".repeat(60)).substring(0, 60);
        try (Connection connection = db.admin(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + longName + " OWNER " + db.owner());
        }
        TeamAddress address = new TeamAddress(db.url().replace(db.name(), longName), db.owner());

        TeamServerException failure = assertThrows(TeamServerException.class, () -> {
            try (TeamAdmin admin = TeamAdmin.at(address, db.ownerPassword())) {
                admin.init();
            }
        });

        assertEquals("The database name '" + longName + "' is too long for a team's role names: use one of at most"
                + " 54 characters.", failure.getMessage());
        try (Connection connection = db.admin(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_roles WHERE rolname LIKE '"
                     + longName.substring(0, 40) + "%'")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }

    private static List<Integer> appliedVersions(TestDatabase db) throws Exception {
        try (Connection connection = db.admin(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version::int FROM lectern.flyway_schema_history WHERE version IS NOT NULL ORDER BY 1")) {
            List<Integer> versions = new java.util.ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
            return versions;
        }
    }
}
