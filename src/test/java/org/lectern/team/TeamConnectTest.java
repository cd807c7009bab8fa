package org.lectern.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.lectern.team.TeamFixture.ANA;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.store.team.TeamAddress;
import org.lectern.store.team.TeamServer;
import org.lectern.store.team.TeamServerException;
import org.lectern.team.TestServer.TestDatabase;

/** Each way a connection to the team server fails is told in a sentence that says what to do. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamConnectTest {

    @Test
    void a_server_that_does_not_answer_is_reported_as_unreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TeamAddress nowhere = new TeamAddress("jdbc:postgresql://localhost:" + closedPort + "/team", "ana");

        TeamServerException failure = assertThrows(TeamServerException.class,
                () -> TeamServer.connect(nowhere, "pw".toCharArray()));

        assertEquals("Could not reach the team server at localhost:" + closedPort + " (nothing answers there):"
                + " check the address and that the server is running.", failure.getMessage());
    }

    @Test
    void a_wrong_password_is_told_as_such_without_repeating_it() {
        TeamFixture team = TeamFixture.create();

        TeamServerException failure = assertThrows(TeamServerException.class,
                () -> TeamServer.connect(team.db().address(team.login(ANA)), "not-her-password".toCharArray()));

        assertEquals("The team server at " + server(team.db()) + " refused the password of '" + team.login(ANA)
                + "': check the user name and the password.", failure.getMessage());
    }

    @Test
    void a_database_without_a_team_is_not_taken_for_one() {
        TestDatabase db = TestServer.freshDatabase();

        TeamServerException failure = assertThrows(TeamServerException.class,
                () -> TeamServer.connect(db.ownerAddress(), db.ownerPassword()));

        assertEquals("The database '" + db.name() + "' on " + server(db) + " is not a Lectern team database: set"
                + " it up first with 'lectern team init'.", failure.getMessage());
    }

    @Test
    void a_login_of_the_server_that_is_not_in_the_team_is_told_to_ask_the_lead() throws Exception {
        TeamFixture team = TeamFixture.create();
        String stranger = team.db().login("stranger");
        try (Connection admin = team.db().admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + stranger + " LOGIN PASSWORD 'stranger-pw'");
        }

        TeamServerException failure = assertThrows(TeamServerException.class,
                () -> TeamServer.connect(team.db().address(stranger), "stranger-pw".toCharArray()));

        assertEquals("'" + stranger + "' is not a member of the team in '" + team.db().name() + "' on "
                + server(team.db()) + ": ask the team's lead to add you (lectern team add).", failure.getMessage());
    }

    @Test
    void a_login_kept_out_of_a_team_database_that_only_the_team_may_connect_to_is_told_to_ask_the_lead()
            throws Exception {
        TeamFixture team = TeamFixture.create();
        String stranger = team.db().login("outsider");
        try (Connection admin = team.db().admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + stranger + " LOGIN PASSWORD 'outsider-pw'");
            statement.execute("REVOKE CONNECT ON DATABASE " + team.db().name() + " FROM PUBLIC");
            statement.execute("GRANT CONNECT ON DATABASE " + team.db().name() + " TO " + team.db().name()
                    + "_analyst");
        }

        TeamServerException failure = assertThrows(TeamServerException.class,
                () -> TeamServer.connect(team.db().address(stranger), "outsider-pw".toCharArray()));

        assertEquals("'" + stranger + "' may not connect to the team database '" + team.db().name() + "' on "
                + server(team.db()) + ": ask the team's lead to add you (lectern team add).", failure.getMessage());
        try (TeamServer ana = team.connect(ANA)) {
            assertEquals(ANA, ana.me().name(), "members still connect");
        }
    }

    @Test
    void a_database_that_does_not_exist_is_named() {
        TestDatabase db = TestServer.freshDatabase();
        TeamAddress missing = new TeamAddress(db.url() + "_missing", db.owner());

        TeamServerException failure = assertThrows(TeamServerException.class,
                () -> TeamServer.connect(missing, db.ownerPassword()));

        assertEquals("There is no database '" + db.name() + "_missing' on the team server at " + server(db) + ".",
                failure.getMessage());
    }

    @Test
    void an_address_that_is_not_a_postgresql_url_is_refused_with_the_form_to_use() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new TeamAddress("postgres://host/team", "ana"));

        assertEquals("A team server is given as jdbc:postgresql://HOST[:PORT]/DATABASE, not 'postgres://host/team'",
                failure.getMessage());
    }

    @Test
    void a_server_without_tls_is_not_used_when_the_address_asks_for_tls() {
        TeamFixture team = TeamFixture.create();
        TeamAddress withTls = new TeamAddress(team.db().url() + "?sslmode=require", team.login(ANA));

        TeamServerException failure = assertThrows(TeamServerException.class,
                () -> TeamServer.connect(withTls, team.password(ANA).toCharArray()));

        assertEquals("The team server at " + server(team.db()) + " does not offer TLS, which the address asks for"
                + " (sslmode): ask whoever runs it to turn TLS on.", failure.getMessage());
        assertEquals(TeamServerException.Reason.NOT_SECURE, failure.reason());
    }

    @Test
    void an_address_with_a_password_in_it_is_refused_so_that_the_password_is_never_shown_or_logged() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new TeamAddress("jdbc:postgresql://host/team?sslmode=require&password=secret", "ana"));

        assertEquals("A team server's address holds no password: give it through PGPASSWORD, the .pgpass file, or"
                + " type it when asked", failure.getMessage());
    }

    @Test
    void tls_options_stay_in_the_address_and_the_database_is_read_before_them() {
        TeamAddress address = new TeamAddress(
                "jdbc:postgresql://db.example.org:5433/team?sslmode=verify-full&sslrootcert=/etc/ca.crt", "ana");

        assertEquals("team", address.database());
        assertEquals("db.example.org:5433", address.server());
        assertEquals("ana@db.example.org:5433/team", address.toString());
    }

    private static String server(TestDatabase db) {
        return db.ownerAddress().server();
    }
}
