package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.service.TestProject.end;
import static org.lectern.service.TestProject.start;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.InformationCredibility;
import org.lectern.model.Likelihood;
import org.lectern.model.Link;
import org.lectern.model.SourceReliability;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;

class ClaimAndEvidenceEditsTest {
    @TempDir
    Path folder;
    TestProject project;

    @BeforeEach
    void openProject() throws Exception {
        project = TestProject.create(folder);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void aNewClaimFromASelectionStatesTheQuoteAtAClaimHighlight() throws Exception {
        String quote = "the Northern\nAlliance had withdrawn its troops";
        Edit edit = project.edits().newClaimFromSelection(project.documentId, start(quote), end(quote));
        project.assertUndoable(edit);

        Claim claim = TestProject.created(edit, Claim.class);
        assertEquals("the Northern Alliance had withdrawn its troops", claim.statement());
        assertTrue(claim.claimant().isEmpty());
        assertEquals(ClaimStatus.ASSERTED, claim.status());
        assertEquals(Likelihood.NOT_ASSESSED, claim.likelihood());
        assertEquals(TestProject.ANALYST, claim.stamp().author());
        Annotation passage = project.state().annotation(claim.passageIds().get(0)).orElseThrow();
        assertEquals(quote, passage.passage().quote());
        assertEquals(project.tag("Claim"), passage.tagId());
        assertEquals(List.of(claim), project.state().claimsAt(passage.id()));
        assertTrue(edit.description().startsWith("New claim"), edit.description());
    }

    @Test
    void aNewClaimReusesAClaimHighlightAlreadyOnThePassage() throws Exception {
        Annotation highlight = project.annotate("withdrawn its troops", "Claim");
        Edit edit = project.edits().newClaimFromSelection(project.documentId, start("withdrawn its troops"),
                end("withdrawn its troops"));
        assertEquals(1, edit.changes().size());
        project.assertUndoable(edit);
        assertEquals(List.of(highlight.id()), TestProject.created(edit, Claim.class).passageIds());
    }

    @Test
    void editingAClaimSetsClaimantStatusAndLikelihood() throws Exception {
        Actor jane = project.newActor("Jane  Doe");
        Claim claim = project.newClaim("withdrawn its troops");

        project.assertUndoable(project.edits().editClaim(claim.id(), "The Alliance withdrew its troops", jane.id(),
                ClaimStatus.DISPUTED, Likelihood.ROUGHLY_EVEN_CHANCE));

        Claim edited = project.claim(claim.id());
        assertEquals("The Alliance withdrew its troops", edited.statement());
        assertEquals(jane.id(), edited.claimantId());
        assertEquals(ClaimStatus.DISPUTED, edited.status());
        assertEquals(Likelihood.ROUGHLY_EVEN_CHANCE, edited.likelihood());
        assertEquals(claim.passageIds(), edited.passageIds());
        assertEquals(claim.stamp().created(), edited.stamp().created());
        assertEquals("Edit claim", project.session.history().nextUndo().orElseThrow().description());

        assertTrue(project.edits().editClaim(claim.id(), "The Alliance withdrew its troops ", jane.id(),
                ClaimStatus.DISPUTED, Likelihood.ROUGHLY_EVEN_CHANCE).isEmpty(), "nothing changed");
    }

    @Test
    void aClaimCanGainAPassage() throws Exception {
        Claim claim = project.newClaim("withdrawn its troops");
        String quote = "repeated the claim";
        Edit edit = project.edits().addClaimPassage(claim.id(), project.documentId, start(quote), end(quote));
        assertEquals("Add passage to claim", edit.description());
        project.assertUndoable(edit);

        Claim longer = project.claim(claim.id());
        assertEquals(2, longer.passageIds().size());
        assertEquals(claim.passageIds().get(0), longer.passageIds().get(0));
        Annotation added = project.state().annotation(longer.passageIds().get(1)).orElseThrow();
        assertEquals(quote, added.passage().quote());
        assertEquals(project.tag("Claim"), added.tagId());
    }

    @Test
    void addingAPassageAClaimOrEvidenceAlreadyHasIsNotAnEditToUndo() throws Exception {
        Claim claim = project.newClaim("withdrawn its troops");
        Evidence evidence = project.newEvidence("Satellite images");
        assertTrue(project.edits().addClaimPassage(claim.id(), project.documentId, start("withdrawn its troops"),
                end("withdrawn its troops")).isEmpty());
        assertTrue(project.edits().addEvidencePassage(evidence.id(), project.documentId, start("Satellite images"),
                end("Satellite images")).isEmpty());
    }

    @Test
    void aNewClaimInAProjectWithoutTagsCreatesTheClaimTag() throws Exception {
        project.close();
        project = TestProject.withoutTags(folder.resolve("bare"));
        Edit edit = project.edits().newClaimFromSelection(project.documentId, start("withdrawn"), end("withdrawn"));
        project.assertUndoable(edit);
        Tag tag = project.state().tagNamed(Edits.CLAIM_TAG).orElseThrow();
        assertEquals("#f28e2b", tag.color());
        project.session.undo();
        assertTrue(project.state().tags().isEmpty());
        assertTrue(project.file().tags().isEmpty());
    }

    @Test
    void aNewItemOfEvidenceFromASelectionIsUngradedUntilGraded() throws Exception {
        String quote = "Satellite images published by the Coastal Institute";
        Edit edit = project.edits().newEvidenceFromSelection(project.documentId, start(quote), end(quote));
        project.assertUndoable(edit);

        Evidence evidence = TestProject.created(edit, Evidence.class);
        assertEquals(quote, evidence.description());
        assertEquals(Grade.UNGRADED, evidence.grade());
        Annotation passage = project.state().annotation(evidence.passageIds().get(0)).orElseThrow();
        assertEquals(project.tag("Evidence"), passage.tagId());
        assertEquals(List.of(evidence), project.state().evidenceAt(passage.id()));
    }

    @Test
    void gradingEvidenceB2IsSavedAndUndone() throws Exception {
        Evidence evidence = project.newEvidence("Satellite images");

        project.assertUndoable(project.edits().editEvidence(evidence.id(), "Satellite imagery of convoys",
                Grade.parse("B2")));

        Evidence graded = project.evidence(evidence.id());
        assertEquals(new Grade(SourceReliability.B, InformationCredibility.PROBABLY_TRUE), graded.grade());
        assertEquals("B2", graded.grade().code());
        assertEquals("Satellite imagery of convoys", graded.description());
        assertEquals(graded, project.file().evidence().iterator().next());
        assertTrue(project.edits().editEvidence(evidence.id(), "Satellite imagery of convoys", Grade.parse("b2"))
                .isEmpty());
    }

    @Test
    void anItemOfEvidenceCanGainAPassage() throws Exception {
        Evidence evidence = project.newEvidence("Satellite images");
        project.assertUndoable(project.edits().addEvidencePassage(evidence.id(), project.documentId,
                start("convoys leaving the area"), end("convoys leaving the area")));
        assertEquals(2, project.evidence(evidence.id()).passageIds().size());
    }

    @Test
    void linkingEvidenceToAClaimRecordsStanceAndStrength() throws Exception {
        Claim claim = project.newClaim("withdrawn its troops");
        Evidence evidence = project.newEvidence("show convoys leaving the area");

        Edit edit = project.edits().link(evidence.id(), claim.id(), Stance.REFUTES, Strength.STRONG);
        project.assertUndoable(edit);

        Link link = project.state().link(evidence.id(), claim.id()).orElseThrow();
        assertEquals(Stance.REFUTES, link.stance());
        assertEquals(Strength.STRONG, link.strength());
        assertEquals(TestProject.ANALYST, link.stamp().author());
        assertEquals(List.of(link), project.state().linksOfClaim(claim.id()));
        assertEquals(List.of(link), project.state().linksOfEvidence(evidence.id()));
        assertEquals("Link evidence to claim (refutes)", edit.description());
    }

    @Test
    void linkingTheSamePairAgainUpdatesTheLinkInsteadOfAddingOne() throws Exception {
        Claim claim = project.newClaim("withdrawn its troops");
        Evidence evidence = project.newEvidence("show convoys leaving the area");
        project.perform(project.edits().link(evidence.id(), claim.id(), Stance.SUPPORTS, Strength.WEAK));
        Link first = project.state().link(evidence.id(), claim.id()).orElseThrow();

        Edit again = project.edits().link(evidence.id(), claim.id(), Stance.REFUTES, Strength.STRONG);
        assertEquals(1, again.changes().size());
        assertEquals(first, again.changes().get(0).before());
        project.assertUndoable(again);

        assertEquals(1, project.state().links().size());
        Link updated = project.state().links().get(0);
        assertEquals(first.id(), updated.id());
        assertEquals(Stance.REFUTES, updated.stance());
        assertEquals(Strength.STRONG, updated.strength());
        assertEquals(1, project.file().links().size());

        assertTrue(project.edits().link(evidence.id(), claim.id(), Stance.REFUTES, Strength.STRONG).isEmpty());
    }

    @Test
    void judgingAColleaguesLinkAnewMakesALinkOfOnesOwnInItsPlaceAndLeavesTheirsAsTheyMadeIt() throws Exception {
        Claim claim = project.newClaim("withdrawn its troops");
        Evidence evidence = project.newEvidence("show convoys leaving the area");
        project.perform(new Edits(project.state(), "Grace Hopper")
                .link(evidence.id(), claim.id(), Stance.SUPPORTS, Strength.WEAK));
        Link graces = project.state().link(evidence.id(), claim.id()).orElseThrow();

        for (Edit edit : List.of(project.edits().link(evidence.id(), claim.id(), Stance.REFUTES, Strength.STRONG),
                project.edits().editLink(graces.id(), Stance.REFUTES, Strength.STRONG))) {
            project.assertUndoable(edit);
            Link mine = project.state().link(evidence.id(), claim.id()).orElseThrow();
            assertEquals(List.of(TestProject.ANALYST, Stance.REFUTES, Strength.STRONG),
                    List.of(mine.stamp().author(), mine.stance(), mine.strength()));
            assertTrue(!mine.id().equals(graces.id()), "a link of the analyst's own, not Grace's rewritten");
            assertEquals(List.of(mine), project.state().links(), "one link of the pair");
            assertEquals(List.of(graces), edit.changes().stream().filter(c -> c.after() == null)
                    .map(Change::before).toList(), "Grace's link, unchanged, is what gives way");
            assertTrue(project.session.undo());
            assertEquals(List.of(graces), project.state().links(), "undo brings Grace's link back as it was");
        }
    }

    @Test
    void aLinkCanBeRemoved() throws Exception {
        Claim claim = project.newClaim("withdrawn its troops");
        Evidence evidence = project.newEvidence("show convoys leaving the area");
        project.perform(project.edits().link(evidence.id(), claim.id(), Stance.SUPPORTS, Strength.WEAK));
        Link link = project.state().links().get(0);
        project.assertUndoable(project.edits().deleteLink(link.id()));
        assertTrue(project.state().links().isEmpty());
    }

    @Test
    void deletingAClaimRemovesItsLinksAndUndoRestoresThem() throws Exception {
        Claim claim = project.newClaim("withdrawn its troops");
        Claim other = project.newClaim("denied that any troops had moved");
        Evidence images = project.newEvidence("Satellite images");
        Evidence convoys = project.newEvidence("convoys leaving the area");
        project.perform(project.edits().link(images.id(), claim.id(), Stance.SUPPORTS, Strength.MODERATE));
        project.perform(project.edits().link(convoys.id(), claim.id(), Stance.REFUTES, Strength.STRONG));
        project.perform(project.edits().link(convoys.id(), other.id(), Stance.SUPPORTS, Strength.WEAK));
        List<Link> linksOfClaim = project.state().linksOfClaim(claim.id());

        Edit delete = project.edits().deleteClaim(claim.id());
        assertEquals(3, delete.changes().size());
        project.assertUndoable(delete);

        assertTrue(project.state().claim(claim.id()).isEmpty());
        assertTrue(project.state().linksOfClaim(claim.id()).isEmpty());
        assertEquals(1, project.state().links().size());
        assertTrue(project.state().annotation(claim.passageIds().get(0)).isPresent(), "its highlight stays");

        assertTrue(project.session.undo());
        assertEquals(claim, project.claim(claim.id()));
        assertEquals(java.util.Set.copyOf(linksOfClaim), java.util.Set.copyOf(project.state().linksOfClaim(claim.id())));
        project.assertFileMatchesMemory();
    }

    @Test
    void deletingEvidenceRemovesItsLinksAndUndoRestoresThem() throws Exception {
        Claim claim = project.newClaim("withdrawn its troops");
        Claim other = project.newClaim("denied that any troops had moved");
        Evidence convoys = project.newEvidence("convoys leaving the area");
        project.perform(project.edits().editEvidence(convoys.id(), "Convoys", Grade.parse("C3")));
        project.perform(project.edits().link(convoys.id(), claim.id(), Stance.REFUTES, Strength.STRONG));
        project.perform(project.edits().link(convoys.id(), other.id(), Stance.SUPPORTS, Strength.WEAK));
        Evidence graded = project.evidence(convoys.id());

        Edit delete = project.edits().deleteEvidence(convoys.id());
        assertEquals(3, delete.changes().size());
        project.assertUndoable(delete);

        assertTrue(project.state().evidence().isEmpty());
        assertTrue(project.state().links().isEmpty());
        assertTrue(project.file().links().isEmpty());

        assertTrue(project.session.undo());
        assertEquals(graded, project.evidence(convoys.id()));
        assertEquals(2, project.state().links().size());
        project.assertFileMatchesMemory();
    }
}
