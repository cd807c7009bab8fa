package org.lectern.review.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Stance;
import org.lectern.model.Tag;

/** Two analysts who imported the same article, each into their own project, each annotating it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SameArticleMergeTest {
    private final Project ada = Project.of("Ada");
    private final Document adasArticle = ada.document("Border report", Project.ARTICLE);
    private final Project ben = Project.of("Ben");
    private final Document bensArticle = ben.document("Border report (Wire)", Project.ARTICLE);

    {
        Annotation minister = ada.annotate(adasArticle, "Jane Doe", "Actor");
        ada.claim("Troops withdrawn", ada.actor("Jane Doe", List.of(), minister),
                ada.annotate(adasArticle, "had withdrawn its troops", "Claim"));
    }

    @Test
    void their_layer_arrives_with_their_authors_and_uuids_pointed_at_my_document_and_tags() {
        Annotation denial = ben.annotate(bensArticle, "denied that any troops had moved", "Claim");
        Annotation images = ben.annotate(bensArticle, "Satellite images", "Evidence");
        Actor spokesman = ben.actor("Northern Alliance spokesman", List.of(),
                ben.annotate(bensArticle, "A spokesman for the Northern Alliance", "Actor"));
        Claim claim = ben.claim("No troops moved", spokesman, denial);
        Evidence evidence = ben.evidence("Convoys on satellite images", images);
        Link link = ben.link(evidence, claim, Stance.REFUTES);

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());

        assertEquals("Ben", plan.colleague());
        assertEquals(List.of(new DocumentPairing(bensArticle, adasArticle, DocumentPairing.Match.SAME_TEXT)),
                plan.pairings());
        assertEquals(3, plan.added(Annotation.class));
        assertEquals(7, plan.changes().size(), "annotations, actor, claim, evidence and link: " + plan.changes());
        for (Change change : plan.changes()) {
            assertNull(change.before(), "only creations");
            assertEquals("Ben", Stamps.of(change.after()).orElseThrow().author());
        }
        Annotation arrived = created(plan, Annotation.class, denial.id());
        assertEquals(adasArticle.id(), arrived.documentId(), "re-pointed at my copy of the article");
        assertEquals(ada.tagNamed("Claim").id(), arrived.tagId(), "re-tagged with my tag of the same name");
        assertEquals(denial.passage(), arrived.passage());
        assertEquals(denial.stamp(), arrived.stamp(), "their stamp, untouched");
        assertEquals(claim, created(plan, Claim.class, claim.id()));
        assertEquals(evidence, created(plan, Evidence.class, evidence.id()));
        assertEquals(link, created(plan, Link.class, link.id()));
        assertEquals(spokesman, created(plan, Actor.class, spokesman.id()));
        assertTrue(plan.orphans().isEmpty() && plan.conflicts().isEmpty() && plan.actorProposals().isEmpty());
    }

    @Test
    void bringing_in_the_same_work_twice_adds_nothing_the_second_time() {
        ben.claim("No troops moved", null, ben.annotate(bensArticle, "denied that any troops had moved", "Claim"));
        ben.tag("Rumour", "#777777", 9);

        MergePlan first = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());
        ada.apply(first.changes());
        MergePlan second = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());

        assertEquals(3, first.changes().size(), first.changes().toString());
        assertEquals(List.of(), second.changes());
        assertTrue(second.changesNothing());
        assertEquals(List.of(), second.conflicts());
        assertEquals("Ben", second.colleague(), "still named after whose work it is");
    }

    @Test
    void nothing_of_mine_is_changed_and_records_we_share_are_already_here() {
        Project bensCopy = ada.copyFor("Ben");
        Document article = bensCopy.documents.get(0);
        bensCopy.annotate(article, "Coastal Institute", "Actor");
        Set<UUID> mine = new HashSet<>();
        ada.snapshot().annotations().forEach(a -> mine.add(a.id()));
        ada.snapshot().claims().forEach(c -> mine.add(c.id()));
        ada.snapshot().actors().forEach(a -> mine.add(a.id()));
        ada.snapshot().tags().forEach(t -> mine.add(t.id()));
        mine.add(adasArticle.id());

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), bensCopy.snapshot());

        assertEquals(1, plan.changes().size(), plan.changes().toString());
        assertFalse(mine.contains(plan.changes().get(0).after().id()));
        assertEquals(List.of(), plan.conflicts());
        assertEquals("Ben", plan.colleague(), "Ada's own records, also in Ben's file, are not Ben's work");
    }

    @Test
    void a_record_of_mine_they_changed_is_listed_as_a_conflict_and_not_applied() {
        Project bensCopy = ada.copyFor("Ben");
        Claim myClaim = ada.claims.get(0);
        Claim theirEdit = bensCopy.replace(myClaim.edited("Troops partly withdrawn", myClaim.claimantId(),
                ClaimStatus.DISPUTED, myClaim.likelihood()));

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), bensCopy.snapshot());

        assertEquals(List.of(), plan.changes());
        assertEquals(1, plan.conflicts().size());
        Conflict conflict = plan.conflicts().get(0);
        assertEquals(myClaim, conflict.yours());
        assertEquals(theirEdit, conflict.theirs());
        assertEquals("claim “Troops withdrawn” — their copy has a different statement and status; yours is kept",
                conflict.reason());
    }

    @Test
    void a_link_between_the_same_evidence_and_claim_as_mine_conflicts_only_if_it_says_something_else() {
        Evidence images = ada.evidence("Satellite images", ada.annotate(adasArticle, "Satellite images", "Evidence"));
        Project bensCopy = ada.copyFor("Ben");
        Claim claim = ada.claims.get(0);
        Link mine = ada.link(images, claim, Stance.SUPPORTS);
        bensCopy.link(images, claim, Stance.SUPPORTS);
        Project carolsCopy = bensCopy.copyFor("Carol");
        carolsCopy.links.clear();
        Link carols = carolsCopy.link(images, claim, Stance.REFUTES);

        assertEquals(List.of(), ColleagueMerge.plan(ada.snapshot(), bensCopy.snapshot()).changes(),
                "the same link made twice is already here");
        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), carolsCopy.snapshot());
        assertEquals(List.of(), plan.changes());
        assertEquals(List.of(new Conflict(mine, carols, "the link from evidence “Satellite images” to claim"
                + " “Troops withdrawn” — you linked them too: theirs refutes (moderate), yours supports (moderate);"
                + " yours is kept")), plan.conflicts());
    }

    @Test
    void a_tag_i_do_not_have_is_added_and_gives_up_a_key_i_already_use() {
        Tag rumour = ben.tag("Rumour", "#777777", 2);
        Tag place = ben.tagNamed("Place");
        ben.annotate(bensArticle, "Coastal Institute", "Rumour");
        ben.annotate(bensArticle, "the area", "place");

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());

        Tag added = created(plan, Tag.class, rumour.id());
        assertEquals(new Tag(rumour.id(), "Rumour", "#777777", Tag.NO_KEY, ""), added);
        assertEquals(1, plan.added(Tag.class), "their Place is my Place");
        List<UUID> tagsUsed = plan.changes().stream().map(Change::after).filter(Annotation.class::isInstance)
                .map(a -> ((Annotation) a).tagId()).toList();
        assertEquals(List.of(rumour.id(), ada.tagNamed("Place").id()), tagsUsed);
        assertFalse(tagsUsed.contains(place.id()));
    }

    private static <T extends ProjectRecord> T created(MergePlan plan, Class<T> kind, UUID id) {
        return plan.changes().stream().map(Change::after).filter(r -> r.id().equals(id)).map(kind::cast)
                .findFirst().orElseThrow(() -> new AssertionError("not created: " + id));
    }
}
