package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.team.TeamFixture.ANA;
import static org.lectern.team.TeamFixture.BOB;
import static org.lectern.team.TeamFixture.LEAD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;
import org.lectern.service.ProjectSession;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.team.TeamFixture;

/**
 * {@code lectern team push | sync} against a real PostgreSQL, each member's password from a .pgpass file: the lead
 * publishes a project, an analyst makes theirs from the server, and their work goes back and forth; a project of
 * another team, a file that is not a project or a server that refuses are told in one line and change nothing.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamSyncCommandTest {
    private static final String PGPASSFILE_PROPERTY = "org.postgresql.pgpassfile";

    @TempDir
    Path folder;

    private TeamFixture team;

    @BeforeEach
    void aTeamWhosePasswordsAreInPgpass() throws Exception {
        team = TeamFixture.create();
        StringBuilder lines = new StringBuilder();
        for (String person : List.of(LEAD, ANA, BOB)) {
            lines.append("*:*:").append(team.db().name()).append(':').append(team.login(person)).append(':')
                    .append(team.password(person)).append('\n');
        }
        Path pgpass = folder.resolve("pgpass");
        Files.writeString(pgpass, lines);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty(PGPASSFILE_PROPERTY, pgpass.toString());
    }

    @AfterEach
    void forgetThePasswordFile() {
        System.clearProperty(PGPASSFILE_PROPERTY);
    }

    @Test
    void the_lead_publishes_a_project_an_analyst_makes_hers_from_the_server_and_their_work_goes_both_ways()
            throws Exception {
        Path lenas = folder.resolve("cell.lectern");
        try (ProjectSession lena = new ProjectSession(ProjectFiles.create(lenas), LEAD)) {
            lena.perform(lena.tagEdits().add("Actor", "#336699"));
            lena.perform(lena.edits().addDocument("Crates at Varno", DocumentMetadata.EMPTY, TeamFixture.TEXT));
            UUID article = lena.state().documents().get(0).id();
            lena.perform(lena.edits().annotate(article, 0, 7, lena.state().tags().get(0).id()));
        }

        CliRun push = CliRun.of("team", "push", lenas.toString(), "--url", team.db().url(), "--user",
                team.login(LEAD));
        assertEquals(0, push.exitCode(), push.err());
        assertEquals(List.of("Published cell.lectern to the team in '" + team.db().name() + "' on "
                + team.db().address(team.login(LEAD)).server() + " as " + team.login(LEAD)
                + ". Received 0 change(s); sent 3."), push.outLines());

        Path anas = folder.resolve("ana.lectern");
        CliRun download = CliRun.of("team", "sync", anas.toString(), "--url", team.db().url(), "--user",
                team.login(ANA));
        assertEquals(0, download.exitCode(), download.err());
        assertTrue(download.out().startsWith("Made ana.lectern from the team in '" + team.db().name() + "' on "),
                download.out());
        assertEquals(records(lenas), records(anas), "her project holds what the lead published");
        assertFalse(Files.exists(Path.of(anas + "-wal")), "nothing of the download waits beside the file");
        Path mailed = folder.resolve("mailed.lectern");
        Files.copy(anas, mailed);
        assertEquals(records(lenas), records(mailed), "the file alone, copied as it is, holds the whole project");

        try (ProjectSession ana = new ProjectSession(ProjectFiles.open(anas), ANA)) {
            UUID article = ana.state().documents().get(0).id();
            ana.perform(ana.edits().annotate(article, 8, 16, ana.state().tags().get(0).id()));
        }
        CliRun anaSync = CliRun.of("team", "sync", anas.toString());
        assertEquals(0, anaSync.exitCode(), anaSync.err());
        assertEquals(List.of("Synchronised ana.lectern with the team in '" + team.db().name() + "' on "
                + team.db().address(team.login(ANA)).server() + ". Received 0 change(s); sent 1."),
                anaSync.outLines(), "the server and login are the project's own");

        CliRun lenaSync = CliRun.of("team", "sync", lenas.toString());
        assertEquals(0, lenaSync.exitCode(), lenaSync.err());
        assertTrue(lenaSync.out().contains("Received 1 change(s); sent 0."), lenaSync.out());
        assertEquals(records(anas), records(lenas));
    }

    @Test
    void a_project_of_another_team_or_login_is_refused_in_one_line_and_left_as_it_was() throws Exception {
        Path lenas = projectWithAnArticle("cell.lectern");
        assertEquals(0, CliRun.of("team", "push", lenas.toString(), "--url", team.db().url(), "--user",
                team.login(LEAD)).exitCode());
        List<String> before = records(lenas);
        byte[] bytes = Files.readAllBytes(lenas);

        CliRun asBob = CliRun.of("team", "sync", lenas.toString(), "--url", team.db().url(), "--user",
                team.login(BOB));
        assertEquals(1, asBob.exitCode());
        assertEquals(List.of("'cell.lectern' belongs to the team at " + team.login(LEAD) + "@"
                + team.db().address(team.login(LEAD)).server() + "/" + team.db().name() + ", not " + team.login(BOB)
                + "@" + team.db().address(team.login(BOB)).server() + "/" + team.db().name()
                + ": nothing was sent or received."), asBob.errLines());
        CliRun pushAgain = CliRun.of("team", "push", lenas.toString(), "--url", team.db().url(), "--user",
                team.login(BOB));
        assertEquals(1, pushAgain.exitCode());
        assertTrue(pushAgain.err().startsWith("'cell.lectern' belongs to the team at "), pushAgain.err());
        assertEquals(before, records(lenas));
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(lenas)), "the file is untouched");
    }

    @Test
    void a_file_that_is_not_a_project_a_missing_project_without_a_server_and_a_refused_login_are_told_plainly()
            throws Exception {
        Path notes = folder.resolve("notes.lectern");
        Files.writeString(notes, "Meeting notes, not a project.\n");
        CliRun notAProject = CliRun.of("team", "push", notes.toString(), "--url", team.db().url(), "--user",
                team.login(LEAD));
        assertEquals(1, notAProject.exitCode());
        assertEquals(1, notAProject.errLines().size(), notAProject.err());
        assertTrue(notAProject.err().contains("notes.lectern"), notAProject.err());
        assertEquals("Meeting notes, not a project.\n", Files.readString(notes));

        Path missing = folder.resolve("new.lectern");
        CliRun noServer = CliRun.of("team", "sync", missing.toString());
        assertEquals(2, noServer.exitCode());
        assertTrue(noServer.err().startsWith("'" + missing + "' does not exist; to make it from the team's server,"
                + " give --url and --user."), noServer.err());

        CliRun stranger = CliRun.of("team", "sync", missing.toString(), "--url", team.db().url(), "--user",
                "nobody_" + UUID.randomUUID().toString().substring(0, 8));
        assertEquals(1, stranger.exitCode());
        assertEquals(1, stranger.errLines().size(), stranger.err());
        assertFalse(Files.exists(missing), "no project is made when the server refuses");

        Path unlinked = projectWithAnArticle("own.lectern");
        CliRun ownProject = CliRun.of("team", "sync", unlinked.toString());
        assertEquals(1, ownProject.exitCode());
        assertEquals(List.of("'own.lectern' belongs to no team: publish it with 'lectern team push " + unlinked
                + " --url ... --user ...' first."), ownProject.errLines());
    }

    private Path projectWithAnArticle(String name) throws Exception {
        Path file = folder.resolve(name);
        try (ProjectSession lena = new ProjectSession(ProjectFiles.create(file), LEAD)) {
            lena.perform(lena.edits().addDocument("Crates at Varno", DocumentMetadata.EMPTY, TeamFixture.TEXT));
        }
        return file;
    }

    /** Every record of a project, one line each, in a fixed order. */
    static List<String> records(Path file) throws Exception {
        try (ProjectStore store = ProjectFiles.openForReading(file)) {
            ProjectSnapshot all = store.load();
            List<String> lines = new ArrayList<>();
            Stream.of(all.documents(), all.tags(), all.annotations(), all.actors(), all.claims(), all.evidence(),
                    all.links(), all.comments(), all.decisions()).flatMap(List::stream)
                    .map(ProjectRecord::toString).forEach(lines::add);
            lines.sort(Comparator.naturalOrder());
            return lines;
        }
    }
}
