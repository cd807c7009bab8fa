package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Stamp;
import org.lectern.model.Verdict;
import org.lectern.text.Passages;

/** A reviewer's comments and decisions on a colleague's annotations: saved at once, undone as one step each. */
class ReviewEditsTest {
    @TempDir
    Path folder;

    private TestProject project;
    private Annotation bens;

    @BeforeEach
    void colleagueHasAnnotated() throws Exception {
        project = TestProject.create(folder);
        int[] range = TestProject.range("withdrawn its troops");
        bens = new Annotation(UUID.randomUUID(), project.state().documents().get(0).id(),
                Passages.of(TestProject.TEXT, range[0], range[1]), project.tag("Claim"), "", Stamp.now("Ben"));
        project.perform(new Edit("Ben's highlight", List.of(Change.created(bens))));
    }

    @AfterEach
    void close() {
        project.close();
    }

    private ReviewEdits review() {
        return project.session.reviewEdits();
    }

    @Test
    void acceptingCopiesTheAnnotationIntoTheAdjudicatedLayerWithTheDecisionAndItsReason() throws Exception {
        project.assertUndoable(review().accept(bens.id(), "Matches the ministry's statement"));

        ReviewDecision decision = project.state().decisionOn(bens.id()).orElseThrow();
        assertEquals(Verdict.ACCEPTED, decision.verdict());
        assertEquals("Matches the ministry's statement", decision.comment());
        assertEquals(TestProject.ANALYST, decision.stamp().author(), "the reviewer is recorded");
        Annotation copy = project.state().annotation(decision.resultId()).orElseThrow();
        assertEquals(bens.passage(), copy.passage());
        assertEquals(bens.tagId(), copy.tagId());
        assertEquals(TestProject.ANALYST, copy.stamp().author());
        assertEquals(bens, project.state().annotation(bens.id()).orElseThrow(), "Ben's own annotation is untouched");
    }

    @Test
    void amendingAcceptsWithOtherBoundariesAndTag() throws Exception {
        int[] wider = TestProject.range("had withdrawn its troops from the border");
        project.assertUndoable(review().amend(bens.id(), wider[0], wider[1], project.tag("Event"), "Wider"));

        ReviewDecision decision = project.state().decisionOn(bens.id()).orElseThrow();
        assertEquals(Verdict.AMENDED, decision.verdict());
        Annotation copy = project.state().annotation(decision.resultId()).orElseThrow();
        assertEquals("had withdrawn its troops from the border", copy.passage().quote());
        assertEquals(project.tag("Event"), copy.tagId());
    }

    @Test
    void rejectingRecordsTheDecisionAndAddsNothingToTheAdjudicatedLayer() throws Exception {
        int before = project.state().annotationCount();
        project.assertUndoable(review().reject(bens.id(), "The article does not say this"));

        ReviewDecision decision = project.state().decisionOn(bens.id()).orElseThrow();
        assertEquals(Verdict.REJECTED, decision.verdict());
        assertTrue(decision.result().isEmpty());
        assertEquals(before, project.state().annotationCount());
    }

    @Test
    void decidingAgainReplacesTheEarlierDecisionAndItsCopyInOneStep() throws Exception {
        project.perform(review().accept(bens.id(), "first look"));
        UUID firstCopy = project.state().decisionOn(bens.id()).orElseThrow().resultId();

        project.assertUndoable(review().reject(bens.id(), "second look"));

        assertEquals(1, project.state().decisions().size());
        assertEquals(Verdict.REJECTED, project.state().decisionOn(bens.id()).orElseThrow().verdict());
        assertTrue(project.state().annotation(firstCopy).isEmpty(), "the accepted copy went with the decision");
    }

    @Test
    void withdrawingADecisionRemovesItsCopy() throws Exception {
        project.perform(review().accept(bens.id(), ""));
        UUID copy = project.state().decisionOn(bens.id()).orElseThrow().resultId();

        project.assertUndoable(review().undecide(bens.id()));

        assertTrue(project.state().decisionOn(bens.id()).isEmpty());
        assertTrue(project.state().annotation(copy).isEmpty());
    }

    @Test
    void deletingAnAdjudicatedCopyTakesItsDecisionAlongAndUndoRestoresBoth() throws Exception {
        project.perform(review().accept(bens.id(), ""));
        UUID copy = project.state().decisionOn(bens.id()).orElseThrow().resultId();

        project.assertUndoable(project.edits().deleteAnnotation(copy));

        assertTrue(project.state().decisionOn(bens.id()).isEmpty());
    }

    /** The reviewer's own highlight, and a copy a decision made, are nothing to accept, amend or reject. */
    @Test
    void aReviewerDecidesOnlyOnAColleaguesHighlightNeverOnTheirOwnOrOnACopy() throws Exception {
        Annotation mine = project.annotate("Satellite images", "Evidence");
        project.perform(review().accept(bens.id(), "yes"));
        java.util.UUID copy = project.state().decisionOn(bens.id()).orElseThrow().resultId();

        assertTrue(review().canDecide(bens.id()));
        assertFalse(review().canDecide(mine.id()));
        assertFalse(review().canDecide(copy));
        for (java.util.UUID notAColleagues : List.of(mine.id(), copy)) {
            IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalArgumentException.class, () -> review().reject(notAColleagues, "mine"));
            assertFalse(refused.getMessage().isBlank());
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> review().accept(notAColleagues, ""));
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> review().amend(notAColleagues, 0, 5, project.tag("Event"), ""));
        }
        assertTrue(project.state().decisionOn(mine.id()).isEmpty(), "nothing was decided on Ana's own highlight");
    }

    @Test
    void commentsFormThreadsThatAreResolvedAndReopenedAsAWhole() throws Exception {
        project.assertUndoable(review().comment(bens.id(), "Which ministry said this?"));
        ReviewComment first = project.state().commentsOn(bens.id()).get(0);
        project.assertUndoable(review().reply(first.id(), "The foreign ministry, paragraph one."));
        ReviewComment reply = project.state().commentsOn(bens.id()).get(1);
        assertEquals(first.id(), reply.parentId());

        project.assertUndoable(review().setResolved(reply.id(), true));
        assertTrue(project.state().comment(first.id()).orElseThrow().resolved(), "resolving a reply resolves its thread");
        assertTrue(review().setResolved(first.id(), true).isEmpty(), "resolving a resolved thread is no edit");

        project.assertUndoable(review().setResolved(first.id(), false));
        assertFalse(project.state().comment(first.id()).orElseThrow().resolved());
    }

    @Test
    void deletingACommentDeletesItsRepliesAndUndoBringsTheThreadBack() throws Exception {
        project.perform(review().comment(bens.id(), "Source?"));
        ReviewComment first = project.state().commentsOn(bens.id()).get(0);
        project.perform(review().reply(first.id(), "Paragraph one."));

        project.assertUndoable(review().deleteComment(first.id()));

        assertTrue(project.state().commentsOn(bens.id()).isEmpty());
    }

    @Test
    void deletingACommentedHighlightTakesItsCommentsAlong() throws Exception {
        project.perform(review().comment(bens.id(), "Source?"));

        project.assertUndoable(project.edits().deleteAnnotation(bens.id()));

        assertTrue(project.state().comments().isEmpty());
    }
}
