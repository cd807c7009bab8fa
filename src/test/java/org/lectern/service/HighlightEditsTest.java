package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.service.TestProject.TEXT;
import static org.lectern.service.TestProject.end;
import static org.lectern.service.TestProject.start;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Evidence;
import org.lectern.model.Passage;
import org.lectern.text.Passages;

class HighlightEditsTest {
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
    void annotatingSavesAHighlightOfThePassageByTheAnalyst() throws Exception {
        String quote = "Satellite images";
        Edit edit = project.edits().annotate(project.documentId, start(quote), end(quote), project.tag("Evidence"));
        project.assertUndoable(edit);

        Annotation annotation = TestProject.created(edit, Annotation.class);
        assertEquals(annotation, project.state().annotation(annotation.id()).orElseThrow());
        Passage passage = annotation.passage();
        assertEquals(quote, passage.quote());
        assertEquals(start(quote), passage.start());
        assertEquals(end(quote), passage.end());
        assertEquals(Passages.of(TEXT, start(quote), end(quote)), passage);
        assertTrue(TEXT.substring(0, passage.start()).endsWith(passage.prefix()));
        assertTrue(TEXT.substring(passage.end()).startsWith(passage.suffix()));
        assertFalse(passage.prefix().isEmpty());
        assertFalse(passage.suffix().isEmpty());
        assertEquals(project.tag("Evidence"), annotation.tagId());
        assertEquals(project.documentId, annotation.documentId());
        assertEquals("", annotation.note());
        assertEquals(TestProject.ANALYST, annotation.stamp().author());
        assertEquals(annotation.stamp().created(), annotation.stamp().modified());
        assertTrue(edit.description().startsWith("Tag Evidence"), edit.description());
    }

    @Test
    void overlappingHighlightsAreBothKept() throws Exception {
        Annotation wide = project.annotate("Foreign Minister Jane  Doe", "Actor");
        Annotation narrow = project.annotate("Minister Jane", "Quote");

        assertEquals(List.of(wide, narrow), project.state().annotationsOf(project.documentId));
        assertEquals(Set.of(wide, narrow), Set.copyOf(project.state().annotationsOverlapping(project.documentId,
                start("Jane"), end("Jane"))));
        project.assertFileMatchesMemory();
        assertEquals(2, project.file().annotations().size());
    }

    @Test
    void theSamePassageMayCarryTwoTags() throws Exception {
        Annotation asActor = project.annotate("Coastal Institute", "Actor");
        Annotation asSource = project.annotate("Coastal Institute", "Source");

        assertEquals(2, project.state().annotationCount());
        assertEquals(asActor.passage(), asSource.passage());
        project.assertFileMatchesMemory();
    }

    @Test
    void aHighlightNeedsSomeTextAnExistingTagAndAnExistingDocument() {
        UUID claimTag = project.tag("Claim");
        Edits edits = project.edits();
        assertThrows(IllegalArgumentException.class, () -> edits.annotate(project.documentId, 5, 5, claimTag));
        assertThrows(IllegalArgumentException.class, () -> edits.annotate(project.documentId, 8, 3, claimTag));
        assertThrows(IllegalArgumentException.class,
                () -> edits.annotate(project.documentId, 0, TEXT.length() + 1, claimTag));
        assertThrows(IllegalArgumentException.class, () -> edits.annotate(UUID.randomUUID(), 0, 4, claimTag));
        assertThrows(IllegalArgumentException.class,
                () -> edits.annotate(project.documentId, 0, 4, UUID.randomUUID()));
        assertEquals(0, project.state().annotationCount());
    }

    @Test
    void settingANoteIsSavedAndUndone() throws Exception {
        Annotation annotation = project.annotate("withdrawn its troops", "Claim");

        project.assertUndoable(project.edits().setNote(annotation.id(), "Check against the ministry's statement"));

        Annotation noted = project.state().annotation(annotation.id()).orElseThrow();
        assertEquals("Check against the ministry's statement", noted.note());
        assertEquals(annotation.passage(), noted.passage());
        assertEquals(annotation.stamp().created(), noted.stamp().created());
        assertFalse(noted.stamp().modified().isBefore(annotation.stamp().modified()));
        assertEquals("Edit note", project.session.history().nextUndo().orElseThrow().description());
    }

    @Test
    void settingTheSameNoteAgainIsNotAnEditToUndo() throws Exception {
        Annotation annotation = project.annotate("withdrawn its troops", "Claim");
        project.perform(project.edits().setNote(annotation.id(), "first"));
        long revision = project.session.history().revision();

        Edit same = project.edits().setNote(annotation.id(), "first");
        assertTrue(same.isEmpty());
        project.perform(same);
        assertEquals(revision, project.session.history().revision());
        assertEquals("Edit note", project.session.history().nextUndo().orElseThrow().description());

        Annotation plain = project.annotate("Jane Doe repeated", "Quote");
        assertTrue(project.edits().setNote(plain.id(), "").isEmpty());
        assertTrue(project.edits().setNote(plain.id(), null).isEmpty());
    }

    @Test
    void retaggingChangesTheTagOnly() throws Exception {
        Annotation annotation = project.annotate("on Tuesday", "Quote");

        project.assertUndoable(project.edits().retag(annotation.id(), project.tag("Date/time")));

        Annotation retagged = project.state().annotation(annotation.id()).orElseThrow();
        assertEquals(project.tag("Date/time"), retagged.tagId());
        assertEquals(annotation.passage(), retagged.passage());
        assertTrue(project.session.history().nextUndo().orElseThrow().description().startsWith("Change tag to"));
    }

    @Test
    void changingTagAndNoteTogetherIsOneEditThatOneUndoTakesBack() throws Exception {
        Annotation annotation = project.annotate("withdrawn its troops", "Claim");
        project.perform(project.edits().setNote(annotation.id(), "Ministry's word only"));
        TestProject.Contents before = project.file();
        long revision = project.session.history().revision();

        project.perform(project.edits().editAnnotation(annotation.id(), project.tag("Quote"),
                "Quoted from the minister"));
        project.assertFileMatchesMemory();

        Annotation edited = project.state().annotation(annotation.id()).orElseThrow();
        assertEquals(project.tag("Quote"), edited.tagId());
        assertEquals("Quoted from the minister", edited.note());
        assertEquals(annotation.passage(), edited.passage());
        assertEquals(annotation.stamp().author(), edited.stamp().author());
        assertEquals(revision + 1, project.session.history().revision(), "one step in the history");
        assertEquals("Change tag to Quote and edit note", project.session.history().nextUndo().orElseThrow()
                .description());

        assertTrue(project.session.undo());
        assertEquals(before, project.file(), "one undo restores the file");
        assertEquals(before, project.memory());
        Annotation restored = project.state().annotation(annotation.id()).orElseThrow();
        assertEquals(project.tag("Claim"), restored.tagId(), "the one undo restores the tag");
        assertEquals("Ministry's word only", restored.note(), "and the note");
        assertEquals("Edit note", project.session.history().nextUndo().orElseThrow().description());
    }

    @Test
    void editingAHighlightNamesOnlyWhatChangedAndNothingChangedIsNoEdit() {
        Annotation annotation = project.annotate("withdrawn its troops", "Claim");
        Edits edits = project.edits();

        assertEquals("Change tag to Quote", edits.editAnnotation(annotation.id(), project.tag("Quote"), "")
                .description());
        assertEquals("Edit note", edits.editAnnotation(annotation.id(), project.tag("Claim"), "Check").description());
        assertTrue(edits.editAnnotation(annotation.id(), project.tag("Claim"), "").isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> edits.editAnnotation(annotation.id(), UUID.randomUUID(), "Check"));
    }

    @Test
    void retaggingToTheSameTagIsNotAnEdit() {
        Annotation annotation = project.annotate("on Tuesday", "Date/time");
        assertTrue(project.edits().retag(annotation.id(), project.tag("Date/time")).isEmpty());
    }

    @Test
    void deletingAHighlightUsedByAnActorAClaimAndEvidenceIsOneEditAndOneUndo() throws Exception {
        Actor actor = project.newActor("Jane  Doe");
        Annotation mention = project.state().annotation(actor.mentionIds().get(0)).orElseThrow();
        Claim claim = project.newClaim("withdrawn its troops");
        Evidence evidence = project.newEvidence("convoys leaving the area");
        // The same highlight serves as all three: retagged, it is reused as the claim's and evidence's passage.
        project.perform(project.edits().retag(mention.id(), project.tag("Claim")));
        project.perform(project.edits().addClaimPassage(claim.id(), project.documentId, start("Jane  Doe"),
                end("Jane  Doe")));
        project.perform(project.edits().retag(mention.id(), project.tag("Evidence")));
        project.perform(project.edits().addEvidencePassage(evidence.id(), project.documentId, start("Jane  Doe"),
                end("Jane  Doe")));
        project.perform(project.edits().retag(mention.id(), project.tag("Actor")));
        mention = project.state().annotation(mention.id()).orElseThrow();
        assertEquals(3, project.state().annotationCount(), "the shared passage got no second highlight");
        long revision = project.session.history().revision();

        Edit delete = project.edits().deleteAnnotation(mention.id());
        assertEquals(4, delete.changes().size(), "actor, claim, evidence and the highlight");
        project.assertUndoable(delete);

        assertEquals(List.of(), project.actor(actor.id()).mentionIds());
        assertEquals(List.of(claim.passageIds().get(0)), project.claim(claim.id()).passageIds());
        assertEquals(List.of(evidence.passageIds().get(0)), project.evidence(evidence.id()).passageIds());
        assertTrue(project.state().annotation(mention.id()).isEmpty());
        assertTrue(project.state().actorsMentionedAt(mention.id()).isEmpty());

        assertTrue(project.session.undo());
        assertEquals(revision + 4, project.session.history().revision(), "edit, undo, redo, undo");
        assertEquals(List.of(mention.id()), project.actor(actor.id()).mentionIds());
        assertEquals(List.of(claim.passageIds().get(0), mention.id()), project.claim(claim.id()).passageIds());
        assertEquals(List.of(evidence.passageIds().get(0), mention.id()), project.evidence(evidence.id()).passageIds());
        assertEquals(mention, project.state().annotation(mention.id()).orElseThrow());
        project.assertFileMatchesMemory();
    }
}
