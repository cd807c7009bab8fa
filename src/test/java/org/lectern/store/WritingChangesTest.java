package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Likelihood;
import org.lectern.model.Link;
import org.lectern.model.Passage;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;

/** Updating and deleting records, and an edit's changes saved all together or not at all. */
class WritingChangesTest {
    @TempDir
    Path folder;

    private final SampleProject sample = new SampleProject();
    private Path file;
    private ProjectStore store;

    @BeforeEach
    void createTheSampleProject() throws Exception {
        file = folder.resolve("edits.lectern");
        store = ProjectFiles.create(file);
        store.write(sample.creation());
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    private ProjectSnapshot reopened() throws Exception {
        store.close();
        store = ProjectFiles.open(file);
        return store.load();
    }

    @Test
    void reSavingAnAnnotationKeepsTheActorMentionsClaimsAndEvidenceThatPointToIt() throws Exception {
        Annotation edited = sample.ruizLater.withNote("new note").withTag(sample.unkeyed.id());

        store.write(List.of(Change.updated(sample.ruizLater, edited)));

        ProjectSnapshot loaded = reopened();
        assertTrue(loaded.annotations().contains(edited));
        assertEquals(sample.actor.mentionIds(), loaded.actors().get(0).mentionIds());
        assertEquals(sample.evidence.passageIds(), loaded.evidence().get(0).passageIds());
        Annotation claimed = sample.confirmed.withNote("checked");
        store.write(List.of(Change.updated(sample.confirmed, claimed)));
        assertEquals(sample.claim.passageIds(), store.load().claims().get(0).passageIds());
    }

    @Test
    void reSavingAnActorKeepsTheClaimsThatNameItAsClaimant() throws Exception {
        Actor renamed = sample.actor.edited("Ana María Ruiz", ActorKind.PERSON, List.of("Ruiz"), "");

        store.write(List.of(Change.updated(sample.actor, renamed)));

        ProjectSnapshot loaded = reopened();
        assertEquals(List.of(renamed), loaded.actors());
        assertEquals(sample.actor.id(), loaded.claims().get(0).claimantId());
        assertEquals(List.of("Ruiz"), loaded.actors().get(0).aliases());
        assertEquals(sample.actor.mentionIds(), loaded.actors().get(0).mentionIds());
    }

    @Test
    void reSavingClaimsAndEvidenceKeepsTheLinksBetweenThem() throws Exception {
        Claim claim = sample.claim.edited("The deal was signed in March", null, ClaimStatus.CORROBORATED,
                Likelihood.ALMOST_CERTAIN);
        Evidence evidence = sample.evidence.edited("Signed copy", Grade.parse("A1"));

        store.write(List.of(Change.updated(sample.claim, claim), Change.updated(sample.evidence, evidence)));

        ProjectSnapshot loaded = reopened();
        assertEquals(List.of(sample.link), loaded.links());
        assertTrue(loaded.claims().contains(claim));
        assertEquals(List.of(evidence), loaded.evidence());
    }

    @Test
    void editingAListOfPassagesOrMentionsReplacesItInTheNewOrder() throws Exception {
        Actor actor = sample.actor.withMentions(List.of(sample.ruiz.id()));
        Claim claim = sample.claim.withPassages(List.of(sample.saidSigned.id(), sample.confirmed.id(),
                sample.ruiz.id()));
        Evidence evidence = sample.evidence.withPassages(List.of());

        store.write(List.of(Change.updated(sample.actor, actor), Change.updated(sample.claim, claim),
                Change.updated(sample.evidence, evidence)));

        ProjectSnapshot loaded = reopened();
        assertEquals(List.of(actor), loaded.actors());
        assertEquals(claim, loaded.claims().get(0));
        assertEquals(List.of(evidence), loaded.evidence());
    }

    @Test
    void aTagCanBeRenamedRecolouredAndGivenAnotherKeyWithoutLosingItsAnnotations() throws Exception {
        Tag edited = new Tag(sample.person.id(), "People", "#ABCDEF", 7, "Named people and their roles");

        store.write(List.of(Change.updated(sample.person, edited)));

        ProjectSnapshot loaded = reopened();
        assertTrue(loaded.tags().contains(edited));
        assertEquals(sample.annotations(), loaded.annotations());
    }

    @Test
    void deletingARecordRemovesItAndOnlyIt() throws Exception {
        store.write(List.of(Change.deleted(sample.link)));

        ProjectSnapshot loaded = reopened();
        assertEquals(List.of(), loaded.links());
        assertEquals(List.of(sample.claim, sample.anonymousClaim), loaded.claims());
        assertEquals(List.of(sample.evidence), loaded.evidence());
    }

    @Test
    void deletingAnAnnotationTakesItOutOfMentionsPassagesAndEvidence() throws Exception {
        store.write(List.of(Change.deleted(sample.ruiz), Change.deleted(sample.confirmed)));

        ProjectSnapshot loaded = reopened();
        assertEquals(List.of(sample.saidSigned, sample.ruizLater), loaded.annotations());
        assertEquals(List.of(sample.ruizLater.id()), loaded.actors().get(0).mentionIds());
        assertEquals(List.of(sample.saidSigned.id()), loaded.claims().get(0).passageIds());
        assertEquals(List.of(sample.ruizLater.id()), loaded.evidence().get(0).passageIds());
    }

    @Test
    void deletingAnActorLeavesItsClaimsWithoutAClaimant() throws Exception {
        store.write(List.of(Change.deleted(sample.actor)));

        ProjectSnapshot loaded = reopened();
        assertEquals(List.of(), loaded.actors());
        assertEquals(2, loaded.claims().size());
        assertTrue(loaded.claims().get(0).claimant().isEmpty());
    }

    @Test
    void deletingEverythingAndUndoingItBringsTheProjectBack() throws Exception {
        List<Change> creation = sample.creation();
        List<Change> deletion = new java.util.ArrayList<>();
        for (Change change : creation) {
            deletion.add(0, change.inverse());
        }

        store.write(deletion);
        assertEquals(List.of(), store.load().documents());
        store.write(creation);

        ProjectSnapshot loaded = reopened();
        assertEquals(List.of(sample.document), loaded.documents());
        assertEquals(sample.annotations(), loaded.annotations());
        assertEquals(List.of(sample.actor), loaded.actors());
        assertEquals(List.of(sample.claim, sample.anonymousClaim), loaded.claims());
        assertEquals(List.of(sample.link), loaded.links());
    }

    @Test
    void anEditMaySaveARecordBeforeTheRecordItRefersTo() throws Exception {
        Tag tag = new Tag(UUID.randomUUID(), "Place", "#9467bd", 3, "");
        int start = SampleProject.TEXT.indexOf("port");
        Annotation port = new Annotation(UUID.randomUUID(), sample.document.id(),
                new Passage(start, start + 4, "port", "", ""), tag.id(), "", Stamp.now("Eve"));

        store.write(List.of(Change.created(port), Change.created(tag)));

        ProjectSnapshot loaded = reopened();
        assertTrue(loaded.annotations().contains(port));
        assertTrue(loaded.tags().contains(tag));
    }

    @Test
    void whenOneChangeFailsNoneIsSavedAndTheStoreStaysUsable() throws Exception {
        Actor renamed = sample.actor.edited("Renamed", ActorKind.GROUP, List.of(), "");
        Annotation orphan = new Annotation(UUID.randomUUID(), UUID.randomUUID(),
                new Passage(0, 3, "abc", "", ""), sample.person.id(), "", Stamp.now("Frank Newcomer"));
        Tag tag = new Tag(UUID.randomUUID(), "Never saved", "#000000", 0, "");

        StoreException failure = assertThrows(StoreException.class, () -> store.write(List.of(
                Change.updated(sample.actor, renamed), Change.created(tag), Change.created(orphan))));

        assertTrue(failure.getMessage().contains("edits.lectern"), failure.getMessage());
        assertTrue(failure.getMessage().contains("nothing of it was saved"), failure.getMessage());
        ProjectSnapshot afterFailure = store.load();
        assertEquals(List.of(sample.actor), afterFailure.actors());
        assertFalse(afterFailure.tags().contains(tag));
        assertFalse(afterFailure.authors().stream().map(Author::name).toList().contains("Frank Newcomer"),
                "an author added by the failed edit is not remembered either");

        Tag later = new Tag(UUID.randomUUID(), "Saved later", "#111111", 0, "");
        Actor renamedAgain = sample.actor.edited("Renamed again", ActorKind.GROUP, List.of(), "");
        Claim franks = new Claim(UUID.randomUUID(), "Frank's claim", null, List.of(), null, null,
                Stamp.now("Frank Newcomer"));
        store.write(List.of(Change.created(later), Change.updated(sample.actor, renamedAgain),
                Change.created(franks)));
        ProjectSnapshot loaded = reopened();
        assertTrue(loaded.tags().contains(later));
        assertFalse(loaded.tags().contains(tag));
        assertEquals(List.of(renamedAgain), loaded.actors());
        assertTrue(loaded.claims().contains(franks));
        assertTrue(loaded.authors().stream().map(Author::name).toList().contains("Frank Newcomer"));
    }

    @Test
    void aChangeBreakingAConstraintOtherThanAReferenceAlsoSavesNothing() throws Exception {
        Tag clash = new Tag(UUID.randomUUID(), sample.person.name(), "#000000", 0, "");
        Tag fine = new Tag(UUID.randomUUID(), "Fine", "#000000", 0, "");

        assertThrows(StoreException.class,
                () -> store.write(List.of(Change.created(fine), Change.created(clash))));

        assertFalse(store.load().tags().contains(fine));
        store.write(List.of(Change.created(fine)));
        assertTrue(reopened().tags().contains(fine));
    }

    @Test
    void aLinkToEvidenceThatDoesNotExistIsRefused() {
        Link dangling = new Link(UUID.randomUUID(), UUID.randomUUID(), sample.claim.id(), Stance.SUPPORTS,
                Strength.WEAK, new Stamp("Alice Analyst", Instant.EPOCH, Instant.EPOCH));

        assertThrows(StoreException.class, () -> store.write(List.of(Change.created(dangling))));

        assertEquals(List.of(sample.link), store.load().links());
    }
}
