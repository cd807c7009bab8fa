package org.lectern.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Link;
import org.lectern.model.Passage;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;
import org.lectern.model.Verdict;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Likelihood;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ApplyOutcome;
import org.lectern.store.IncomingRecord;
import org.lectern.store.PendingRecord;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.store.StoreException;
import org.lectern.store.TeamConflict;
import org.lectern.store.TeamLedger;

/**
 * A project linked to a team notes every record an edit makes, changes or deletes (whatever made the change:
 * an edit, an undo, a cascade in SQLite), once per record, and nothing while it belongs to no team. Colleagues'
 * records brought in are written as an edit would write them and are not sent back; a record changed on both
 * sides keeps the later change and lists the other.
 */
class TeamLedgerTest {
    private static final String TEXT = "The minister said the port deal was signed on Monday.\n"
            + "Critics disputed the figures the ministry gave.";
    private static final String ANA = "Ana Reyes";
    private static final String BEN = "Ben Okafor";
    private static final Function<ProjectRecord, String> AS_TEXT = ProjectRecord::toString;

    private ScratchFolder folder;
    private Path file;
    private ProjectStore store;
    private ProjectSession session;
    private TeamLedger ledger;
    private Document article;

    @BeforeEach
    void openProject() throws Exception {
        folder = ScratchFolder.create("team");
        file = folder.resolve("project.lectern");
        store = NewProjects.create(file);
        session = new ProjectSession(store, ANA);
        ProjectSetup.ensureDefaultTags(session);
        article = Articles.add(session, Articles.write(folder, "port", TEXT));
        ledger = store.teamLedger().orElseThrow();
    }

    @AfterEach
    void closeProject() {
        store.close();
        folder.close();
    }

    private void linkAndSend() {
        ledger.link("jdbc:postgresql://team.example.org/cell", "ana");
        TeamRecords.allSent(ledger);
    }

    /** Writes records beside the window (as bringing in would), and opens the window's session again. */
    private void writeBeside(List<Change> changes) {
        store.write(changes);
        session = new ProjectSession(store, ANA);
    }

    private Tag firstTag() {
        return store.load().tags().get(0);
    }

    private int at(String passage) {
        return TEXT.indexOf(passage);
    }

    /** Performs the edit and checks that exactly the records it changed are pending, each once, as they are now. */
    private void pendingAfter(String what, Runnable edit) {
        Map<UUID, ProjectRecord> before = TeamRecords.of(store);
        edit.run();
        Map<UUID, ProjectRecord> after = TeamRecords.of(store);
        Set<UUID> changed = TeamRecords.changedBetween(before, after);
        assertFalse(changed.isEmpty(), what + " changes a record");
        List<PendingRecord> pending = ledger.pending();
        assertEquals(changed, TeamRecords.pendingIds(ledger), what + ": the records it changed are pending");
        assertEquals(changed.size(), pending.size(), what + ": each record is pending once");
        assertEquals(changed.size(), ledger.pendingCount(), what + ": the status line counts each once");
        for (PendingRecord record : pending) {
            assertEquals(after.get(record.id()), record.current(), what + ": the pending version is the current one");
        }
        TeamRecords.allSent(ledger);
    }

    private Annotation only(List<Annotation> annotations, String author) {
        return annotations.stream().filter(a -> a.stamp().author().equals(author)).findFirst().orElseThrow();
    }

    @Test
    void aProjectOfItsOwnNotesNothingWhateverTheAnalystDoes() throws Exception {
        session.perform(session.edits().annotate(article.id(), at("minister"), at("minister") + 8, firstTag().id()));
        session.perform(session.edits().newActorFromSelection(article.id(), at("Critics"), at("Critics") + 7));
        session.perform(session.tagEdits().add("Figures", "#336699"));
        session.undo();
        session.perform(session.edits().removeDocument(article.id()));

        assertEquals(List.of(), ledger.pending());
        assertEquals(0, TeamRecords.rowsIn(file, "team_outbox"), "the outbox of a project of its own stays empty");
        assertEquals(0, TeamRecords.rowsIn(file, "sqlite_sequence WHERE name = 'team_outbox' AND seq > 0"),
                "not one row was ever written to it");
    }

    @Test
    void linkingNotesEveryRecordTheProjectHoldsSoThatTheFirstSynchronisationPublishesIt() {
        session.perform(session.edits().annotate(article.id(), at("minister"), at("minister") + 8, firstTag().id()));
        ledger.link("jdbc:postgresql://team.example.org/cell", "ana");

        assertEquals(TeamRecords.of(store).keySet(), TeamRecords.pendingIds(ledger));
        assertEquals("ana", ledger.teamLink().orElseThrow().userName());
        assertEquals(0, ledger.lastRev());
    }

    @Test
    void everyKindOfEditLeavesExactlyTheRecordsItChangedPendingOnceEach() {
        linkAndSend();
        UUID tag = firstTag().id();
        pendingAfter("a highlight", () -> session.perform(
                session.edits().annotate(article.id(), at("minister"), at("minister") + 8, tag)));
        Annotation minister = store.load().annotations().get(0);
        pendingAfter("a note", () -> session.perform(session.edits().setNote(minister.id(), "Which one?")));
        pendingAfter("a retag", () -> session.perform(session.edits().retag(minister.id(),
                store.load().tags().get(1).id())));
        pendingAfter("an actor from a selection", () -> session.perform(
                session.edits().newActorFromSelection(article.id(), at("Critics"), at("Critics") + 7)));
        Actor critics = store.load().actors().get(0);
        pendingAfter("a mention", () -> session.perform(
                session.edits().addMention(critics.id(), article.id(), at("ministry"), at("ministry") + 8)));
        pendingAfter("an actor edited", () -> session.perform(session.edits().editActor(critics.id(), "The critics",
                ActorKind.GROUP, List.of("Opposition"), "Named in the second line")));
        pendingAfter("a claim", () -> session.perform(
                session.edits().newClaimFromSelection(article.id(), at("the port"), at("the port") + 8)));
        Claim claim = store.load().claims().get(0);
        pendingAfter("a claim's passage", () -> session.perform(
                session.edits().addClaimPassage(claim.id(), article.id(), at("signed"), at("signed") + 6)));
        pendingAfter("a claim edited", () -> session.perform(session.edits().editClaim(claim.id(),
                "The deal was signed", critics.id(), ClaimStatus.DISPUTED, Likelihood.LIKELY)));
        pendingAfter("evidence", () -> session.perform(
                session.edits().newEvidenceFromSelection(article.id(), at("figures"), at("figures") + 7)));
        Evidence evidence = store.load().evidence().get(0);
        pendingAfter("a link", () -> session.perform(
                session.edits().link(evidence.id(), claim.id(), Stance.REFUTES, Strength.WEAK)));
        Link link = store.load().links().get(0);
        pendingAfter("a link edited", () -> session.perform(
                session.edits().editLink(link.id(), Stance.SUPPORTS, Strength.STRONG)));
        pendingAfter("a tag", () -> session.perform(session.tagEdits().add("Figures", "#336699")));
        Tag figures = session.state().tagNamed("Figures").orElseThrow();
        pendingAfter("a tag edited", () -> session.perform(
                session.tagEdits().edit(figures.id(), "Numbers", "#a0522d", 7, "Any figure")));
        pendingAfter("a comment", () -> session.perform(session.reviewEdits().comment(minister.id(), "Name him")));
        ReviewComment comment = store.load().comments().get(0);
        pendingAfter("a reply", () -> session.perform(session.reviewEdits().reply(comment.id(), "Done")));
        pendingAfter("a thread resolved", () -> session.perform(
                session.reviewEdits().setResolved(comment.id(), true)));
        pendingAfter("a comment rewritten", () -> session.perform(
                session.reviewEdits().editComment(comment.id(), "Name him, please")));
        ProjectSession colleague = new ProjectSession(store, BEN);
        pendingAfter("a colleague's highlight", () -> colleague.perform(
                colleague.edits().annotate(article.id(), at("Monday"), at("Monday") + 6, tag)));
        Annotation bens = only(store.load().annotations(), BEN);
        session = new ProjectSession(store, ANA);
        pendingAfter("a decision", () -> session.perform(session.reviewEdits().accept(bens.id(), "Right day")));
        pendingAfter("a decision withdrawn", () -> session.perform(session.reviewEdits().undecide(bens.id())));
        pendingAfter("an undo", () -> assertTrue(session.undo()));
        pendingAfter("a redo", () -> assertTrue(session.redo()));
        pendingAfter("a renamed article", () -> session.perform(
                session.edits().renameDocument(article.id(), "Port deal")));
        pendingAfter("a link deleted", () -> session.perform(session.edits().deleteLink(link.id())));
        pendingAfter("a comment deleted", () -> session.perform(session.reviewEdits().deleteComment(comment.id())));
        pendingAfter("a tag deleted", () -> session.perform(session.tagEdits().delete(figures.id())));
        pendingAfter("evidence deleted", () -> session.perform(session.edits().deleteEvidence(evidence.id())));
        pendingAfter("an actor deleted", () -> session.perform(session.edits().deleteActor(critics.id())));
        pendingAfter("a highlight deleted", () -> session.perform(session.edits().deleteAnnotation(minister.id())));
        pendingAfter("a claim deleted", () -> session.perform(session.edits().deleteClaim(claim.id())));

        Set<UUID> highlights = new HashSet<>();
        store.load().annotations().forEach(a -> highlights.add(a.id()));
        assertFalse(highlights.isEmpty());
        pendingAfter("an article removed", () -> session.perform(session.edits().removeDocument(article.id())));
        assertEquals(List.of(), TeamRecords.of(store).values().stream().filter(r -> !(r instanceof Tag)).toList());
    }

    @Test
    void whatSqliteDeletesOrChangesByCascadeIsNotedAsWell() throws Exception {
        Tag tag = firstTag();
        Stamp stamp = Stamp.now(ANA);
        Annotation minister = highlight("minister", tag, ANA);
        Annotation figures = highlight("figures", tag, ANA);
        Actor actor = new Actor(UUID.randomUUID(), "The minister", ActorKind.PERSON, List.of("Minister"), "",
                List.of(minister.id()), stamp);
        Claim claim = new Claim(UUID.randomUUID(), "Figures were given", actor.id(), List.of(figures.id()),
                ClaimStatus.ASSERTED, Likelihood.LIKELY, stamp);
        Evidence evidence = new Evidence(UUID.randomUUID(), "The ministry's figures", List.of(figures.id()),
                Grade.parse("B2"), stamp);
        store.write(List.of(Change.created(minister), Change.created(figures), Change.created(actor),
                Change.created(claim), Change.created(evidence)));
        linkAndSend();

        // Written to the store alone: SQLite itself takes the highlight out of the lists that name it.
        store.write(List.of(Change.deleted(figures)));
        assertEquals(Set.of(figures.id(), claim.id(), evidence.id()), TeamRecords.pendingIds(ledger));
        TeamRecords.allSent(ledger);
        // Deleting the actor sets the claim's claimant to none, by cascade.
        store.write(List.of(Change.deleted(actor)));
        assertEquals(Set.of(actor.id(), claim.id()), TeamRecords.pendingIds(ledger));
        assertNull(store.load().claims().get(0).claimantId());
        TeamRecords.allSent(ledger);
        store.close();

        // Another program (the sqlite3 shell, say) deletes the article: its highlights go by cascade, and are noted.
        Properties settings = new Properties();
        settings.setProperty("foreign_keys", "true");
        try (Connection shell = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), settings);
             Statement sql = shell.createStatement()) {
            sql.executeUpdate("DELETE FROM document");
        }
        store = ProjectFiles.open(file);
        ledger = store.teamLedger().orElseThrow();
        assertEquals(Set.of(article.id(), minister.id()), TeamRecords.pendingIds(ledger));
        assertTrue(ledger.pending().stream().allMatch(PendingRecord::deleted));
    }

    private Annotation highlight(String quote, Tag tag, String author) {
        int start = at(quote);
        return new Annotation(UUID.randomUUID(), article.id(), new Passage(start, start + quote.length(), quote,
                TEXT.substring(Math.max(0, start - 32), start), TEXT.substring(start + quote.length(),
                Math.min(TEXT.length(), start + quote.length() + 32))), tag.id(), "", Stamp.now(author));
    }

    private static IncomingRecord from(ProjectRecord record, Instant modified) {
        String author = org.lectern.model.Stamps.authorOf(record).orElse(BEN);
        return IncomingRecord.version(record, author, modified);
    }

    private static IncomingRecord stamped(ProjectRecord record) {
        return from(record, org.lectern.model.Stamps.of(record).map(Stamp::modified).orElse(Instant.now()));
    }

    @Test
    void colleaguesRecordsAreWrittenAsTheyAreAndNotSentBack() throws Exception {
        linkAndSend();
        Tag tag = new Tag(UUID.randomUUID(), "Harbour", "#2e8b57", 5, "Ports and towns");
        Annotation theirs = highlight("port deal", tag, BEN);
        Actor actor = new Actor(UUID.randomUUID(), "The ministry", ActorKind.STATE, List.of(), "",
                List.of(theirs.id()), Stamp.now(BEN));
        ReviewComment comment = new ReviewComment(UUID.randomUUID(), theirs.id(), null, "Ports count?", false,
                Stamp.now(BEN));
        ApplyOutcome outcome = ledger.applyIncoming(List.of(stamped(tag), stamped(theirs), stamped(actor),
                stamped(comment)), 42, AS_TEXT);

        Map<UUID, ProjectRecord> records = TeamRecords.of(store);
        for (ProjectRecord record : List.of(tag, theirs, actor, comment)) {
            assertEquals(record, records.get(record.id()), "brought in as the team holds it");
        }
        assertEquals(new ApplyOutcome(4, 0, 0, 0), outcome.counts());
        assertEquals(List.of(), ledger.pending(), "nothing brought in is sent back");
        assertEquals(0, TeamRecords.rowsIn(file, "team_outbox"));
        assertEquals(42, ledger.lastRev());

        // A deletion brought in deletes, and is not sent back either.
        ledger.applyIncoming(List.of(IncomingRecord.deletion("annotation", theirs.id(), BEN, Instant.now())), 43,
                AS_TEXT);
        assertFalse(TeamRecords.of(store).containsKey(theirs.id()));
        assertEquals(List.of(), ((Actor) TeamRecords.of(store).get(actor.id())).mentionIds(),
                "the highlight leaves the lists that named it, as when it is deleted here");
        assertEquals(List.of(), ledger.pending());
        assertEquals(43, ledger.lastRev());
    }

    @Test
    void anArticleDeletedByTheTeamTakesItsHighlightsWithItAndNothingIsSentBack() throws Exception {
        Annotation mine = highlight("minister", firstTag(), ANA);
        Annotation theirs = highlight("Monday", firstTag(), BEN);
        writeBeside(List.of(Change.created(mine), Change.created(theirs)));
        linkAndSend();

        ledger.applyIncoming(List.of(IncomingRecord.deletion("document", article.id(), ANA, Instant.now())), 50,
                AS_TEXT);

        assertEquals(List.of(), store.load().documents());
        assertEquals(List.of(), store.load().annotations(), "its highlights went with it, as SQLite cascades");
        assertEquals(List.of(), ledger.pending(), "which the team's own copies do as well: nothing to send");
        assertEquals(0, TeamRecords.rowsIn(file, "team_outbox"));
    }

    @Test
    void aHighlightMadeHereOnAnArticleTheTeamDeletedGoesWithItAndIsListedNotLost() throws Exception {
        linkAndSend();
        Annotation mine = highlight("minister", firstTag(), ANA);
        writeBeside(List.of(Change.created(mine)));

        ledger.applyIncoming(List.of(IncomingRecord.deletion("document", article.id(), BEN, Instant.now())), 51,
                AS_TEXT);

        assertEquals(List.of(), store.load().annotations(), "the article's deletion stands, its highlights with it");
        assertEquals(List.of(), ledger.pending(), "the team never had it: nothing to send");
        List<TeamConflict> listed = ledger.conflicts();
        assertEquals(1, listed.size(), listed::toString);
        assertEquals(mine.id(), listed.get(0).id());
        assertEquals(TeamConflict.Side.LOCAL, listed.get(0).side());
        assertEquals("the team deleted its article \"" + article.title() + "\"", listed.get(0).detail());
        assertEquals(AS_TEXT.apply(mine), listed.get(0).json(), "the version made here, to be read again");
    }

    @Test
    void theSameRecordTwiceInOneListIsBroughtInAsItsLaterVersion() {
        linkAndSend();
        Annotation first = highlight("Monday", firstTag(), BEN);
        Annotation second = new Annotation(first.id(), first.documentId(), first.passage(), first.tagId(), "later",
                new Stamp(BEN, first.stamp().created(), first.stamp().modified().plusSeconds(5)));

        ApplyOutcome outcome = ledger.applyIncoming(List.of(stamped(first), stamped(second)), 60, AS_TEXT);

        assertEquals(second, TeamRecords.of(store).get(first.id()));
        assertEquals(new ApplyOutcome(1, 0, 0, 0), outcome.counts());
    }

    @Test
    void aRecordChangedHereLaterThanByTheTeamKeepsTheChangeHereAndListsTheTeams() {
        Annotation mine = highlight("minister", firstTag(), ANA);
        writeBeside(List.of(Change.created(mine)));
        linkAndSend();
        Annotation earlier = new Annotation(mine.id(), mine.documentId(), mine.passage(), mine.tagId(), "team note",
                new Stamp(ANA, mine.stamp().created(), Instant.now().minus(1, ChronoUnit.HOURS)));
        session.perform(session.edits().setNote(mine.id(), "my note"));
        Annotation here = (Annotation) TeamRecords.of(store).get(mine.id());

        ApplyOutcome outcome = ledger.applyIncoming(List.of(stamped(earlier)), 7, AS_TEXT);

        assertEquals(1, outcome.conflicts());
        assertEquals(here, TeamRecords.of(store).get(mine.id()), "the later change, made here, is kept");
        assertEquals(List.of(here), ledger.pending().stream().map(PendingRecord::current).toList(),
                "and is still to be sent");
        TeamConflict listed = ledger.conflicts().get(0);
        assertEquals(TeamConflict.Side.TEAM, listed.side());
        assertEquals(TeamConflict.Reason.CHANGED_ON_BOTH_SIDES, listed.reason());
        assertEquals(earlier.toString(), listed.json(), "the team's version is listed whole");
        assertEquals(earlier.stamp().modified(), listed.modified());
        assertEquals(7, ledger.lastRev());
    }

    @Test
    void aRecordChangedByTheTeamLaterThanHereTakesTheTeamsChangeAndListsTheOneMadeHere() throws Exception {
        Annotation mine = highlight("minister", firstTag(), ANA);
        writeBeside(List.of(Change.created(mine)));
        linkAndSend();
        session.perform(session.edits().setNote(mine.id(), "my note"));
        Annotation here = (Annotation) TeamRecords.of(store).get(mine.id());
        Annotation later = new Annotation(mine.id(), mine.documentId(), mine.passage(), mine.tagId(), "team note",
                new Stamp(ANA, mine.stamp().created(), here.stamp().modified().plusSeconds(60)));

        ApplyOutcome outcome = ledger.applyIncoming(List.of(stamped(later)), 8, AS_TEXT);

        assertEquals(1, outcome.conflicts());
        assertEquals(later, TeamRecords.of(store).get(mine.id()), "the later change, the team's, is kept");
        assertEquals(List.of(), ledger.pending(), "the change made here is not sent over it");
        assertEquals(0, TeamRecords.rowsIn(file, "team_outbox"));
        TeamConflict listed = ledger.conflicts().get(0);
        assertEquals(TeamConflict.Side.LOCAL, listed.side());
        assertEquals(here.toString(), listed.json(), "the version made here is listed whole");
        assertEquals(ANA, listed.author());
        assertEquals(here.stamp().modified(), listed.modified());
    }

    @Test
    void aRecordDeletedHereButChangedLaterByTheTeamComesBackWithTheDeletionListed() {
        Annotation mine = highlight("minister", firstTag(), ANA);
        writeBeside(List.of(Change.created(mine)));
        linkAndSend();
        session.perform(session.edits().deleteAnnotation(mine.id()));
        Annotation later = new Annotation(mine.id(), mine.documentId(), mine.passage(), mine.tagId(), "kept",
                new Stamp(ANA, mine.stamp().created(), Instant.now().plusSeconds(60)));

        ledger.applyIncoming(List.of(stamped(later)), 9, AS_TEXT);

        assertEquals(later, TeamRecords.of(store).get(mine.id()));
        assertEquals(List.of(), ledger.pending());
        TeamConflict listed = ledger.conflicts().get(0);
        assertEquals(TeamConflict.Side.LOCAL, listed.side());
        assertNull(listed.json(), "the losing version was a deletion");
    }

    @Test
    void bringingInTheSamePageAgainChangesNothing() throws Exception {
        Annotation mine = highlight("minister", firstTag(), ANA);
        writeBeside(List.of(Change.created(mine)));
        linkAndSend();
        session.perform(session.edits().setNote(mine.id(), "my note"));
        Annotation older = new Annotation(mine.id(), mine.documentId(), mine.passage(), mine.tagId(), "team note",
                new Stamp(ANA, mine.stamp().created(), Instant.now().minus(1, ChronoUnit.HOURS)));
        Annotation theirs = highlight("Monday", firstTag(), BEN);
        List<IncomingRecord> page = List.of(stamped(theirs), stamped(older),
                IncomingRecord.deletion("claim", UUID.randomUUID(), BEN, Instant.now()));
        ledger.applyIncoming(page, 12, AS_TEXT);
        ProjectFileRows once = ProjectFileRows.of(file);

        ApplyOutcome again = ledger.applyIncoming(page, 12, AS_TEXT);

        assertEquals("", ProjectFileRows.of(file).differenceFrom(once), "the file is row for row as it was");
        assertEquals(0, again.applied());
    }

    @Test
    void aFailureWhileBringingInLeavesTheFileExactlyAsItWas() throws Exception {
        Annotation mine = highlight("minister", firstTag(), ANA);
        writeBeside(List.of(Change.created(mine)));
        linkAndSend();
        ledger.applyIncoming(List.of(), 5, AS_TEXT);
        session.perform(session.edits().setNote(mine.id(), "my note"));
        Annotation theirs = highlight("Monday", firstTag(), BEN);
        Annotation older = new Annotation(mine.id(), mine.documentId(), mine.passage(), mine.tagId(), "team note",
                new Stamp(ANA, mine.stamp().created(), Instant.now().minus(1, ChronoUnit.HOURS)));
        ProjectFileRows before = ProjectFileRows.of(file);
        List<PendingRecord> pendingBefore = ledger.pending();

        // The colleague's highlight is written first; listing the conflict after it fails.
        StoreException failure = assertThrows(StoreException.class, () -> ledger.applyIncoming(
                List.of(stamped(theirs), stamped(older)), 6, record -> {
                    throw new IllegalStateException("no room left to write it");
                }));

        assertTrue(failure.getMessage().contains("nothing of it was saved"), failure.getMessage());
        assertEquals("", ProjectFileRows.of(file).differenceFrom(before), "nothing is half brought in");
        assertEquals(5, ledger.lastRev());
        assertEquals(pendingBefore, ledger.pending());
        assertFalse(TeamRecords.of(store).containsKey(theirs.id()));
    }

    @Test
    void recordsThatCannotStandHereAreSkippedAndListedWhileTheRestOfThePageIsBroughtIn() {
        linkAndSend();
        Tag tag = firstTag();
        Stamp bens = Stamp.now(BEN);
        Annotation onAGoneArticle = new Annotation(UUID.randomUUID(), UUID.randomUUID(), new Passage(0, 3, "The",
                "", " minister"), tag.id(), "", bens);
        Tag sameName = new Tag(UUID.randomUUID(), tag.name(), "#ff00ff", 0, "another tag of that name");
        Link toAMissingClaim = new Link(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Stance.SUPPORTS,
                Strength.WEAK, bens);
        Annotation reviewed = highlight("minister", tag, BEN);
        Annotation adjudicated = highlight("the port", tag, "Rita Reviewer");
        // The decision comes before the highlight it refers to: it is tried again after the rest of the page.
        ReviewDecision decision = new ReviewDecision(UUID.randomUUID(), reviewed.id(), Verdict.AMENDED,
                adjudicated.id(), "Wider", Stamp.now("Rita Reviewer"));

        ApplyOutcome outcome = ledger.applyIncoming(List.of(stamped(onAGoneArticle), stamped(reviewed),
                stamped(sameName), stamped(decision), stamped(toAMissingClaim), stamped(adjudicated)), 30, AS_TEXT);

        assertEquals(new ApplyOutcome(3, 0, 0, 3), outcome.counts());
        Map<UUID, ProjectRecord> records = TeamRecords.of(store);
        assertEquals(decision, records.get(decision.id()));
        assertEquals(adjudicated, records.get(adjudicated.id()));
        assertEquals(reviewed, records.get(reviewed.id()));
        List<UUID> skipped = new ArrayList<>();
        for (TeamConflict conflict : ledger.conflicts()) {
            assertEquals(TeamConflict.Reason.NOT_APPLICABLE, conflict.reason());
            assertFalse(conflict.detail().isBlank(), "says why");
            skipped.add(conflict.id());
        }
        assertEquals(List.of(onAGoneArticle.id(), sameName.id(), toAMissingClaim.id()), skipped);
        assertEquals(tag, store.load().tags().get(0), "the tag here keeps its name");
        assertEquals(30, ledger.lastRev());
        assertEquals(List.of(), ledger.pending());
    }

    @Test
    void sentChangesAreForgottenButAChangeMadeAfterTheSentVersionWasReadStaysPending() {
        linkAndSend();
        session.perform(session.edits().annotate(article.id(), at("minister"), at("minister") + 8, firstTag().id()));
        List<PendingRecord> read = ledger.pending();
        long upTo = read.get(read.size() - 1).seq();
        Annotation sent = (Annotation) read.get(0).current();
        session.perform(session.edits().setNote(sent.id(), "written while sending"));

        ledger.sent(upTo);

        assertEquals(Set.of(sent.id()), TeamRecords.pendingIds(ledger));
        session.undo();
        assertEquals(Set.of(sent.id()), TeamRecords.pendingIds(ledger),
                "which version the team got is not known here, so it is sent again");
        assertEquals(1, ledger.pendingCount(), "and the status line counts it");
        ledger.sent(Long.MAX_VALUE);
        assertEquals(List.of(), ledger.pending());
    }

    @Test
    void aRecordChangedAndChangedBackOrMadeAndDeletedAgainIsNotSent() {
        Annotation mine = highlight("minister", firstTag(), ANA);
        writeBeside(List.of(Change.created(mine)));
        linkAndSend();
        Edit note = session.edits().setNote(mine.id(), "passing thought");
        session.perform(note);
        session.undo();
        session.perform(session.edits().newActorFromSelection(article.id(), at("Critics"), at("Critics") + 7));
        session.undo();

        assertEquals(List.of(), ledger.pending());
        assertEquals(0, ledger.pendingCount(), "the status line has nothing to send either");
        session.perform(note);
        assertEquals(1, ledger.pendingCount(), "until the note is written again");
    }

    @Test
    void aProjectLinkedToOneTeamIsNotLinkedToAnotherUntilUnlinked() {
        ledger.link("jdbc:postgresql://team.example.org/cell", "ana");
        StoreException refused = assertThrows(StoreException.class,
                () -> ledger.link("jdbc:postgresql://other.example.org/cell", "ana"));
        assertTrue(refused.getMessage().contains("team.example.org"), refused.getMessage());

        ledger.unlink();
        assertTrue(ledger.teamLink().isEmpty());
        assertEquals(List.of(), ledger.pending());
        session.perform(session.edits().annotate(article.id(), at("minister"), at("minister") + 8, firstTag().id()));
        assertEquals(List.of(), ledger.pending(), "an unlinked project notes nothing again");
    }

    @Test
    void bringingInToAProjectOfItsOwnIsRefusedWithoutTouchingIt() throws Exception {
        ProjectFileRows before = ProjectFileRows.of(file);
        StoreException refused = assertThrows(StoreException.class, () -> ledger.applyIncoming(
                List.of(stamped(highlight("Monday", firstTag(), BEN))), 3, AS_TEXT));
        assertTrue(refused.getMessage().contains("belongs to no team"), refused.getMessage());
        assertEquals("", ProjectFileRows.of(file).differenceFrom(before));
    }
}
