package org.lectern.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.model.Verdict;
import org.lectern.text.Passages;

/**
 * The reviewer's edits: comments and their threads, and decisions on a colleague's annotations. An accepted
 * or amended annotation is copied into the adjudicated layer (a new annotation by the reviewer), and the
 * decision records which copy it made; deciding again replaces the earlier decision and its copy in the same
 * edit, so one undo always restores what was there.
 */
public final class ReviewEdits {
    private final ProjectState state;
    private final String reviewer;

    ReviewEdits(ProjectState state, String reviewer) {
        this.state = state;
        this.reviewer = reviewer;
    }

    // Comments --------------------------------------------------------------------------------------

    public Edit comment(UUID targetId, String text) {
        ReviewComment comment = new ReviewComment(UUID.randomUUID(), targetId, null, text, false, stamp());
        return new Edit("Comment", List.of(Change.created(comment)));
    }

    public Edit reply(UUID commentId, String text) {
        ReviewComment to = state.comment(commentId).orElseThrow();
        ReviewComment reply = new ReviewComment(UUID.randomUUID(), to.targetId(), to.id(), text, false, stamp());
        return new Edit("Reply", List.of(Change.created(reply)));
    }

    /** Resolves (or reopens) a whole thread, through the comment that started it. */
    public Edit setResolved(UUID commentId, boolean resolved) {
        ReviewComment root = threadRoot(state.comment(commentId).orElseThrow());
        if (root.resolved() == resolved) {
            return new Edit("Nothing", List.of());
        }
        return new Edit(resolved ? "Resolve thread" : "Reopen thread",
                List.of(Change.updated(root, root.withResolved(resolved))));
    }

    public Edit editComment(UUID commentId, String text) {
        ReviewComment before = state.comment(commentId).orElseThrow();
        return new Edit("Edit comment", List.of(Change.updated(before, before.withText(text))));
    }

    /** Deletes a comment and the replies to it. */
    public Edit deleteComment(UUID commentId) {
        ReviewComment comment = state.comment(commentId).orElseThrow();
        List<Change> changes = new ArrayList<>();
        deleteWithReplies(comment, changes);
        return new Edit("Delete comment", changes);
    }

    private void deleteWithReplies(ReviewComment comment, List<Change> changes) {
        for (ReviewComment reply : state.comments()) {
            if (comment.id().equals(reply.parentId())) {
                deleteWithReplies(reply, changes);
            }
        }
        changes.add(Change.deleted(comment));
    }

    private ReviewComment threadRoot(ReviewComment comment) {
        ReviewComment root = comment;
        Optional<ReviewComment> parent = root.parent().flatMap(state::comment);
        while (parent.isPresent()) {
            root = parent.get();
            parent = root.parent().flatMap(state::comment);
        }
        return root;
    }

    // Decisions -------------------------------------------------------------------------------------

    /**
     * Whether the reviewer can decide on this annotation: it is a colleague's reading. The reviewer's own
     * highlights and the copies decisions made are not there to be accepted or rejected; one's own highlight
     * can only be deleted, as an edit like any other.
     */
    public boolean canDecide(UUID annotationId) {
        return state.annotation(annotationId).filter(this::isColleagues).isPresent();
    }

    private boolean isColleagues(Annotation annotation) {
        return !annotation.stamp().author().equals(reviewer)
                && state.decisions().stream().noneMatch(d -> annotation.id().equals(d.resultId()));
    }

    /** The colleague's annotation a decision is about; a clear refusal for anything else. */
    private Annotation colleagues(UUID reviewedId) {
        Annotation annotation = state.annotation(reviewedId).orElseThrow();
        if (annotation.stamp().author().equals(reviewer)) {
            throw new IllegalArgumentException("This highlight is yours: accept, amend and reject are for a"
                    + " colleague's work. To remove it, delete it.");
        }
        if (!isColleagues(annotation)) {
            throw new IllegalArgumentException("This highlight is the result of a review decision; decide again"
                    + " on the colleague's highlight it came from.");
        }
        return annotation;
    }

    /** Accepts a colleague's annotation as it stands: a copy of it joins the adjudicated layer. */
    public Edit accept(UUID reviewedId, String comment) {
        Annotation theirs = colleagues(reviewedId);
        Annotation copy = new Annotation(UUID.randomUUID(), theirs.documentId(), theirs.passage(), theirs.tagId(),
                theirs.note(), stamp());
        return decide("Accept", reviewedId, Verdict.ACCEPTED, copy, comment);
    }

    /** Accepts it with other boundaries or another tag. */
    public Edit amend(UUID reviewedId, int start, int end, UUID tagId, String comment) {
        Annotation theirs = colleagues(reviewedId);
        Tag tag = state.tag(tagId).orElseThrow();
        String text = state.document(theirs.documentId()).orElseThrow().text();
        Annotation copy = new Annotation(UUID.randomUUID(), theirs.documentId(), Passages.of(text, start, end),
                tag.id(), theirs.note(), stamp());
        return decide("Amend and accept", reviewedId, Verdict.AMENDED, copy, comment);
    }

    public Edit reject(UUID reviewedId, String comment) {
        colleagues(reviewedId);
        return decide("Reject", reviewedId, Verdict.REJECTED, null, comment);
    }

    /** Takes a decision back, with its copy in the adjudicated layer. */
    public Edit undecide(UUID reviewedId) {
        List<Change> changes = new ArrayList<>();
        withdraw(reviewedId, changes);
        return new Edit("Withdraw decision", changes);
    }

    private Edit decide(String verb, UUID reviewedId, Verdict verdict, Annotation copy, String comment) {
        List<Change> changes = new ArrayList<>();
        withdraw(reviewedId, changes);
        if (copy != null) {
            changes.add(Change.created(copy));
        }
        changes.add(Change.created(new ReviewDecision(UUID.randomUUID(), reviewedId, verdict,
                copy == null ? null : copy.id(), comment, stamp())));
        Annotation theirs = state.annotation(reviewedId).orElseThrow();
        return new Edit(verb + " “" + Edits.shorten(theirs.passage().quote()) + "”", changes);
    }

    private void withdraw(UUID reviewedId, List<Change> changes) {
        Optional<ReviewDecision> earlier = state.decisionOn(reviewedId);
        earlier.ifPresent(decision -> {
            changes.add(Change.deleted(decision));
            decision.result().flatMap(state::annotation).ifPresent(copy -> changes.add(Change.deleted(copy)));
        });
    }

    private Stamp stamp() {
        return Stamp.now(reviewer);
    }
}
