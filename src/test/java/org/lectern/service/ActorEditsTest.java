package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.service.TestProject.end;
import static org.lectern.service.TestProject.range;
import static org.lectern.service.TestProject.start;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Likelihood;
import org.lectern.model.Tag;

class ActorEditsTest {
    @TempDir
    Path folder;
    TestProject project;

    @AfterEach
    void closeProject() {
        if (project != null) {
            project.close();
        }
    }

    @Test
    void aNewActorFromASelectionIsNamedByTheQuoteAndMentionedThere() throws Exception {
        project = TestProject.create(folder);
        String quote = "Northern\nAlliance";
        Edit edit = project.edits().newActorFromSelection(project.documentId, start(quote), end(quote));
        project.assertUndoable(edit);

        Actor actor = TestProject.created(edit, Actor.class);
        assertEquals("Northern Alliance", actor.name(), "whitespace collapsed");
        assertEquals(ActorKind.PERSON, actor.kind());
        assertEquals(TestProject.ANALYST, actor.stamp().author());
        assertEquals(actor.stamp().created(), actor.stamp().modified());
        Annotation mention = project.state().annotation(actor.mentionIds().get(0)).orElseThrow();
        assertEquals(1, actor.mentionIds().size());
        assertEquals(project.tag("Actor"), mention.tagId());
        assertEquals(quote, mention.passage().quote());
        assertEquals(start(quote), mention.passage().start());
        assertEquals(List.of(actor), project.state().actorsMentionedAt(mention.id()));
        assertEquals(9, project.state().tags().size(), "the default Actor tag was used");
        assertTrue(edit.description().startsWith("New actor"), edit.description());
    }

    @Test
    void aNewActorInAProjectWithoutAnActorTagCreatesTheTagInTheSameEdit() throws Exception {
        project = TestProject.withoutTags(folder);
        assertTrue(project.state().tags().isEmpty());
        Edit edit = project.edits().newActorFromSelection(project.documentId, start("Jane  Doe"), end("Jane  Doe"));
        project.assertUndoable(edit);

        Tag tag = project.state().tagNamed("Actor").orElseThrow();
        assertEquals(TestProject.created(edit, Tag.class), tag);
        assertEquals("#4e79a7", tag.color());
        assertEquals(3, edit.changes().size(), "tag, highlight, actor");
        Actor actor = TestProject.created(edit, Actor.class);
        assertEquals("Jane Doe", actor.name());
        assertEquals(tag.id(), project.state().annotation(actor.mentionIds().get(0)).orElseThrow().tagId());

        assertTrue(project.session.undo());
        assertTrue(project.state().tags().isEmpty(), "undo removed the tag too");
        assertTrue(project.state().actors().isEmpty());
        assertEquals(0, project.state().annotationCount());
        assertTrue(project.file().tags().isEmpty());
    }

    @Test
    void aSecondActorInTheSameProjectReusesTheTagLectternCreated() throws Exception {
        project = TestProject.withoutTags(folder);
        project.newActor("Jane  Doe");
        Edit second = project.edits().newActorFromSelection(project.documentId, start("Coastal Institute"),
                end("Coastal Institute"));
        assertTrue(TestProject.createdAll(second, Tag.class).isEmpty());
        project.perform(second);
        assertEquals(1, project.state().tags().size());
        project.assertFileMatchesMemory();
    }

    @Test
    void addingAMentionReusesAnActorHighlightAlreadyOnExactlyThatPassage() throws Exception {
        project = TestProject.create(folder);
        Actor actor = project.newActor("Jane  Doe");
        Annotation existing = project.annotate("Jane Doe repeated", "Actor");
        Annotation otherTag = project.annotate("Jane Doe", "Quote");
        int annotations = project.state().annotationCount();

        Edit edit = project.edits().addMention(actor.id(), project.documentId, start("Jane Doe repeated"),
                end("Jane Doe repeated"));
        assertEquals(1, edit.changes().size(), "only the actor changes");
        project.assertUndoable(edit);
        assertEquals(annotations, project.state().annotationCount());
        assertEquals(List.of(actor.mentionIds().get(0), existing.id()), project.actor(actor.id()).mentionIds());

        // A highlight with another tag, or with the Actor tag on a longer passage, is not reused.
        Edit another = project.edits().addMention(actor.id(), project.documentId, start("Jane Doe repeated"),
                start("Jane Doe repeated") + "Jane Doe".length());
        project.assertUndoable(another);
        Annotation made = TestProject.created(another, Annotation.class);
        assertEquals(otherTag.passage(), made.passage());
        assertEquals(project.tag("Actor"), made.tagId());
        assertEquals(3, project.actor(actor.id()).mentionIds().size());
    }

    @Test
    void addingSeveralMentionsAtOnceIsOneEdit() throws Exception {
        project = TestProject.create(folder);
        Actor actor = project.newActor("Northern\nAlliance");
        String later = "Northern Alliance denied";
        int second = start(later);
        int fourth = start("Jane Doe repeated");

        Edit edit = project.edits().addMentions(actor.id(), project.documentId, List.of(
                new int[] {second, second + "Northern Alliance".length()},
                range("Coastal Institute"),
                new int[] {fourth, fourth + "Jane Doe".length()}));
        assertEquals("Add 3 mentions of Northern Alliance", edit.description());
        project.assertUndoable(edit);

        List<Annotation> mentions = project.actor(actor.id()).mentionIds().stream()
                .map(id -> project.state().annotation(id).orElseThrow()).toList();
        assertEquals(List.of("Northern\nAlliance", "Northern Alliance", "Coastal Institute", "Jane Doe"),
                mentions.stream().map(a -> a.passage().quote()).toList());
        assertTrue(mentions.stream().allMatch(a -> a.tagId().equals(project.tag("Actor"))));
        assertEquals(4, project.state().annotationCount());
    }

    @Test
    void theSameRangeTwiceInOneEditMakesOneHighlightAndOneMention() throws Exception {
        project = TestProject.create(folder);
        Actor actor = project.newActor("Northern\nAlliance");
        Edit edit = project.edits().addMentions(actor.id(), project.documentId,
                List.of(range("Coastal Institute"), range("Coastal Institute")));
        assertEquals(1, TestProject.createdAll(edit, Annotation.class).size());
        project.perform(edit);
        assertEquals(2, project.actor(actor.id()).mentionIds().size());
        project.assertFileMatchesMemory();
    }

    @Test
    void markingAPassageThatIsAlreadyAMentionIsNotAnEditToUndo() throws Exception {
        project = TestProject.create(folder);
        Actor actor = project.newActor("Jane  Doe");
        assertTrue(project.edits().addMention(actor.id(), project.documentId, start("Jane  Doe"), end("Jane  Doe"))
                .isEmpty());
        assertTrue(project.edits().addMentions(actor.id(), project.documentId, List.of()).isEmpty());
        assertEquals(1, project.state().annotationCount());
    }

    @Test
    void editingAnActorKeepsTheAliasesInTheOrderWritten() throws Exception {
        project = TestProject.create(folder);
        Actor actor = project.newActor("Jane  Doe");

        project.assertUndoable(project.edits().editActor(actor.id(), "Jane Doe", ActorKind.PERSON,
                List.of("Minister Doe", " J. Doe ", "Foreign Minister", "Minister Doe", ""), "Foreign minister"));

        Actor edited = project.actor(actor.id());
        assertEquals(List.of("Minister Doe", "J. Doe", "Foreign Minister"), edited.aliases());
        assertEquals("Foreign minister", edited.description());
        assertEquals(actor.mentionIds(), edited.mentionIds());
        assertEquals(edited, project.file().actors().iterator().next());

        project.assertUndoable(project.edits().editActor(actor.id(), "Jane Doe", ActorKind.STATE,
                List.of("Foreign Minister", "J. Doe", "Minister Doe"), "Foreign minister"));
        assertEquals(List.of("Foreign Minister", "J. Doe", "Minister Doe"), project.actor(actor.id()).aliases());
        assertEquals(ActorKind.STATE, project.actor(actor.id()).kind());
    }

    @Test
    void editingAnActorWithoutChangingAnythingIsNotAnEdit() throws Exception {
        project = TestProject.create(folder);
        Actor actor = project.newActor("Jane  Doe");
        assertTrue(project.edits().editActor(actor.id(), actor.name(), actor.kind(), actor.aliases(),
                actor.description()).isEmpty());
    }

    @Test
    void deletingAnActorClearsTheClaimantOfItsClaimsAndUndoRestoresIt() throws Exception {
        project = TestProject.create(folder);
        Actor actor = project.newActor("Jane  Doe");
        Actor other = project.newActor("Coastal Institute");
        Claim made = project.newClaim("withdrawn its troops");
        Claim repeated = project.newClaim("repeated the claim");
        Claim byOther = project.newClaim("show convoys leaving the area");
        project.perform(project.edits().editClaim(made.id(), made.statement(), actor.id(), ClaimStatus.ASSERTED,
                Likelihood.NOT_ASSESSED));
        project.perform(project.edits().editClaim(repeated.id(), repeated.statement(), actor.id(),
                ClaimStatus.DISPUTED, Likelihood.UNLIKELY));
        project.perform(project.edits().editClaim(byOther.id(), byOther.statement(), other.id(),
                ClaimStatus.ASSERTED, Likelihood.LIKELY));

        Edit delete = project.edits().deleteActor(actor.id());
        assertEquals(3, delete.changes().size(), "two claims and the actor");
        project.assertUndoable(delete);

        assertTrue(project.state().actor(actor.id()).isEmpty());
        assertTrue(project.claim(made.id()).claimant().isEmpty());
        assertTrue(project.claim(repeated.id()).claimant().isEmpty());
        assertEquals(ClaimStatus.DISPUTED, project.claim(repeated.id()).status());
        assertEquals(Likelihood.UNLIKELY, project.claim(repeated.id()).likelihood());
        assertEquals(other.id(), project.claim(byOther.id()).claimantId());
        assertTrue(project.state().annotation(actor.mentionIds().get(0)).isPresent(), "its highlight stays");

        assertTrue(project.session.undo());
        assertEquals(actor.id(), project.claim(made.id()).claimantId());
        assertEquals(actor.id(), project.claim(repeated.id()).claimantId());
        assertEquals(actor.mentionIds(), project.actor(actor.id()).mentionIds());
        project.assertFileMatchesMemory();
    }

    @Test
    void aNewActorByNameHasNoMentions() throws Exception {
        project = TestProject.create(folder);
        Edit edit = project.edits().newActor("  Ministry of Defence ", ActorKind.ORGANISATION);
        project.assertUndoable(edit);
        Actor actor = TestProject.created(edit, Actor.class);
        assertEquals("Ministry of Defence", actor.name());
        assertEquals(ActorKind.ORGANISATION, actor.kind());
        assertTrue(actor.mentionIds().isEmpty());
        assertFalse(project.state().actors().isEmpty());
    }
}
