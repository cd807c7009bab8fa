package org.lectern.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.team.TeamFixture.ANA;
import static org.lectern.team.TeamFixture.BOB;
import static org.lectern.team.TeamFixture.LEAD;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.DocumentMetadata;
import org.lectern.service.ColleagueWork;
import org.lectern.service.ProjectSession;
import org.lectern.service.team.TeamSync;
import org.lectern.store.TeamConflict;
import org.lectern.store.team.RecordJson;
import org.lectern.store.team.TeamServer;

/**
 * The same work reaching a project two ways: a colleague's work brought in by file and by the server, and one
 * analyst's work on two laptops.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamSameWorkTest {
    @TempDir
    Path folder;

    private TeamFixture team;
    private UUID article;

    @BeforeEach
    void aTeamWithAPublishedArticle() throws Exception {
        team = TeamFixture.create();
        try (ProjectSession lena = project("start.lectern", LEAD); TeamServer server = team.connect(LEAD)) {
            org.lectern.service.ProjectSetup.ensureDefaultTags(lena);
            lena.perform(lena.edits().addDocument("Crates at Varno", DocumentMetadata.EMPTY, TeamFixture.TEXT));
            article = lena.state().documents().get(0).id();
            new TeamSync(server).syncOnce(lena);
        }
    }

    private ProjectSession project(String file, String analyst) throws Exception {
        ProjectSession session = new ProjectSession(org.lectern.store.ProjectFiles.create(folder.resolve(file)),
                analyst);
        session.teamLedger().orElseThrow().link(team.db().url(), team.login(analyst));
        return session;
    }

    private static void sync(ProjectSession session, TeamServer server) {
        new TeamSync(server).syncOnce(session);
    }

    @Test
    void a_colleagues_work_brought_in_by_file_and_by_the_server_ends_as_the_same_records_without_duplicates()
            throws Exception {
        try (TeamServer anaServer = team.connect(ANA); TeamServer bobServer = team.connect(BOB);
             TeamServer lenaServer = team.connect(LEAD);
             ProjectSession bob = project("bob.lectern", BOB); ProjectSession lena = project("lena.lectern", LEAD)) {
            sync(bob, bobServer);
            sync(lena, lenaServer);
            Path anasFile = folder.resolve("ana.lectern");
            try (ProjectSession ana = project("ana.lectern", ANA)) {
                sync(ana, anaServer);
                UUID tag = ana.state().tags().get(0).id();
                ana.perform(ana.edits().annotate(article, 0, 7, tag));
                ana.perform(ana.edits().newActorFromSelection(article, 8, 16));
                ana.perform(ana.edits().newClaimFromSelection(article, 47, 70));
                sync(ana, anaServer);
            }

            ColleagueWork.bringIn(bob, anasFile);
            assertTrue(bob.state().annotationCount() >= 3, "Ana's work came in by file");
            sync(bob, bobServer);
            sync(lena, lenaServer);

            List<String> server = ServerRecords.dump(ServerRecords.live(lenaServer));
            assertEquals(server, ServerRecords.dump(ServerRecords.of(bob.state().snapshot())),
                    "by file, then by the server: the same records, none twice");
            assertEquals(server, ServerRecords.dump(ServerRecords.of(lena.state().snapshot())), "by the server");
            assertEquals(List.of(), bob.teamLedger().orElseThrow().pending(),
                    "Ana's work brought in by file is not Bob's to send");
        }
    }

    @Test
    void the_same_analyst_on_two_laptops_keeps_the_later_change_on_both_and_lists_the_other() throws Exception {
        try (TeamServer first = team.connect(ANA); TeamServer second = team.connect(ANA);
             ProjectSession office = project("office.lectern", ANA);
             ProjectSession laptop = project("laptop.lectern", ANA)) {
            sync(office, first);
            office.perform(office.edits().annotate(article, 0, 7, office.state().tags().get(0).id()));
            sync(office, first);
            sync(laptop, second);
            UUID highlight = office.state().annotationsOf(article).get(0).id();

            office.perform(office.edits().setNote(highlight, "written at the office"));
            Annotation earlier = office.state().annotation(highlight).orElseThrow();
            laptop.perform(laptop.edits().setNote(highlight, "written later, on the laptop"));
            Annotation later = laptop.state().annotation(highlight).orElseThrow();
            assertTrue(later.stamp().modified().isAfter(earlier.stamp().modified()));

            sync(office, first);
            sync(laptop, second);
            sync(office, first);

            assertEquals(later, office.state().annotation(highlight).orElseThrow(), "the later change, at the office");
            assertEquals(later, laptop.state().annotation(highlight).orElseThrow(), "and on the laptop");
            TeamConflict listed = laptop.teamLedger().orElseThrow().conflicts().get(0);
            assertEquals(highlight, listed.id());
            assertEquals(TeamConflict.Side.TEAM, listed.side());
            assertEquals(RecordJson.write(earlier), listed.json(), "the office's version is listed on the laptop");
            assertEquals(List.of(), office.teamLedger().orElseThrow().conflicts(),
                    "the office's change was simply replaced by a later one");
        }
    }

    @Test
    void when_the_later_change_arrives_first_the_earlier_one_made_here_is_listed() throws Exception {
        try (TeamServer first = team.connect(ANA); TeamServer second = team.connect(ANA);
             ProjectSession office = project("office.lectern", ANA);
             ProjectSession laptop = project("laptop.lectern", ANA)) {
            sync(office, first);
            office.perform(office.edits().annotate(article, 0, 7, office.state().tags().get(0).id()));
            sync(office, first);
            sync(laptop, second);
            UUID highlight = office.state().annotationsOf(article).get(0).id();

            office.perform(office.edits().setNote(highlight, "written at the office"));
            Annotation earlier = office.state().annotation(highlight).orElseThrow();
            laptop.perform(laptop.edits().setNote(highlight, "written later, on the laptop"));
            Annotation later = laptop.state().annotation(highlight).orElseThrow();

            sync(laptop, second);
            sync(office, first);
            sync(laptop, second);

            assertEquals(later, office.state().annotation(highlight).orElseThrow());
            assertEquals(later, laptop.state().annotation(highlight).orElseThrow());
            TeamConflict listed = office.teamLedger().orElseThrow().conflicts().get(0);
            assertEquals(TeamConflict.Side.LOCAL, listed.side());
            assertEquals(RecordJson.write(earlier), listed.json(), "the office's own version is listed there");
            assertEquals(List.of(), office.teamLedger().orElseThrow().pending(), "and not sent");
        }
    }
}
