package org.lectern.ui;

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
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ReviewComment;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.ui.review.CommentsViewModel;

/** The review comments' view model, without a window: threads, one edit per action, and refreshes that write nothing. */
class CommentsViewModelTest {
    private static final String TEXT = "Customs records show four containers weighed twice the declared amount.";

    @TempDir
    Path folder;

    private WorkbenchModel model;
    private ProjectSession session;
    private CommentsViewModel comments;
    private UUID highlight;

    @BeforeEach
    void openProject() throws Exception {
        model = new WorkbenchModel(new ScriptedDialogs());
        session = ProjectSetup.open(folder.resolve("case.lectern"), "Ana");
        model.attach(session);
        session.perform(session.edits().addDocument("Customs", DocumentMetadata.EMPTY, TEXT));
        UUID document = session.state().documents().get(0).id();
        int start = TEXT.indexOf("four containers");
        session.perform(session.edits().annotate(document, start, start + "four containers".length(),
                session.state().tagNamed("Evidence").orElseThrow().id()));
        highlight = session.state().annotationsOf(document).get(0).id();
        comments = new CommentsViewModel(model);
    }

    @AfterEach
    void closeProject() {
        model.detach();
    }

    @Test
    void withNoRecordShownThereIsNothingToCommentOn() {
        comments.show(null);
        comments.textProperty().set("Orphan remark");
        assertFalse(comments.hasTargetProperty().get());
        assertFalse(comments.comment());
        assertEquals(List.of(), session.state().comments());
    }

    @Test
    void aCommentAndAReplyAreOneEditEachAndTheReplyFollowsItsThread() {
        comments.show(highlight);
        long before = session.history().revision();

        comments.textProperty().set("Which manifest?");
        assertTrue(comments.comment());
        assertEquals(before + 1, session.history().revision(), "one edit");
        assertEquals("", comments.textProperty().get(), "the field is emptied once saved");
        comments.textProperty().set("Unrelated: check the date");
        assertTrue(comments.comment());

        comments.chosenProperty().set(comments.comments().get(0));
        assertTrue(comments.commentChosenProperty().get());
        comments.textProperty().set("The March one");
        assertTrue(comments.reply());

        assertEquals(List.of("Which manifest?", "The March one", "Unrelated: check the date"),
                comments.comments().stream().map(ReviewComment::text).toList(), "a reply under its comment");
        assertEquals(List.of(0, 1, 0), comments.comments().stream().map(comments::depth).toList());
    }

    @Test
    void resolvingAReplyResolvesItsThreadAndTheChoiceThenOffersReopen() {
        comments.show(highlight);
        comments.textProperty().set("Which manifest?");
        comments.comment();
        comments.chosenProperty().set(comments.comments().get(0));
        comments.textProperty().set("The March one");
        comments.reply();
        ReviewComment reply = comments.comments().get(1);
        comments.chosenProperty().set(reply);
        assertEquals("Resolve", comments.resolveLabelProperty().get());

        assertTrue(comments.toggleResolved());

        assertTrue(session.state().comments().stream().filter(c -> c.parentId() == null).findFirst().orElseThrow()
                .resolved(), "the thread is resolved at its first comment");
        assertEquals(reply.id(), comments.chosenProperty().get().id(), "the reply stays chosen");
        assertEquals("Reopen", comments.resolveLabelProperty().get());
        assertTrue(comments.threadResolved(comments.comments().get(1)));
    }

    @Test
    void aRefreshAfterUndoShowsTheListWithoutWritingAnythingBack() {
        comments.show(highlight);
        comments.textProperty().set("Which manifest?");
        comments.comment();
        comments.textProperty().set("Half-written second thought");

        session.undo();
        long afterUndo = session.history().revision();
        comments.show(highlight);

        assertEquals(List.of(), comments.comments());
        assertEquals(afterUndo, session.history().revision(), "nothing written by the refresh");
        assertEquals("Half-written second thought", comments.textProperty().get(), "what is being written stays");
    }
}
