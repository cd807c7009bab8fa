package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.service.TestProject.end;
import static org.lectern.service.TestProject.start;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Stance;
import org.lectern.model.Strength;

class DocumentEditsTest {
    private static final String SECOND_TEXT = "Jane Doe told reporters the Northern Alliance had left.\n";

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

    private Document addSecondDocument() {
        Edit add = project.perform(project.edits().addDocument("  Second report ",
                new DocumentMetadata("Agency", "A. Writer", "2024-05-02", "https://example.org/2"), SECOND_TEXT));
        return TestProject.created(add, Document.class);
    }

    @Test
    void addingADocumentSavesItsTextAndMetadata() throws Exception {
        Edit add = project.edits().addDocument("  Second report ",
                new DocumentMetadata("Agency", "A. Writer", "2024-05-02", "https://example.org/2"), SECOND_TEXT);
        project.assertUndoable(add);
        Document document = TestProject.created(add, Document.class);
        assertEquals("Second report", document.title());
        assertEquals(SECOND_TEXT, project.state().document(document.id()).orElseThrow().text());
        assertEquals("https://example.org/2", document.metadata().url());
        assertEquals(TestProject.ANALYST, document.stamp().author());
        assertEquals("Add document “Second report”", add.description());
    }

    @Test
    void renamingADocumentIsSavedAndUndone() throws Exception {
        project.assertUndoable(project.edits().renameDocument(project.documentId, "Border report, corrected"));
        assertEquals("Border report, corrected", project.state().document(project.documentId).orElseThrow().title());
    }

    @Test
    void correctingADocumentsTitleAndSourceDetailsIsOneUndoStepThatReachesTheFileAndLeavesItsTextAlone()
            throws Exception {
        Document before = project.state().document(project.documentId).orElseThrow();
        project.annotate("on Tuesday", "Date/time");
        long revision = project.session.history().revision();
        DocumentMetadata corrected = new DocumentMetadata("Harbour Gazette", "Lena Moss and Jo Kell", "2024-06-03",
                "https://gazette.example.com/border");

        Edit edit = project.edits().editDocumentDetails(project.documentId, "Border report (final)", corrected);
        assertEquals("Edit details of “Border report (final)”", edit.description());
        assertEquals(1, edit.changes().size());
        project.assertUndoable(edit);

        Document after = project.state().document(project.documentId).orElseThrow();
        assertEquals("Border report (final)", after.title());
        assertEquals(corrected, after.metadata());
        assertEquals(before.text(), after.text());
        assertEquals(1, project.state().annotationsOf(project.documentId).size(), "its highlight stays");
        assertEquals(revision + 3, project.session.history().revision(), "edit, undo, redo: one step each");
        assertTrue(project.session.undo());
        assertEquals(before.title(), project.state().document(project.documentId).orElseThrow().title());
        assertEquals(before.metadata(), project.state().document(project.documentId).orElseThrow().metadata());
        project.assertFileMatchesMemory();
    }

    @Test
    void detailsGivenAsTheyAreAreNoEdit() {
        Document document = project.state().document(project.documentId).orElseThrow();
        assertTrue(project.edits().editDocumentDetails(document.id(), " " + document.title(), document.metadata())
                .changes().isEmpty());
    }

    @Test
    void removingADocumentRemovesItsHighlightsAndTheReferencesToThemAndUndoRestoresAll() throws Exception {
        Document second = addSecondDocument();
        Actor jane = project.newActor("Jane  Doe");
        int elsewhere = SECOND_TEXT.indexOf("Jane Doe");
        project.perform(project.edits().addMention(jane.id(), second.id(), elsewhere, elsewhere + 8));
        project.perform(project.edits().addMention(jane.id(), project.documentId, start("Jane Doe repeated"),
                start("Jane Doe repeated") + 8));
        Claim claim = project.newClaim("withdrawn its troops");
        int left = SECOND_TEXT.indexOf("had left");
        project.perform(project.edits().addClaimPassage(claim.id(), second.id(), left, left + 8));
        Evidence evidence = project.newEvidence("Satellite images");
        project.perform(project.edits().link(evidence.id(), claim.id(), Stance.SUPPORTS, Strength.STRONG));
        project.annotate("on Tuesday", "Date/time");
        List<Annotation> highlights = project.state().annotationsOf(project.documentId);
        assertEquals(5, highlights.size());
        Actor janeBefore = project.actor(jane.id());
        UUID passageElsewhere = project.claim(claim.id()).passageIds().get(1);

        Edit remove = project.edits().removeDocument(project.documentId);
        assertEquals("Remove document “Border report”", remove.description());
        project.assertUndoable(remove);

        assertTrue(project.state().document(project.documentId).isEmpty());
        assertTrue(project.state().annotationsOf(project.documentId).isEmpty());
        assertEquals(2, project.state().annotationCount(), "the other document's highlights stay");
        assertEquals(List.of(janeBefore.mentionIds().get(1)), project.actor(jane.id()).mentionIds());
        assertEquals(List.of(passageElsewhere), project.claim(claim.id()).passageIds());
        assertEquals(second.id(), project.state().annotation(passageElsewhere).orElseThrow().documentId());
        assertEquals(List.of(), project.evidence(evidence.id()).passageIds());
        assertEquals(1, project.state().links().size(), "links do not depend on passages");
        for (Annotation highlight : highlights) {
            assertTrue(project.state().actorsMentionedAt(highlight.id()).isEmpty());
            assertTrue(project.state().claimsAt(highlight.id()).isEmpty());
            assertTrue(project.state().evidenceAt(highlight.id()).isEmpty());
        }

        assertTrue(project.session.undo());
        assertEquals(highlights, project.state().annotationsOf(project.documentId));
        assertEquals(janeBefore, project.actor(jane.id()));
        assertEquals(2, project.claim(claim.id()).passageIds().size());
        assertEquals(1, project.evidence(evidence.id()).passageIds().size());
        project.assertFileMatchesMemory();
    }

    @Test
    void removingADocumentWithoutHighlightsRemovesOnlyIt() throws Exception {
        Document second = addSecondDocument();
        Edit remove = project.edits().removeDocument(second.id());
        assertEquals(1, remove.changes().size());
        project.assertUndoable(remove);
        assertEquals(List.of(project.documentId),
                project.state().documents().stream().map(Document::id).toList());
    }

    @Test
    void anUnknownDocumentCannotBeRemoved() {
        UUID unknown = UUID.randomUUID();
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> project.edits().removeDocument(unknown));
    }
}
