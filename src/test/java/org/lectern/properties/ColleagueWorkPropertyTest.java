package org.lectern.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.review.merge.Conflict;
import org.lectern.review.merge.DocumentPairing;
import org.lectern.review.merge.MergePlan;
import org.lectern.review.merge.Orphan;
import org.lectern.service.ColleagueWork;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.service.ReviewBundle;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

/**
 * An analyst brings in the project file of colleagues, in which two or three analysts have worked: a copy of the
 * analyst's own file sent earlier, or a project the colleagues started from the same article files. Both sides
 * go on working through the service layer in between. Nothing of the colleagues' is lost: each of their records is
 * in the analyst's file afterwards, under its author's name and with its content (re-pointed at the analyst's
 * copies of the articles and tags), or listed for the analyst as a conflict or a passage that could not be placed;
 * nothing of the analyst's own changes. Bringing the same file in again changes nothing.
 */
class ColleagueWorkPropertyTest {
    private static final int TRIES = 50;
    private static final Instant NEVER = Instant.EPOCH;

    @Test
    void bringingInColleaguesWorkLosesNoneOfTheirsChangesNoneOfMineAndIsIdempotent() {
        PropertyCheck.forAll(TRIES, ColleagueWorkPropertyTest::bringIn);
    }

    private static void bringIn(Draw draw) throws Exception {
        try (ScratchFolder folder = ScratchFolder.create("colleague")) {
            List<String> texts = draw.list(1, 2, 30, RandomTexts::article);
            List<Path> articles = Articles.write(folder, texts);
            List<String> analysts = RandomTexts.analysts(draw, 2, 3);
            String me = analysts.get(0);
            List<String> colleagues = analysts.subList(1, analysts.size());
            Path mine = folder.resolve("mine.lectern");
            Path theirs = folder.resolve("theirs.lectern");
            try (ProjectStore myStore = NewProjects.create(mine)) {
                ProjectSession session = new ProjectSession(myStore, me);
                ProjectSetup.ensureDefaultTags(session);
                for (Path article : articles) {
                    Articles.add(session, article);
                }
                RandomEdits edits = new RandomEdits(folder, RandomEdits.ALL);
                draw.repeat(0, 5, 60, d -> edits.perform(d, session));
                boolean sent = draw.maybe(50);
                if (sent) {
                    ReviewBundle.export(session, theirs);
                    draw.note("— " + me + " sends a copy of the project to " + String.join(" and ", colleagues) + " —");
                }
                draw.repeat(0, 4, 50, d -> edits.perform(d, session));
                try (ProjectStore theirStore = sent ? ProjectFiles.open(theirs) : NewProjects.create(theirs)) {
                    if (!sent) {
                        draw.note("— " + String.join(" and ", colleagues) + " start a project of their own —");
                        ProjectSession setup = new ProjectSession(theirStore, colleagues.get(0));
                        ProjectSetup.ensureDefaultTags(setup);
                        for (int i = 0; i < articles.size(); i++) {
                            if (!draw.maybe(80)) {
                                continue;
                            }
                            if (draw.maybe(25)) {
                                String variant = RandomTexts.variant(draw, texts.get(i));
                                draw.note("their copy of article " + (i + 1) + " differs: " + RandomTexts.shown(variant));
                                Articles.add(setup, Articles.write(folder, "variant-" + (i + 1), variant));
                            } else {
                                Articles.add(setup, articles.get(i));
                            }
                        }
                    }
                    for (String colleague : colleagues) {
                        ProjectSession theirSession = new ProjectSession(theirStore, colleague);
                        draw.repeat(1, 8, 75, d -> edits.perform(d, theirSession));
                    }
                }
                draw.note("— " + me + " brings in their project —");

                ProjectSnapshot theirWork = ColleagueWork.open(theirs);
                ProjectSnapshot before = myStore.load();
                MergePlan plan = ColleagueWork.bringIn(session, theirs);
                ProjectSnapshot after = myStore.load();
                assertMineUnchanged(before, after);
                assertTheirsKeptOrListed(theirWork, plan, after);

                ProjectFileRows once = ProjectFileRows.of(mine);
                MergePlan again = ColleagueWork.bringIn(session, theirs);
                assertTrue(again.changesNothing(), "bringing the same file in again adds nothing, but would add "
                        + again.changes());
                assertEquals("", ProjectFileRows.of(mine).differenceFrom(once),
                        "bringing the same file in again leaves my file as it was");
            }
        }
    }

    /** Every record I had is still there, exactly as it was. */
    private static void assertMineUnchanged(ProjectSnapshot before, ProjectSnapshot after) {
        Map<UUID, ProjectRecord> now = byId(after);
        for (ProjectRecord record : records(before)) {
            assertEquals(record, now.get(record.id()), "my record is kept as it was");
        }
    }

    private static void assertTheirsKeptOrListed(ProjectSnapshot theirs, MergePlan plan, ProjectSnapshot after) {
        Set<UUID> listed = new HashSet<>();
        plan.conflicts().stream().map(Conflict::theirs).map(ProjectRecord::id).forEach(listed::add);
        Set<UUID> orphans = new HashSet<>();
        plan.orphans().stream().map(Orphan::annotation).map(Annotation::id).forEach(orphans::add);
        Map<UUID, ProjectRecord> mine = byId(after);
        Map<UUID, DocumentPairing> pairings = new HashMap<>();
        plan.pairings().forEach(p -> pairings.put(p.theirs().id(), p));
        Map<UUID, Tag> theirTags = new HashMap<>();
        theirs.tags().forEach(t -> theirTags.put(t.id(), t));

        for (Document document : theirs.documents()) {
            DocumentPairing pairing = pairings.get(document.id());
            assertTrue(pairing != null, "their article “" + document.title() + "” has a place in my project");
            if (pairing.match() != DocumentPairing.Match.REANCHORED && !listed.contains(document.id())) {
                Document placed = (Document) mine.get(pairing.target().id());
                assertTrue(placed != null && placed.text().equals(document.text()),
                        "their article “" + document.title() + "” is in my project with its text");
            }
        }
        for (Tag tag : theirs.tags()) {
            boolean named = after.tags().stream().anyMatch(t -> sameName(t, tag));
            assertTrue(named || listed.contains(tag.id()), "their tag " + tag.name() + " is in my project");
        }
        for (Annotation annotation : theirs.annotations()) {
            if (orphans.contains(annotation.id()) || listed.contains(annotation.id())) {
                continue;
            }
            String what = "their highlight " + RandomTexts.shown(annotation.passage().quote()) + " by "
                    + annotation.stamp().author();
            ProjectRecord record = mine.get(annotation.id());
            assertTrue(record instanceof Annotation, what + " is in my project (or listed)");
            Annotation arrived = (Annotation) record;
            DocumentPairing pairing = pairings.get(annotation.documentId());
            assertEquals(pairing.target().id(), arrived.documentId(), what + " is on my copy of the article");
            if (pairing.match() == DocumentPairing.Match.REANCHORED) {
                assertEquals(annotation.passage().quote(), arrived.passage().quote(), what + " keeps its words");
            } else {
                assertEquals(annotation.passage(), arrived.passage(), what + " keeps its passage");
            }
            assertEquals(annotation.stamp().author(), arrived.stamp().author(), what + " keeps its author");
            assertEquals(annotation.note(), arrived.note(), what + " keeps its note");
            Tag theirTag = theirTags.get(annotation.tagId());
            Tag myTag = after.tags().stream().filter(t -> t.id().equals(arrived.tagId())).findFirst().orElseThrow();
            assertTrue(sameName(myTag, theirTag) || listed.contains(theirTag.id()),
                    what + " keeps its tag " + theirTag.name() + " (or the tag's difference is listed), not "
                            + myTag.name());
        }
        for (Actor actor : theirs.actors()) {
            assertArrived(actor, new Actor(actor.id(), actor.name(), actor.kind(), actor.aliases(),
                    actor.description(), without(actor.mentionIds(), orphans), untimed(actor.stamp())), mine,
                    listed, "their actor " + actor.name());
        }
        for (Claim claim : theirs.claims()) {
            assertArrived(claim, new Claim(claim.id(), claim.statement(), claim.claimantId(),
                    without(claim.passageIds(), orphans), claim.status(), claim.likelihood(), untimed(claim.stamp())),
                    mine, listed, "their claim " + RandomTexts.shown(claim.statement()));
        }
        for (Evidence item : theirs.evidence()) {
            assertArrived(item, new Evidence(item.id(), item.description(), without(item.passageIds(), orphans),
                    item.grade(), untimed(item.stamp())), mine, listed,
                    "their evidence " + RandomTexts.shown(item.description()));
        }
        for (Link link : theirs.links()) {
            Optional<Link> sameEnds = after.links().stream().filter(l -> l.evidenceId().equals(link.evidenceId())
                    && l.claimId().equals(link.claimId())).findFirst();
            assertTrue(sameEnds.isPresent(), "their link of evidence to a claim is in my project");
            boolean sameJudgement = sameEnds.get().stance() == link.stance()
                    && sameEnds.get().strength() == link.strength();
            assertTrue(sameJudgement || listed.contains(link.id()), "their link " + link.stance() + " ("
                    + link.strength() + ") is in my project, or listed where I judged it otherwise");
            if (sameEnds.get().id().equals(link.id())) {
                assertEquals(link.stamp().author(), sameEnds.get().stamp().author(), "their link keeps its author");
            }
        }
    }

    /** Their record (content re-pointed as expected, times aside) is in my project, or listed as a conflict. */
    private static void assertArrived(ProjectRecord theirs, ProjectRecord expected, Map<UUID, ProjectRecord> mine,
                                      Set<UUID> listed, String what) {
        if (listed.contains(theirs.id())) {
            return;
        }
        ProjectRecord arrived = mine.get(theirs.id());
        assertTrue(arrived != null, what + " is in my project (or listed)");
        assertEquals(expected, untimed(arrived), what + " arrives with its content, under its author's name");
    }

    private static ProjectRecord untimed(ProjectRecord record) {
        if (record instanceof Actor a) {
            return new Actor(a.id(), a.name(), a.kind(), a.aliases(), a.description(), a.mentionIds(),
                    untimed(a.stamp()));
        }
        if (record instanceof Claim c) {
            return new Claim(c.id(), c.statement(), c.claimantId(), c.passageIds(), c.status(), c.likelihood(),
                    untimed(c.stamp()));
        }
        if (record instanceof Evidence e) {
            return new Evidence(e.id(), e.description(), e.passageIds(), e.grade(), untimed(e.stamp()));
        }
        return record;
    }

    /** Who made a record, without when: a record edited and edited back is the same record. */
    private static Stamp untimed(Stamp stamp) {
        return new Stamp(stamp.author(), NEVER, NEVER);
    }

    private static List<UUID> without(List<UUID> ids, Set<UUID> left) {
        return ids.stream().filter(id -> !left.contains(id)).toList();
    }

    private static boolean sameName(Tag a, Tag b) {
        return a.name().strip().toLowerCase(Locale.ROOT).equals(b.name().strip().toLowerCase(Locale.ROOT));
    }

    private static List<ProjectRecord> records(ProjectSnapshot project) {
        List<ProjectRecord> all = new ArrayList<>();
        all.addAll(project.documents());
        all.addAll(project.tags());
        all.addAll(project.annotations());
        all.addAll(project.actors());
        all.addAll(project.claims());
        all.addAll(project.evidence());
        all.addAll(project.links());
        all.addAll(project.comments());
        all.addAll(project.decisions());
        return all;
    }

    private static Map<UUID, ProjectRecord> byId(ProjectSnapshot project) {
        Map<UUID, ProjectRecord> byId = new HashMap<>();
        records(project).forEach(record -> byId.put(record.id(), record));
        return byId;
    }
}
