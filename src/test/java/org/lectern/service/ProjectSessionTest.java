package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.service.TestProject.end;
import static org.lectern.service.TestProject.range;
import static org.lectern.service.TestProject.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Likelihood;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.store.ProjectFiles;

class ProjectSessionTest {
    @TempDir
    Path folder;
    TestProject project;

    @AfterEach
    void closeProject() {
        if (project != null) {
            project.close();
        }
    }

    /** Twenty edits of every kind, each built against the state the previous one left. */
    private void makeTwentyEdits() {
        Actor jane = project.newActor("Jane  Doe");                                                         // 1
        Actor alliance = project.newActor("Northern\nAlliance");                                            // 2
        project.perform(project.edits().editActor(jane.id(), "Jane Doe", ActorKind.PERSON,
                List.of("Minister Doe", "J. Doe"), "Foreign minister"));                                    // 3
        project.perform(project.edits().addMentions(alliance.id(), project.documentId,
                List.of(new int[] {start("Northern Alliance denied"), start("Northern Alliance denied") + 17})));  // 4
        Claim claim = project.newClaim("withdrawn its troops");                                            // 5
        project.perform(project.edits().editClaim(claim.id(), "The Alliance withdrew", jane.id(),
                ClaimStatus.DISPUTED, Likelihood.UNLIKELY));                                               // 6
        Claim denial = project.newClaim("denied that any troops had moved");                               // 7
        project.perform(project.edits().addClaimPassage(denial.id(), project.documentId,
                start("repeated the claim"), end("repeated the claim")));                                  // 8
        Evidence images = project.newEvidence("Satellite images");                                         // 9
        project.perform(project.edits().editEvidence(images.id(), "Imagery", Grade.parse("B2")));          // 10
        project.perform(project.edits().link(images.id(), claim.id(), Stance.REFUTES, Strength.STRONG));   // 11
        project.perform(project.edits().link(images.id(), denial.id(), Stance.SUPPORTS, Strength.WEAK));   // 12
        Annotation tuesday = project.annotate("on Tuesday", "Quote");                                      // 13
        project.perform(project.edits().retag(tuesday.id(), project.tag("Date/time")));                    // 14
        project.perform(project.edits().setNote(tuesday.id(), "Which Tuesday?"));                          // 15
        project.perform(project.edits().link(images.id(), claim.id(), Stance.SUPPORTS, Strength.MODERATE)); // 16
        project.perform(project.edits().deleteAnnotation(alliance.mentionIds().get(0)));                   // 17
        project.perform(project.edits().deleteActor(jane.id()));                                           // 18
        project.perform(project.edits().deleteClaim(denial.id()));                                         // 19
        project.perform(project.edits().renameDocument(project.documentId, "Border report (draft)"));      // 20
    }

    @Test
    void twentyEditsUndoneReturnTheFileToItsFirstContentAndRedoneToItsLast() throws Exception {
        project = TestProject.create(folder);
        TestProject.Contents initial = project.loaded();
        assertEquals(initial, project.memory());

        makeTwentyEdits();
        TestProject.Contents last = project.loaded();
        assertEquals(last, project.memory());
        assertEquals(last, project.file());
        assertNotEquals(initial, last);

        for (int i = 0; i < 20; i++) {
            assertTrue(project.session.undo(), "undo " + (i + 1));
        }
        assertFalse(project.session.undo(), "the project's setup is not undoable");
        assertEquals(initial, project.loaded());
        assertEquals(initial, project.memory());
        assertEquals(initial, project.file());

        for (int i = 0; i < 20; i++) {
            assertTrue(project.session.redo(), "redo " + (i + 1));
        }
        assertFalse(project.session.redo());
        assertEquals(last, project.loaded());
        assertEquals(last, project.memory());
        assertEquals(last, project.file());
    }

    @Test
    void aNewEditAfterUndoClearsRedo() throws Exception {
        project = TestProject.create(folder);
        Annotation first = project.annotate("on Tuesday", "Date/time");
        project.annotate("on Friday", "Date/time");
        assertTrue(project.session.undo());
        assertTrue(project.session.history().nextRedo().isPresent());

        project.perform(project.edits().setNote(first.id(), "Check the date"));
        assertTrue(project.session.history().nextRedo().isEmpty());
        assertFalse(project.session.redo());
        assertEquals(1, project.state().annotationCount());
        project.assertFileMatchesMemory();
    }

    @Test
    void listenersHearWhatWasDoneUndoneAndRedoneWithItsChanges() throws Exception {
        project = TestProject.create(folder);
        List<ProjectEvent> events = new ArrayList<>();
        ProjectListener listener = events::add;
        project.session.addListener(listener);
        EditHistory history = project.session.history();
        long revision = history.revision();
        assertEquals(Optional.empty(), history.nextUndo());

        Edit tag = project.edits().annotate(project.documentId, start("withdrawn its troops"),
                end("withdrawn its troops"), project.tag("Claim"));
        project.perform(tag);
        assertEquals(revision + 1, history.revision());
        assertEquals(tag, history.nextUndo().orElseThrow());
        assertTrue(history.nextUndo().orElseThrow().description().startsWith("Tag Claim"));
        assertEquals(new ProjectEvent(ProjectEvent.Kind.DONE, tag.description(), tag.changes()), events.get(0));
        assertTrue(events.get(0).touches(Annotation.class));
        assertFalse(events.get(0).touches(Actor.class));

        assertTrue(project.session.undo());
        assertEquals(revision + 2, history.revision());
        assertEquals(new ProjectEvent(ProjectEvent.Kind.UNDONE, tag.description(), tag.inverse().changes()),
                events.get(1));
        assertEquals(tag, history.nextRedo().orElseThrow());
        assertTrue(history.nextUndo().isEmpty());

        assertTrue(project.session.redo());
        assertEquals(revision + 3, history.revision());
        assertEquals(new ProjectEvent(ProjectEvent.Kind.REDONE, tag.description(), tag.changes()), events.get(2));
        assertEquals(3, events.size());

        project.perform(project.edits().retag(TestProject.created(tag, Annotation.class).id(),
                project.tag("Claim")));
        assertEquals(3, events.size(), "an empty edit is not announced");
        assertEquals(revision + 3, history.revision());

        project.session.removeListener(listener);
        project.annotate("on Friday", "Date/time");
        assertEquals(3, events.size());
        assertEquals(revision + 4, history.revision());
    }

    @Test
    void listenersSeeTheStateAlreadyChanged() throws Exception {
        project = TestProject.create(folder);
        List<Integer> counts = new ArrayList<>();
        project.session.addListener(event -> counts.add(project.state().annotationCount()));
        project.annotate("on Friday", "Date/time");
        project.session.undo();
        project.session.redo();
        assertEquals(List.of(1, 0, 1), counts);
    }

    @Test
    void undoAndRedoWithNothingToTakeBackChangeNothing() throws Exception {
        project = TestProject.create(folder);
        long revision = project.session.history().revision();
        assertFalse(project.session.undo());
        assertFalse(project.session.redo());
        assertEquals(revision, project.session.history().revision());
    }

    @Test
    void aRefusedWriteLeavesMemoryAndHistoryAsTheyWere() throws Exception {
        RefusingStore[] store = new RefusingStore[1];
        project = TestProject.create(folder, true, inner -> store[0] = new RefusingStore(inner));
        Annotation saved = project.annotate("on Tuesday", "Date/time");
        TestProject.Contents before = project.memory();
        EditHistory history = project.session.history();
        long revision = history.revision();
        Optional<Edit> undo = history.nextUndo();
        List<ProjectEvent> events = new ArrayList<>();
        project.session.addListener(events::add);

        store[0].refuse(true);
        Edit actor = project.edits().newActorFromSelection(project.documentId, start("Jane  Doe"), end("Jane  Doe"));
        assertThrows(NotSaved.class, () -> project.session.perform(actor));
        Edit note = project.edits().setNote(saved.id(), "never saved");
        assertThrows(NotSaved.class, () -> project.session.perform(note));

        assertEquals(before, project.memory());
        assertEquals(before, project.file());
        assertEquals(revision, history.revision());
        assertEquals(undo, history.nextUndo());
        assertTrue(history.nextRedo().isEmpty());
        assertTrue(events.isEmpty());

        store[0].refuse(false);
        project.perform(project.edits().setNote(saved.id(), "saved after all"));
        assertEquals("saved after all", project.state().annotation(saved.id()).orElseThrow().note());
        project.assertFileMatchesMemory();
    }

    @Test
    void aRefusedUndoOrRedoLeavesTheEditWhereItWas() throws Exception {
        RefusingStore[] store = new RefusingStore[1];
        project = TestProject.create(folder, true, inner -> store[0] = new RefusingStore(inner));
        Annotation first = project.annotate("on Tuesday", "Date/time");
        Edit second = project.perform(project.edits().setNote(first.id(), "a note"));
        TestProject.Contents done = project.memory();
        long revision = project.session.history().revision();

        store[0].refuse(true);
        assertThrows(NotSaved.class, project.session::undo);
        assertEquals(done, project.memory());
        assertEquals(done, project.file());
        assertEquals(second, project.session.history().nextUndo().orElseThrow());
        assertEquals(revision, project.session.history().revision());

        store[0].refuse(false);
        assertTrue(project.session.undo());
        TestProject.Contents undone = project.memory();
        store[0].refuse(true);
        assertThrows(NotSaved.class, project.session::redo);
        assertEquals(undone, project.memory());
        assertEquals(undone, project.file());
        assertEquals(second, project.session.history().nextRedo().orElseThrow());

        store[0].refuse(false);
        assertTrue(project.session.redo());
        assertEquals(done, project.memory());
        assertEquals(done, project.file());
    }

    @Test
    void aStoreClosedUnderneathRefusesTheEditAndMemoryStaysAsItWas() throws Exception {
        project = TestProject.create(folder);
        project.annotate("on Tuesday", "Date/time");
        TestProject.Contents before = project.memory();
        Optional<Edit> undo = project.session.history().nextUndo();
        long revision = project.session.history().revision();

        project.store.close();
        Edit claim = project.edits().newClaimFromSelection(project.documentId, start("withdrawn"), end("withdrawn"));
        assertThrows(NotSaved.class, () -> project.session.perform(claim));

        assertEquals(before, project.memory());
        assertEquals(undo, project.session.history().nextUndo());
        assertEquals(revision, project.session.history().revision());
        assertEquals(before, project.file());
    }

    @Test
    void aFailedWriteSavesNoneOfTheEditsChanges() throws Exception {
        project = TestProject.create(folder);
        TestProject.Contents before = project.memory();
        Actor ghost = new Actor(java.util.UUID.randomUUID(), "Ghost", ActorKind.OTHER, List.of(), "",
                List.of(java.util.UUID.randomUUID()), org.lectern.model.Stamp.now(TestProject.ANALYST));
        // The new highlight is fine, the actor names a highlight that does not exist: the file refuses both.
        Edit edit = new Edit("Broken", List.of(
                project.edits().annotate(project.documentId, start("on Friday"), end("on Friday"),
                        project.tag("Date/time")).changes().get(0),
                org.lectern.model.Change.created(ghost)));
        assertThrows(NotSaved.class, () -> project.session.perform(edit));
        assertEquals(before, project.memory());
        assertEquals(before, project.file());
        assertTrue(project.session.history().nextUndo().isEmpty());
    }

    @Test
    void anAnalystWhoOnlyEditsOthersRecordsLeavesMemoryAndFileAlike() throws Exception {
        project = TestProject.create(folder);
        Annotation adas = project.annotate("on Tuesday", "Date/time");
        project.close();

        try (ProjectSession bob = new ProjectSession(ProjectFiles.open(project.file), "Bob")) {
            bob.perform(bob.edits().setNote(adas.id(), "Bob's note"));
            Annotation noted = bob.state().annotation(adas.id()).orElseThrow();
            assertEquals(TestProject.ANALYST, noted.stamp().author(), "the highlight is still Ada's");
            try (ProjectSession reader = new ProjectSession(ProjectFiles.openForReading(project.file), "Reader")) {
                assertEquals(TestProject.Contents.of(bob.state()), TestProject.Contents.of(reader.state()));
            }
            bob.perform(bob.edits().annotate(bob.state().documents().get(0).id(), start("on Friday"),
                    end("on Friday"), bob.state().tagNamed("Date/time").orElseThrow().id()));
            assertTrue(bob.state().authorNames().contains("Bob"));
            try (ProjectSession reader = new ProjectSession(ProjectFiles.openForReading(project.file), "Reader")) {
                assertEquals(TestProject.Contents.of(bob.state()), TestProject.Contents.of(reader.state()));
            }
        }
        project = null;
    }

    @Test
    void aSessionNeedsAnAnalystsName() throws Exception {
        try (var store = ProjectFiles.create(folder.resolve("nameless.lectern"))) {
            assertThrows(IllegalArgumentException.class, () -> new ProjectSession(store, " "));
            assertThrows(IllegalArgumentException.class, () -> new ProjectSession(store, null));
            ProjectSession session = new ProjectSession(store, "  Ada ");
            assertEquals("Ada", session.analyst());
            assertEquals(folder.resolve("nameless.lectern"), session.location());
            assertEquals(ProjectFiles.CURRENT_FORMAT, session.schemaVersion());
        }
    }

    @Test
    void rangesOfTheTestArticleAreWhereTheTestsExpect() {
        int[] friday = range("on Friday");
        assertEquals("on Friday", TestProject.TEXT.substring(friday[0], friday[1]));
    }
}
