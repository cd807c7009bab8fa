package org.lectern.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.team.TeamFixture.ANA;
import static org.lectern.team.TeamFixture.BOB;
import static org.lectern.team.TeamFixture.LEAD;
import static org.lectern.team.TeamFixture.REVIEWER;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Tag;
import org.lectern.properties.Draw;
import org.lectern.properties.PropertyCheck;
import org.lectern.properties.TeamMemberEdits;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.service.team.TeamSync;
import org.lectern.store.ProjectFiles;
import org.lectern.store.team.TeamAdmin;
import org.lectern.store.team.TeamRole;
import org.lectern.store.team.TeamServer;

/**
 * Five members of a team, each with a project file of their own and a login of their own, edit at random through
 * Lectern's service layer, each within their role, go offline for rounds at a time, and synchronise now and then;
 * once, one member's synchronisation is killed (kill -9) in the middle of its work. When everyone has
 * synchronised at the end, every project holds exactly the records the server holds live, record for record, in
 * the file and in the open window's memory: nothing lost, nothing duplicated, nothing waiting to be sent.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamConvergenceTest {
    private static final String CLEO = "Cleo Analyst";
    /** Highlights made at once before the killed synchronisation: several batches to send, so it dies mid-way. */
    private static final int BIG_EDIT = 2_500;

    @TempDir
    Path folder;

    @Test
    void five_members_editing_offline_and_online_with_one_sync_killed_midway_end_with_every_project_as_the_server()
            throws Exception {
        PropertyCheck.forAll(2, this::aTeamAtWork);
    }

    private final class Member implements AutoCloseable {
        final String name;
        final String role;
        final TeamFixture team;
        final Path file;
        final TeamMemberEdits edits;
        ProjectSession session;
        TeamServer server;

        Member(TeamFixture team, String name, String role, Path file) throws Exception {
            this.team = team;
            this.name = name;
            this.role = role;
            this.file = file;
            this.edits = TeamMemberEdits.of(role);
            this.session = new ProjectSession(ProjectFiles.create(file), name);
            this.server = team.connect(name);
            session.teamLedger().orElseThrow().link(team.db().url(), team.login(name));
        }

        void sync(Draw draw) {
            new TeamSync(server).syncOnce(session);
            draw.note(name + " synchronises");
        }

        /** {@code lectern team sync} in a JVM of its own, killed once it has sent part of its work. */
        void syncKilledMidway(Draw draw, TeamServer observer) throws Exception {
            session.close();
            long before = observer.latestRev();
            ProcessBuilder child = new ProcessBuilder(javaCommand("org.lectern.Launcher", "team", "sync",
                    file.toString())).redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile());
            child.environment().put("PGPASSWORD", team.password(name));
            Process process = child.start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (process.isAlive() && observer.latestRev() == before && System.nanoTime() < deadline) {
                    process.waitFor(5, TimeUnit.MILLISECONDS);
                }
            } finally {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            draw.note(name + "'s synchronisation is killed after revision " + observer.latestRev() + " (was "
                    + before + ")");
            session = new ProjectSession(ProjectFiles.open(file), name);
            assertTrue(observer.latestRev() > before, "the killed synchronisation had sent part of its work: "
                    + Files.readString(folder.resolve("child.log")));
            assertTrue(session.teamLedger().orElseThrow().pending().size() >= BIG_EDIT,
                    "and was killed before the project had noted any of it as sent");
        }

        @Override
        public void close() {
            edits.close();
            session.close();
            server.close();
        }
    }

    private void aTeamAtWork(Draw draw) throws Exception {
        TeamFixture team = TeamFixture.create();
        try (TeamAdmin admin = TeamAdmin.at(team.db().ownerAddress(), team.db().ownerPassword())) {
            admin.addMember(team.login(CLEO), CLEO, TeamRole.ANALYST, team.password(CLEO).toCharArray());
        }
        Path here = Files.createTempDirectory(folder, "case");
        List<Member> members = new ArrayList<>();
        try (TeamServer observer = team.connect(LEAD)) {
            try {
                members.add(new Member(team, LEAD, "lead", here.resolve("lena.lectern")));
                members.get(0).edits.startingProject(draw, members.get(0).session);
                draw.repeat(0, 4, 50, d -> members.get(0).edits.perform(d, members.get(0).session));
                members.get(0).sync(draw);
                members.add(new Member(team, REVIEWER, "reviewer", here.resolve("rita.lectern")));
                members.add(new Member(team, ANA, "analyst", here.resolve("ana.lectern")));
                members.add(new Member(team, BOB, "analyst", here.resolve("bob.lectern")));
                members.add(new Member(team, CLEO, "analyst", here.resolve("cleo.lectern")));
                for (Member member : members.subList(1, members.size())) {
                    member.sync(draw);
                }
                int killedIn = draw.below(3);
                int[] round = {0};
                boolean[] killed = {false};
                draw.repeat(3, 6, 60, d -> {
                    for (Member member : members) {
                        boolean offline = d.maybe(30);
                        d.repeat(0, 4, 40, e -> member.edits.perform(e, member.session));
                        if (round[0] == killedIn && member == members.get(1 + killedIn % (members.size() - 1))) {
                            bigEdit(member, observer);
                            member.syncKilledMidway(d, observer);
                            killed[0] = true;
                        } else if (!offline) {
                            member.sync(d);
                        } else {
                            d.note(member.name + " stays offline");
                        }
                    }
                    round[0]++;
                });
                // Everyone back online: what one member's synchronisation brings may make another's send more.
                for (int i = 0; i < 3; i++) {
                    for (Member member : members) {
                        member.sync(draw);
                    }
                }
                Map<UUID, ProjectRecord> server = ServerRecords.live(observer);
                for (Member member : members) {
                    assertEquals(List.of(), member.session.teamLedger().orElseThrow().pending(),
                            member.name + " has nothing left to send");
                    assertEquals(ServerRecords.dump(server), ServerRecords.dump(ServerRecords.of(member.file)),
                            member.name + "'s project file holds the server's records, record for record");
                    assertEquals(ServerRecords.dump(server),
                            ServerRecords.dump(ServerRecords.of(member.session.state().snapshot())),
                            member.name + "'s open project holds them in memory too");
                }
                assertTrue(killed[0], "one synchronisation was killed mid-way");
            } finally {
                for (Member member : members) {
                    member.close();
                }
            }
        }
    }

    /**
     * Many highlights made at once (an import, say), or actors if there is no article (or the lead has deleted it
     * meanwhile, which would take the highlights along before they are sent): several batches to send.
     */
    private static void bigEdit(Member member, TeamServer observer) {
        ProjectSession session = member.session;
        if (session.state().documents().isEmpty() || session.state().tags().isEmpty()
                || !ServerRecords.live(observer).containsKey(session.state().documents().get(0).id())
                || !ServerRecords.live(observer).containsKey(session.state().tags().get(0).id())) {
            List<Change> actors = new ArrayList<>();
            for (int i = 0; i < BIG_EDIT; i++) {
                actors.addAll(session.edits().newActor("Actor " + i, org.lectern.model.ActorKind.values()[0])
                        .changes());
            }
            session.perform(new Edit("Many actors", actors));
            return;
        }
        Document article = session.state().documents().get(0);
        Tag tag = session.state().tags().get(0);
        List<Change> changes = new ArrayList<>();
        int length = article.text().length();
        for (int i = 0; i < BIG_EDIT; i++) {
            int start = i % Math.max(1, length - 1);
            changes.addAll(session.edits().annotate(article.id(), start, Math.min(length, start + 1), tag.id())
                    .changes());
        }
        session.perform(new Edit("Many highlights", changes));
    }

    private List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String property : List.of("user.home", "java.util.prefs.userRoot", "lectern.data.home",
                "lectern.preferences.node")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        // A child killed mid-run leaves SQLite's unpacked library behind: in a folder of the test's, not in /tmp.
        command.add("-Dorg.sqlite.tmpdir=" + folder);
        command.add("-cp");
        command.add(System.getProperty("java.class.path") + File.pathSeparator
                + System.getProperty("surefire.test.class.path", ""));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
