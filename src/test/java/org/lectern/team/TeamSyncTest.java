package org.lectern.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.team.TeamFixture.ANA;
import static org.lectern.team.TeamFixture.LEAD;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.service.ProjectEvent;
import org.lectern.service.ProjectSession;
import org.lectern.service.team.SyncReport;
import org.lectern.service.team.TeamConnection;
import org.lectern.service.team.TeamProjects;
import org.lectern.service.team.TeamSync;
import org.lectern.store.ProjectFiles;
import org.lectern.store.TeamLedger;
import org.lectern.store.team.ServerRecord;
import org.lectern.store.team.TeamServer;

/** Two analysts' projects synchronised through the team's server: each sees the other's work, in memory too. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamSyncTest {
    @TempDir
    Path folder;

    private TeamFixture team;

    @BeforeEach
    void aTeam() {
        team = TeamFixture.create();
    }

    private ProjectSession project(String file, String analyst) throws Exception {
        ProjectSession session = new ProjectSession(ProjectFiles.create(folder.resolve(file)), analyst);
        session.teamLedger().orElseThrow().link(team.db().url(), team.login(analyst));
        return session;
    }

    @Test
    void colleagues_work_arrives_in_the_open_project_as_a_received_change_that_is_not_undone() throws Exception {
        try (ProjectSession lena = project("lena.lectern", LEAD); ProjectSession ana = project("ana.lectern", ANA);
             TeamServer lenaServer = team.connect(LEAD); TeamServer anaServer = team.connect(ANA)) {
            lena.perform(lena.tagEdits().add("Actor", "#336699"));
            lena.perform(lena.edits().addDocument("Crates at Varno", DocumentMetadata.EMPTY, TeamFixture.TEXT));
            Document article = lena.state().documents().get(0);
            lena.perform(lena.edits().annotate(article.id(), 0, 7, lena.state().tags().get(0).id()));
            SyncReport published = new TeamSync(lenaServer).syncOnce(lena);
            assertEquals(3, published.sent().written().size(), "the lead sends the article, the tag, the highlight");

            List<ProjectEvent> heard = new ArrayList<>();
            ana.addListener(heard::add);
            SyncReport downloaded = new TeamSync(anaServer).syncOnce(ana);
            assertEquals(3, downloaded.received().applied());
            assertEquals(List.of(article), ana.state().documents(), "memory follows what was written");
            assertEquals(lena.state().annotationsOf(article.id()), ana.state().annotationsOf(article.id()));
            assertEquals(1, ana.state().annotationCount());
            assertEquals(1, heard.size());
            assertEquals(ProjectEvent.Kind.RECEIVED, heard.get(0).kind());
            assertEquals(3, heard.get(0).changes().size());
            assertFalse(ana.undo(), "colleagues' work is not the analyst's edit to undo");

            ana.perform(ana.edits().annotate(article.id(), 8, 16, ana.state().tags().get(0).id()));
            SyncReport sent = new TeamSync(anaServer).syncOnce(ana);
            assertEquals(1, sent.sent().written().size());
            assertEquals(List.of(), ana.teamLedger().orElseThrow().pending());

            new TeamSync(lenaServer).syncOnce(lena);
            assertEquals(ana.state().annotationsOf(article.id()), lena.state().annotationsOf(article.id()));
            assertEquals(2, lena.state().annotationCount());
        }
    }

    @Test
    void an_article_deleted_by_the_lead_leaves_the_open_project_with_its_highlights_in_memory_too()
            throws Exception {
        try (ProjectSession lena = project("lena.lectern", LEAD); ProjectSession ana = project("ana.lectern", ANA);
             TeamServer lenaServer = team.connect(LEAD); TeamServer anaServer = team.connect(ANA)) {
            lena.perform(lena.tagEdits().add("Actor", "#336699"));
            lena.perform(lena.edits().addDocument("Crates at Varno", DocumentMetadata.EMPTY, TeamFixture.TEXT));
            UUID article = lena.state().documents().get(0).id();
            new TeamSync(lenaServer).syncOnce(lena);
            new TeamSync(anaServer).syncOnce(ana);
            ana.perform(ana.edits().annotate(article, 0, 7, ana.state().tags().get(0).id()));
            Annotation anas = ana.state().annotationsOf(article).get(0);
            ana.perform(ana.edits().newActorFromSelection(article, 8, 16));
            new TeamSync(anaServer).syncOnce(ana);

            lena.perform(lena.edits().removeDocument(article));
            new TeamSync(lenaServer).syncOnce(lena);
            new TeamSync(anaServer).syncOnce(ana);

            assertEquals(List.of(), ana.state().documents());
            assertEquals(0, ana.state().annotationCount(), "the highlights went with it, in memory as in the file");
            assertTrue(ana.state().annotation(anas.id()).isEmpty());
            assertEquals(List.of(), ana.state().actors().get(0).mentionIds(),
                    "the actor lists no mention of a highlight that went, in memory as in the file");
            TeamLedger ledger = ana.teamLedger().orElseThrow();
            assertEquals(List.of(), ledger.pending(), "what the deletion took of hers is sent");
            assertEquals(ServerRecords.dump(ServerRecords.of(ana.state().snapshot())),
                    ServerRecords.dump(ServerRecords.live(anaServer)),
                    "the team no longer holds her highlights on the article, and holds her actor as it is now");
        }
    }

    @Test
    void two_members_linking_the_same_evidence_and_claim_apart_end_with_the_later_link_everywhere_and_the_other_listed()
            throws Exception {
        try (ProjectSession lena = project("lena.lectern", LEAD); ProjectSession ana = project("ana.lectern", ANA);
             TeamServer lenaServer = team.connect(LEAD); TeamServer anaServer = team.connect(ANA)) {
            UUID[] pair = publishEvidenceAndAClaim(lena, lenaServer, ana, anaServer);
            UUID evidence = pair[0];
            UUID claim = pair[1];

            // Apart: Ana says the evidence supports the claim and sends it; Lena, later, that it refutes it.
            ana.perform(ana.edits().link(evidence, claim, Stance.SUPPORTS, Strength.MODERATE));
            new TeamSync(anaServer).syncOnce(ana);
            lena.perform(lena.edits().link(evidence, claim, Stance.REFUTES, Strength.STRONG));
            inTurns(2, lenaServer, lena, anaServer, ana);

            everyoneHoldsWhatTheServerHolds(anaServer, lena, ana);
            for (ProjectSession member : List.of(lena, ana)) {
                assertEquals(Stance.REFUTES, member.state().link(evidence, claim).orElseThrow().stance(),
                        "the later link stands with " + member.analyst());
            }
            assertEquals(1, ana.teamLedger().orElseThrow().conflicts().size(), "Ana's link that gave way is listed");
            assertEquals(1, lena.teamLedger().orElseThrow().conflicts().size(),
                    "so is the one Lena did not bring in");
        }
    }

    @Test
    void linking_evidence_and_a_claim_a_colleague_linked_already_makes_a_link_of_ones_own_that_stands_everywhere()
            throws Exception {
        try (ProjectSession lena = project("lena.lectern", LEAD); ProjectSession ana = project("ana.lectern", ANA);
             TeamServer lenaServer = team.connect(LEAD); TeamServer anaServer = team.connect(ANA)) {
            UUID[] pair = publishEvidenceAndAClaim(lena, lenaServer, ana, anaServer);
            UUID evidence = pair[0];
            UUID claim = pair[1];
            ana.perform(ana.edits().link(evidence, claim, Stance.SUPPORTS, Strength.MODERATE));
            new TeamSync(anaServer).syncOnce(ana);
            new TeamSync(lenaServer).syncOnce(lena);
            UUID anasLink = lena.state().link(evidence, claim).orElseThrow().id();

            // Lena, holding Ana's link, judges that the evidence refutes the claim.
            lena.perform(lena.edits().link(evidence, claim, Stance.REFUTES, Strength.STRONG));
            inTurns(2, lenaServer, lena, anaServer, ana);

            everyoneHoldsWhatTheServerHolds(anaServer, lena, ana);
            for (ProjectSession member : List.of(lena, ana)) {
                var link = member.state().link(evidence, claim).orElseThrow();
                assertEquals(List.of(LEAD, Stance.REFUTES), List.of(link.stamp().author(), link.stance()),
                        "Lena's own link stands with " + member.analyst());
                assertFalse(link.id().equals(anasLink), "Ana's link was not rewritten under her name");
            }
        }
    }

    @Test
    void a_tag_the_lead_deleted_while_an_analyst_highlighted_with_it_offline_ends_the_same_everywhere_with_the_highlight_listed()
            throws Exception {
        try (ProjectSession lena = project("lena.lectern", LEAD); ProjectSession ana = project("ana.lectern", ANA);
             TeamServer lenaServer = team.connect(LEAD); TeamServer anaServer = team.connect(ANA)) {
            lena.perform(lena.tagEdits().add("Actor", "#336699"));
            UUID article = publishAnArticleTaggedWithPlace(lena, lenaServer, ana, anaServer);
            UUID place = lena.state().tagNamed("Place").orElseThrow().id();

            lena.perform(lena.tagEdits().delete(place));
            new TeamSync(lenaServer).syncOnce(lena);
            // Offline, Ana still has the tag, and highlights "Varno" with it; then she synchronises.
            ana.perform(ana.edits().annotate(article, TeamFixture.TEXT.indexOf("Varno"),
                    TeamFixture.TEXT.indexOf("Varno") + 5, place));
            UUID varno = ana.state().annotationsOf(article).get(0).id();
            new TeamSync(anaServer).syncOnce(ana);
            inTurns(2, lenaServer, lena, anaServer, ana);

            everyoneHoldsWhatTheServerHolds(anaServer, lena, ana);
            assertTrue(ana.state().tagNamed("Place").isEmpty(), "the lead's deletion of the tag stands");
            List<String> anasList = TeamConnection.conflicts(ana).stream()
                    .map(note -> note.describe(java.time.ZoneOffset.UTC).substring(21)).toList();
            assertEquals(List.of("annotation \"Varno\": Ana Analyst's version made here was removed: the team"
                    + " deleted its tag \"Place\""), anasList, "and her highlight is listed where she can read it");
        }
    }

    @Test
    void a_tag_the_lead_deleted_offline_while_an_analysts_highlight_with_it_reached_the_team_takes_the_highlight_everywhere()
            throws Exception {
        try (ProjectSession lena = project("lena.lectern", LEAD); ProjectSession ana = project("ana.lectern", ANA);
             TeamServer lenaServer = team.connect(LEAD); TeamServer anaServer = team.connect(ANA)) {
            UUID article = publishAnArticleTaggedWithPlace(lena, lenaServer, ana, anaServer);
            UUID place = lena.state().tagNamed("Place").orElseThrow().id();

            ana.perform(ana.edits().annotate(article, 0, 7, place));
            new TeamSync(anaServer).syncOnce(ana);
            // Offline, Lena sees no highlight with the tag and deletes it; then she synchronises.
            lena.perform(lena.tagEdits().delete(place));
            inTurns(2, lenaServer, lena, anaServer, ana);

            everyoneHoldsWhatTheServerHolds(anaServer, lena, ana);
            assertEquals(0, ana.state().annotationCount(), "the tag's deletion took Ana's highlight with it,"
                    + " and the removal was sent: the team holds it no more either");
        }
    }

    @Test
    void a_first_download_of_more_records_than_its_first_pages_hold_brings_every_one() throws Exception {
        try (ProjectSession lena = project("lena.lectern", LEAD); ProjectSession ana = project("ana.lectern", ANA);
             TeamServer lenaServer = team.connect(LEAD); TeamServer anaServer = team.connect(ANA);
             TeamServer bobServer = team.connect(TeamFixture.BOB)) {
            UUID article = publishAnArticleTaggedWithPlace(lena, lenaServer, ana, anaServer);
            UUID place = lena.state().tags().get(0).id();
            List<ServerRecord> highlights = new ArrayList<>();
            Instant now = Instant.now();
            for (int i = 0; i < 2_345; i++) {
                highlights.add(TeamFixture.sent(TeamFixture.annotation(article, place, ANA, now.minusMillis(i))));
            }
            anaServer.push(highlights);

            Path bobs = folder.resolve("bob.lectern");
            SyncReport made = TeamProjects.download(bobs, bobServer);

            assertEquals(2_347, made.received().applied(), "the article, the tag and every highlight");
            assertEquals(ServerRecords.dump(ServerRecords.live(bobServer)),
                    ServerRecords.dump(ServerRecords.of(bobs)), "Bob's new project holds the server's records");
        }
    }

    @Test
    void a_comment_arriving_on_an_actor_deleted_here_goes_from_memory_too_once_the_deletion_comes_back()
            throws Exception {
        try (ProjectSession lena = project("lena.lectern", LEAD);
             ProjectSession rita = project("rita.lectern", TeamFixture.REVIEWER);
             TeamServer lenaServer = team.connect(LEAD); TeamServer ritaServer = team.connect(TeamFixture.REVIEWER)) {
            lena.perform(lena.edits().newActor("Customs service", ActorKind.values()[0]));
            UUID actor = lena.state().actors().get(0).id();
            new TeamSync(lenaServer).syncOnce(lena);
            new TeamSync(ritaServer).syncOnce(rita);

            rita.perform(rita.reviewEdits().comment(actor, "Which service?"));
            new TeamSync(ritaServer).syncOnce(rita);
            lena.perform(lena.edits().deleteActor(actor)); // before her next synchronisation brings the comment
            new TeamSync(lenaServer).syncOnce(lena);
            new TeamSync(lenaServer).syncOnce(lena); // her deletion comes back before Rita has heard of it
            assertEquals(List.of(), lena.state().comments(), "no comment is left on an actor that is gone");
            inTurns(2, lenaServer, lena, ritaServer, rita);

            everyoneHoldsWhatTheServerHolds(lenaServer, lena, rita);
            assertEquals(List.of(), lena.state().comments(), "no comment is left on an actor that is gone");
        }
    }

    /** The lead publishes an article with an item of evidence and a claim, and Ana brings them in; their ids. */
    private static UUID[] publishEvidenceAndAClaim(ProjectSession lena, TeamServer lenaServer, ProjectSession ana,
                                                   TeamServer anaServer) {
        lena.perform(lena.tagEdits().add("Actor", "#336699"));
        lena.perform(lena.edits().addDocument("Crates at Varno", DocumentMetadata.EMPTY, TeamFixture.TEXT));
        UUID article = lena.state().documents().get(0).id();
        lena.perform(lena.edits().newEvidenceFromSelection(article, 0, 16));
        lena.perform(lena.edits().newClaimFromSelection(article, 47, 69));
        UUID evidence = lena.state().evidence().get(0).id();
        UUID claim = lena.state().claims().get(0).id();
        new TeamSync(lenaServer).syncOnce(lena);
        new TeamSync(anaServer).syncOnce(ana);
        return new UUID[] {evidence, claim};
    }

    /** The lead publishes the tag "Place" and an article, and Ana brings them in; the article's id. */
    private static UUID publishAnArticleTaggedWithPlace(ProjectSession lena, TeamServer lenaServer, ProjectSession ana,
                                                        TeamServer anaServer) {
        lena.perform(lena.tagEdits().add("Place", "#2e8b57"));
        lena.perform(lena.edits().addDocument("Crates at Varno", DocumentMetadata.EMPTY, TeamFixture.TEXT));
        new TeamSync(lenaServer).syncOnce(lena);
        new TeamSync(anaServer).syncOnce(ana);
        return lena.state().documents().get(0).id();
    }

    /** Lena, then Ana, synchronise, {@code rounds} times. */
    private static void inTurns(int rounds, TeamServer lenaServer, ProjectSession lena, TeamServer anaServer,
                                ProjectSession ana) {
        for (int round = 0; round < rounds; round++) {
            new TeamSync(lenaServer).syncOnce(lena);
            new TeamSync(anaServer).syncOnce(ana);
        }
    }

    /** Each member's project file and open project hold the server's records, record for record, nothing to send. */
    private static void everyoneHoldsWhatTheServerHolds(TeamServer server, ProjectSession... members)
            throws Exception {
        List<String> held = ServerRecords.dump(ServerRecords.live(server));
        for (ProjectSession member : members) {
            String who = member.analyst();
            assertEquals(held, ServerRecords.dump(ServerRecords.of(member.location())),
                    who + "'s project file holds the server's records, record for record");
            assertEquals(held, ServerRecords.dump(ServerRecords.of(member.state().snapshot())),
                    who + "'s open project holds them too");
            assertEquals(List.of(), member.teamLedger().orElseThrow().pending(), who + " has nothing to send");
        }
    }
}
