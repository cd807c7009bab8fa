package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.log.LecternLog;
import org.lectern.store.team.TeamRole;
import org.lectern.store.team.TeamServer;
import org.lectern.team.TeamFixture;
import org.lectern.team.TestServer;
import org.lectern.team.TestServer.TestDatabase;

/** {@code lectern team init | add | status} against a real PostgreSQL, the owner's password from a .pgpass file. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamCommandTest {
    private static final String PGPASSFILE_PROPERTY = "org.postgresql.pgpassfile";

    @TempDir
    Path folder;

    @AfterEach
    void forgetThePasswordFile() {
        System.clearProperty(PGPASSFILE_PROPERTY);
    }

    @Test
    void the_owner_sets_up_a_team_adds_people_and_sees_when_each_last_synchronised() throws Exception {
        TestDatabase db = TestServer.freshDatabase();
        ownerPasswordInPgpass(db);
        String ana = db.login("ana");
        String lena = db.login("lena");

        CliRun init = CliRun.of("team", "init", "--url", db.url(), "--user", db.owner());
        assertEquals(0, init.exitCode(), init.err());
        assertEquals("The team database '" + db.name() + "' on " + db.ownerAddress().server() + " is ready, owned by "
                + db.owner() + "; its roles are " + db.name() + "_analyst, " + db.name() + "_reviewer and "
                + db.name() + "_lead.", init.outLines().get(0));

        CliRun addAna = CliRun.of("team", "add", "--url", db.url(), "--user", db.owner(), "--member", ana,
                "--name", "Ana Analyst", "--role", "analyst", "--password-file", passwordFile("ana-secret-1"));
        assertEquals(0, addAna.exitCode(), addAna.err());
        assertEquals(List.of("Added " + ana + " (Ana Analyst) to the team in '" + db.name() + "' as analyst."),
                addAna.outLines());
        CliRun addLena = CliRun.of("team", "add", "--url", db.url(), "--user", db.owner(), "--member", lena,
                "--name", "Lena Lead", "--role", "LEAD", "--password-file", passwordFile("lena-secret-2\nignored"));
        assertEquals(0, addLena.exitCode(), addLena.err());

        try (TeamServer server = TeamServer.connect(db.address(ana), "ana-secret-1".toCharArray())) {
            assertEquals(TeamRole.ANALYST, server.me().role());
            server.markSynchronised();
        }
        try (TeamServer server = TeamServer.connect(db.address(lena), "lena-secret-2".toCharArray())) {
            assertEquals(TeamRole.LEAD, server.me().role(), "the password is the file's first line");
        }

        CliRun status = CliRun.of("team", "status", "--url", db.url(), "--user", db.owner());
        assertEquals(0, status.exitCode(), status.err());
        int loginWidth = lena.length();
        assertEquals(List.of(
                "Team in '" + db.name() + "' on " + db.ownerAddress().server() + ": 2 members.",
                String.format("%-" + loginWidth + "s  %-11s  %-8s  %s", "LOGIN", "NAME", "ROLE", "LAST SYNCHRONISED"),
                String.format("%-" + loginWidth + "s  %-11s  %-8s  %s", ana, "Ana Analyst", "analyst",
                        lastSyncOnTheServer(db, ana)),
                String.format("%-" + loginWidth + "s  %-11s  %-8s  %s", lena, "Lena Lead", "lead", "never")),
                status.outLines());
    }

    @Test
    void a_lead_adds_a_person_from_the_command_line_and_an_analyst_trying_to_is_told_why_not() throws Exception {
        TeamFixture team = TeamFixture.create();
        Path pgpass = folder.resolve("pgpass");
        Files.writeString(pgpass, Stream.of(TeamFixture.LEAD, TeamFixture.ANA)
                .map(name -> "*:*:" + team.db().name() + ":" + team.login(name) + ":" + team.password(name) + "\n")
                .reduce("", String::concat));
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty(PGPASSFILE_PROPERTY, pgpass.toString());
        String nora = team.db().login("nora");

        CliRun byTheLead = CliRun.of("team", "add", "--url", team.db().url(), "--user", team.login(TeamFixture.LEAD),
                "--member", nora, "--name", "Nora Newcomer", "--role", "analyst", "--password-file",
                passwordFile("nora-secret-3"));
        CliRun byAnAnalyst = CliRun.of("team", "add", "--url", team.db().url(), "--user",
                team.login(TeamFixture.ANA), "--member", team.db().login("olga"), "--name", "Olga Other", "--role",
                "analyst", "--password-file", passwordFile("olga-secret-4"));

        assertEquals(0, byTheLead.exitCode(), byTheLead.err());
        assertEquals(List.of("Added " + nora + " (Nora Newcomer) to the team in '" + team.db().name()
                + "' as analyst."), byTheLead.outLines());
        try (TeamServer server = TeamServer.connect(team.db().address(nora), "nora-secret-3".toCharArray())) {
            assertEquals(TeamRole.ANALYST, server.me().role());
        }
        assertEquals(1, byAnAnalyst.exitCode());
        assertEquals(List.of("Only a lead of the team adds members: '" + team.login(TeamFixture.ANA) + "' is an"
                + " analyst in the team in '" + team.db().name() + "'."), byAnAnalyst.errLines());
    }

    @Test
    void no_password_anywhere_and_no_terminal_says_where_a_password_can_come_from() {
        TestDatabase db = TestServer.freshDatabase();
        System.setProperty(PGPASSFILE_PROPERTY, folder.resolve("no-such-pgpass").toString());

        CliRun init = CliRun.of("team", "init", "--url", db.url(), "--user", db.owner());

        assertEquals(1, init.exitCode());
        assertEquals(List.of("The team server at " + db.ownerAddress().server() + " asks for a password for '"
                + db.owner() + "' and none was given: set PGPASSWORD, add the server to your .pgpass file, or type"
                + " it when asked."), init.errLines());
    }

    @Test
    void no_password_is_written_to_the_log_file_or_the_preferences() throws Exception {
        TestDatabase db = TestServer.freshDatabase();
        ownerPasswordInPgpass(db);
        String memberPassword = "never-in-a-log-" + db.name();
        CliRun init = CliRun.of("team", "init", "--url", db.url(), "--user", db.owner());
        assertEquals(0, init.exitCode(), init.err());
        CliRun add = CliRun.of("team", "add", "--url", db.url(), "--user", db.owner(), "--member", db.login("ana"),
                "--name", "Ana Analyst", "--role", "analyst", "--password-file", passwordFile(memberPassword));
        assertEquals(0, add.exitCode(), add.err());
        CliRun refused = CliRun.of("team", "add", "--url", db.url(), "--user", db.owner(), "--member", db.login("ana"),
                "--name", "Ana Analyst", "--role", "analyst", "--password-file", passwordFile(memberPassword));
        assertEquals(1, refused.exitCode(), "a failure is logged too");

        String log = Files.readString(LecternLog.file(), StandardCharsets.UTF_8);
        assertTrue(log.contains(db.login("ana") + " (Ana Analyst) joined the team"), "the log file is written");
        String ownerPassword = new String(db.ownerPassword());
        assertFalse(log.contains(memberPassword));
        assertFalse(log.contains(ownerPassword));
        for (Path file : preferenceFiles()) {
            String preferences = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(preferences.contains(memberPassword), file.toString());
            assertFalse(preferences.contains(ownerPassword), file.toString());
        }
    }

    @Test
    void a_mistyped_team_command_is_named_with_the_commands_there_are() {
        CliRun run = CliRun.of("team", "stauts", "--url", "jdbc:postgresql://localhost/team", "--user", "admin");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("'stauts' is not a command of 'lectern team' (init, add, status, push, sync). See 'lectern team"
                + " --help'."), run.errLines());
    }

    @Test
    void an_unknown_role_is_a_mistake_on_the_command_line() {
        CliRun run = CliRun.of("team", "add", "--url", "jdbc:postgresql://localhost/team", "--user", "admin",
                "--member", "ana", "--name", "Ana", "--role", "boss");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("Invalid value for option '--role': A team role is analyst, reviewer or lead, not"
                + " 'boss'. See 'lectern team add --help'."), run.errLines());
    }

    @Test
    void an_address_that_is_not_a_jdbc_url_is_refused_with_the_form_to_use() {
        CliRun run = CliRun.of("team", "status", "--url", "db.example.org/team", "--user", "admin");

        assertEquals(1, run.exitCode());
        assertEquals(List.of("A team server is given as jdbc:postgresql://HOST[:PORT]/DATABASE, not"
                + " 'db.example.org/team'."), run.errLines());
    }

    private void ownerPasswordInPgpass(TestDatabase db) throws IOException {
        Path pgpass = folder.resolve("pgpass");
        Files.writeString(pgpass, "*:*:" + db.name() + ":" + db.owner() + ":" + new String(db.ownerPassword())
                + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty(PGPASSFILE_PROPERTY, pgpass.toString());
    }

    private String passwordFile(String content) throws IOException {
        Path file = Files.createTempFile(folder, "password", ".txt");
        Files.writeString(file, content + "\n");
        return file.toString();
    }

    private static String lastSyncOnTheServer(TestDatabase db, String login) throws Exception {
        try (Connection admin = db.admin(); PreparedStatement query = admin.prepareStatement(
                "SELECT last_sync FROM lectern.member WHERE login = ?")) {
            query.setString(1, login);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC)
                        .format(rows.getTimestamp(1).toInstant()) + " UTC";
            }
        }
    }

    private static List<Path> preferenceFiles() throws IOException {
        Path root = Path.of(System.getProperty("java.util.prefs.userRoot", "target/test-scratch/prefs"));
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
