package org.lectern.properties;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Likelihood;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ReviewComment;
import org.lectern.model.Stamps;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectState;

/**
 * Random edits an analyst makes through Lectern's service layer, the one every menu, key and panel goes through:
 * highlights and notes, actors, claims, evidence and links made, edited and deleted, the tag set changed, articles
 * added, renamed and removed, review comments and decisions on a colleague's highlights. Each edit is drawn among
 * those that apply to the project as it stands; one the service refuses (a tag still in use, a name taken) is
 * refused as the window would refuse it, and nothing is saved.
 */
final class RandomEdits {
    /** What an edit changes, and how often an analyst makes it, relative to the others. */
    enum Kind {
        ANNOTATE(8), NOTE(2), RETAG(1), DELETE_HIGHLIGHT(1),
        NEW_ACTOR_FROM_SELECTION(3), NEW_ACTOR(1), ADD_MENTION(2), EDIT_ACTOR(1), DELETE_ACTOR(1),
        NEW_CLAIM(3), ADD_CLAIM_PASSAGE(1), EDIT_CLAIM(2), DELETE_CLAIM(1),
        NEW_EVIDENCE(3), ADD_EVIDENCE_PASSAGE(1), EDIT_EVIDENCE(1), DELETE_EVIDENCE(1),
        LINK(4), EDIT_LINK(1), DELETE_LINK(1),
        NEW_TAG(1), EDIT_TAG(1), DELETE_TAG(1),
        ADD_DOCUMENT(1), RENAME_DOCUMENT(1), REMOVE_DOCUMENT(1),
        COMMENT(1), REPLY(1), RESOLVE(1), EDIT_COMMENT(1), DELETE_COMMENT(1),
        ACCEPT(2), AMEND(1), REJECT(1), WITHDRAW_DECISION(1);

        private final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    /** The edits of an analyst's own reading: no tag set, articles or review. */
    static final List<Kind> READING = List.of(Kind.ANNOTATE, Kind.NOTE, Kind.RETAG, Kind.DELETE_HIGHLIGHT,
            Kind.NEW_ACTOR_FROM_SELECTION, Kind.NEW_ACTOR, Kind.ADD_MENTION, Kind.EDIT_ACTOR, Kind.DELETE_ACTOR,
            Kind.NEW_CLAIM, Kind.ADD_CLAIM_PASSAGE, Kind.EDIT_CLAIM, Kind.DELETE_CLAIM, Kind.NEW_EVIDENCE,
            Kind.ADD_EVIDENCE_PASSAGE, Kind.EDIT_EVIDENCE, Kind.DELETE_EVIDENCE, Kind.LINK, Kind.EDIT_LINK,
            Kind.DELETE_LINK);
    static final List<Kind> ALL = List.of(Kind.values());

    private static final List<String> COLOURS = List.of("#336699", "#a0522d", "#2e8b57", "#ff00ff");
    private static final int PASSAGE_CODE_POINTS = 16;

    private final ScratchFolder folder;
    private final List<Kind> kinds;
    /** Whether the analyst changes and deletes only records of their own, as a member of a team does. */
    private final boolean ownOnly;
    /** Tags the analyst leaves as they are (a team's built-in tags, which every member's Lectern looks up). */
    private final Set<String> fixedTags;
    private int articles;

    /** @param folder where articles to add are written */
    RandomEdits(ScratchFolder folder, List<Kind> kinds) {
        this(folder, kinds, false, Set.of());
    }

    RandomEdits(ScratchFolder folder, List<Kind> kinds, boolean ownOnly, Set<String> fixedTags) {
        this.folder = folder;
        this.kinds = kinds;
        this.ownOnly = ownOnly;
        this.fixedTags = fixedTags;
    }

    /** The records of a list this analyst may change or delete. */
    private <T extends ProjectRecord> List<T> editable(List<T> records, String analyst) {
        if (!ownOnly) {
            return records;
        }
        return records.stream().filter(r -> Stamps.authorOf(r).map(analyst::equals).orElse(true)).toList();
    }

    private List<Tag> editableTags(ProjectState state) {
        return state.tags().stream().filter(t -> !fixedTags.contains(t.name())).toList();
    }

    /** Colleagues' highlights this analyst may decide on: none already decided by someone else. */
    private List<Annotation> reviewable(ProjectState state, String analyst) {
        return colleagues(state, analyst).stream().filter(a -> !ownOnly || state.decisionOn(a.id())
                .map(d -> d.stamp().author().equals(analyst)).orElse(true)).toList();
    }

    /** Draws one edit that applies, performs it and notes it in words; returns whether anything was saved. */
    boolean perform(Draw draw, ProjectSession session) throws Exception {
        ProjectState state = session.state();
        List<Kind> applicable = kinds.stream().filter(kind -> applies(kind, state, session.analyst())).toList();
        if (applicable.isEmpty()) {
            draw.note(session.analyst() + ": nothing to do");
            return false;
        }
        Kind kind = weighted(draw, applicable);
        long before = session.history().revision();
        String what;
        try {
            what = perform(kind, draw, session);
        } catch (IllegalArgumentException refused) {
            draw.note(session.analyst() + ": " + kind + " refused (" + refused.getMessage() + ")");
            return false;
        }
        boolean saved = session.history().revision() != before;
        draw.note(session.analyst() + ": " + what + (saved ? "" : " — changes nothing"));
        return saved;
    }

    /** One of the kinds, each as often as its weight says; the simplest choice is the first. */
    private static Kind weighted(Draw draw, List<Kind> kinds) {
        int choice = draw.below(kinds.stream().mapToInt(k -> k.weight).sum());
        for (Kind kind : kinds) {
            choice -= kind.weight;
            if (choice < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights add up");
    }

    private boolean applies(Kind kind, ProjectState state, String analyst) {
        boolean documents = !state.documents().isEmpty();
        boolean highlights = !highlights(state).isEmpty();
        boolean mine = !editable(highlights(state), analyst).isEmpty();
        return switch (kind) {
            case ANNOTATE -> documents && !state.tags().isEmpty();
            case NOTE, DELETE_HIGHLIGHT -> mine;
            case RETAG -> mine && !state.tags().isEmpty();
            case NEW_ACTOR_FROM_SELECTION, NEW_CLAIM, NEW_EVIDENCE, REMOVE_DOCUMENT, RENAME_DOCUMENT -> documents;
            case NEW_ACTOR, NEW_TAG, ADD_DOCUMENT -> true;
            case ADD_MENTION -> documents && !editable(state.actors(), analyst).isEmpty();
            case EDIT_ACTOR, DELETE_ACTOR -> !editable(state.actors(), analyst).isEmpty();
            case ADD_CLAIM_PASSAGE -> documents && !editable(state.claims(), analyst).isEmpty();
            case EDIT_CLAIM, DELETE_CLAIM -> !editable(state.claims(), analyst).isEmpty();
            case ADD_EVIDENCE_PASSAGE -> documents && !editable(state.evidence(), analyst).isEmpty();
            case EDIT_EVIDENCE, DELETE_EVIDENCE -> !editable(state.evidence(), analyst).isEmpty();
            case LINK -> !state.claims().isEmpty() && !state.evidence().isEmpty();
            case EDIT_LINK, DELETE_LINK -> !editable(state.links(), analyst).isEmpty();
            case EDIT_TAG, DELETE_TAG -> !editableTags(state).isEmpty();
            case COMMENT -> highlights || !state.actors().isEmpty() || !state.claims().isEmpty()
                    || !state.evidence().isEmpty();
            case REPLY -> !state.comments().isEmpty();
            case RESOLVE, EDIT_COMMENT, DELETE_COMMENT -> !editable(state.comments(), analyst).isEmpty();
            case ACCEPT, AMEND, REJECT -> !reviewable(state, analyst).isEmpty();
            case WITHDRAW_DECISION -> !editable(state.decisions(), analyst).isEmpty();
        };
    }

    private String perform(Kind kind, Draw draw, ProjectSession session) throws Exception {
        ProjectState state = session.state();
        return switch (kind) {
            case ANNOTATE -> {
                Document document = draw.oneOf(state.documents());
                int[] range = RandomTexts.passage(draw, document.text(), PASSAGE_CODE_POINTS);
                Tag tag = draw.oneOf(state.tags());
                session.perform(session.edits().annotate(document.id(), range[0], range[1], tag.id()));
                yield "tags " + quoted(document, range) + " " + tag.name();
            }
            case NOTE -> {
                Annotation highlight = draw.oneOf(editable(highlights(state), session.analyst()));
                String note = RandomTexts.note(draw);
                session.perform(session.edits().setNote(highlight.id(), note));
                yield "notes " + RandomTexts.shown(note) + " on " + quoted(highlight);
            }
            case RETAG -> {
                Annotation highlight = draw.oneOf(editable(highlights(state), session.analyst()));
                Tag tag = draw.oneOf(state.tags());
                session.perform(session.edits().retag(highlight.id(), tag.id()));
                yield "retags " + quoted(highlight) + " " + tag.name();
            }
            case DELETE_HIGHLIGHT -> {
                Annotation highlight = draw.oneOf(editable(highlights(state), session.analyst()));
                session.perform(session.edits().deleteAnnotation(highlight.id()));
                yield "deletes the highlight " + quoted(highlight);
            }
            case NEW_ACTOR_FROM_SELECTION -> selection(draw, session, "a new actor from",
                    (d, r) -> session.edits().newActorFromSelection(d, r[0], r[1]));
            case NEW_ACTOR -> {
                String name = RandomTexts.words(draw, 3);
                session.perform(session.edits().newActor(name, draw.oneOf(Arrays.asList(ActorKind.values()))));
                yield "makes the actor " + RandomTexts.shown(name);
            }
            case ADD_MENTION -> {
                Actor actor = draw.oneOf(editable(state.actors(), session.analyst()));
                yield selection(draw, session, "a mention of " + actor.name() + " at",
                        (d, r) -> session.edits().addMention(actor.id(), d, r[0], r[1]));
            }
            case EDIT_ACTOR -> {
                Actor actor = draw.oneOf(editable(state.actors(), session.analyst()));
                String name = draw.maybe(50) ? RandomTexts.words(draw, 3) : actor.name();
                session.perform(session.edits().editActor(actor.id(), name,
                        draw.oneOf(Arrays.asList(ActorKind.values())), draw.list(0, 2, 30, d -> RandomTexts.words(d, 2)),
                        RandomTexts.note(draw)));
                yield "edits the actor " + actor.name();
            }
            case DELETE_ACTOR -> {
                Actor actor = draw.oneOf(editable(state.actors(), session.analyst()));
                session.perform(session.edits().deleteActor(actor.id()));
                yield "deletes the actor " + actor.name();
            }
            case NEW_CLAIM -> selection(draw, session, "a new claim from",
                    (d, r) -> session.edits().newClaimFromSelection(d, r[0], r[1]));
            case ADD_CLAIM_PASSAGE -> {
                Claim claim = draw.oneOf(editable(state.claims(), session.analyst()));
                yield selection(draw, session, "another passage of a claim at",
                        (d, r) -> session.edits().addClaimPassage(claim.id(), d, r[0], r[1]));
            }
            case EDIT_CLAIM -> {
                Claim claim = draw.oneOf(editable(state.claims(), session.analyst()));
                UUID claimant = !state.actors().isEmpty() && draw.maybe(60) ? draw.oneOf(state.actors()).id() : null;
                session.perform(session.edits().editClaim(claim.id(),
                        draw.maybe(50) ? RandomTexts.words(draw, 4) : claim.statement(), claimant,
                        draw.oneOf(Arrays.asList(ClaimStatus.values())), draw.oneOf(Arrays.asList(Likelihood.values()))));
                yield "edits the claim " + RandomTexts.shown(claim.statement());
            }
            case DELETE_CLAIM -> {
                Claim claim = draw.oneOf(editable(state.claims(), session.analyst()));
                session.perform(session.edits().deleteClaim(claim.id()));
                yield "deletes the claim " + RandomTexts.shown(claim.statement());
            }
            case NEW_EVIDENCE -> selection(draw, session, "new evidence from",
                    (d, r) -> session.edits().newEvidenceFromSelection(d, r[0], r[1]));
            case ADD_EVIDENCE_PASSAGE -> {
                Evidence item = draw.oneOf(editable(state.evidence(), session.analyst()));
                yield selection(draw, session, "another passage of evidence at",
                        (d, r) -> session.edits().addEvidencePassage(item.id(), d, r[0], r[1]));
            }
            case EDIT_EVIDENCE -> {
                Evidence item = draw.oneOf(editable(state.evidence(), session.analyst()));
                Grade grade = Grade.parse("ABCDEF".charAt(draw.below(6)) + "" + (1 + draw.below(6)));
                session.perform(session.edits().editEvidence(item.id(),
                        draw.maybe(50) ? RandomTexts.words(draw, 4) : item.description(), grade));
                yield "grades the evidence " + RandomTexts.shown(item.description()) + " " + grade;
            }
            case DELETE_EVIDENCE -> {
                Evidence item = draw.oneOf(editable(state.evidence(), session.analyst()));
                session.perform(session.edits().deleteEvidence(item.id()));
                yield "deletes the evidence " + RandomTexts.shown(item.description());
            }
            case LINK -> {
                Evidence item = draw.oneOf(state.evidence());
                Claim claim = draw.oneOf(state.claims());
                Stance stance = draw.oneOf(Arrays.asList(Stance.values()));
                session.perform(session.edits().link(item.id(), claim.id(), stance,
                        draw.oneOf(Arrays.asList(Strength.values()))));
                yield "links evidence " + RandomTexts.shown(item.description()) + " to the claim "
                        + RandomTexts.shown(claim.statement()) + " (" + stance + ")";
            }
            case EDIT_LINK -> {
                Link link = draw.oneOf(editable(state.links(), session.analyst()));
                session.perform(session.edits().editLink(link.id(), draw.oneOf(Arrays.asList(Stance.values())),
                        draw.oneOf(Arrays.asList(Strength.values()))));
                yield "edits a link";
            }
            case DELETE_LINK -> {
                Link link = draw.oneOf(editable(state.links(), session.analyst()));
                session.perform(session.edits().deleteLink(link.id()));
                yield "removes a link";
            }
            case NEW_TAG -> {
                String name = RandomTexts.words(draw, 2);
                session.perform(session.tagEdits().add(name, draw.oneOf(COLOURS)));
                yield "adds the tag " + RandomTexts.shown(name);
            }
            case EDIT_TAG -> {
                Tag tag = draw.oneOf(editableTags(state));
                String name = draw.maybe(50) ? RandomTexts.words(draw, 2) : tag.name();
                int key = draw.below(10);
                session.perform(session.tagEdits().edit(tag.id(), name, draw.oneOf(COLOURS), key,
                        RandomTexts.note(draw)));
                yield "edits the tag " + tag.name() + " (now " + RandomTexts.shown(name) + ", key " + key + ")";
            }
            case DELETE_TAG -> {
                Tag tag = draw.oneOf(editableTags(state));
                session.perform(session.tagEdits().delete(tag.id()));
                yield "deletes the tag " + tag.name();
            }
            case ADD_DOCUMENT -> {
                String raw = RandomTexts.article(draw);
                Path file = Articles.write(folder, "added-" + ++articles, raw);
                Document added = Articles.add(session, file);
                yield "adds the article " + RandomTexts.shown(raw) + " as “" + added.title() + "”";
            }
            case RENAME_DOCUMENT -> {
                Document document = draw.oneOf(state.documents());
                String title = RandomTexts.words(draw, 3);
                session.perform(session.edits().renameDocument(document.id(), title));
                yield "renames “" + document.title() + "” " + RandomTexts.shown(title);
            }
            case REMOVE_DOCUMENT -> {
                Document document = draw.oneOf(state.documents());
                session.perform(session.edits().removeDocument(document.id()));
                yield "removes the article “" + document.title() + "”";
            }
            case COMMENT -> {
                List<UUID> targets = new ArrayList<>();
                highlights(state).forEach(a -> targets.add(a.id()));
                state.actors().forEach(a -> targets.add(a.id()));
                state.claims().forEach(c -> targets.add(c.id()));
                state.evidence().forEach(e -> targets.add(e.id()));
                String text = RandomTexts.words(draw, 4);
                session.perform(session.reviewEdits().comment(draw.oneOf(targets), text));
                yield "comments " + RandomTexts.shown(text);
            }
            case REPLY -> {
                ReviewComment to = draw.oneOf(state.comments());
                String text = RandomTexts.words(draw, 4);
                session.perform(session.reviewEdits().reply(to.id(), text));
                yield "replies " + RandomTexts.shown(text) + " to " + RandomTexts.shown(to.text());
            }
            case RESOLVE -> {
                ReviewComment comment = draw.oneOf(editable(state.comments(), session.analyst()));
                boolean resolved = draw.maybe(70);
                session.perform(session.reviewEdits().setResolved(comment.id(), resolved));
                yield (resolved ? "resolves" : "reopens") + " the thread of " + RandomTexts.shown(comment.text());
            }
            case EDIT_COMMENT -> {
                ReviewComment comment = draw.oneOf(editable(state.comments(), session.analyst()));
                String text = RandomTexts.words(draw, 4);
                session.perform(session.reviewEdits().editComment(comment.id(), text));
                yield "rewrites the comment " + RandomTexts.shown(comment.text()) + " " + RandomTexts.shown(text);
            }
            case DELETE_COMMENT -> {
                ReviewComment comment = draw.oneOf(editable(state.comments(), session.analyst()));
                session.perform(session.reviewEdits().deleteComment(comment.id()));
                yield "deletes the comment " + RandomTexts.shown(comment.text());
            }
            case ACCEPT -> {
                Annotation theirs = draw.oneOf(reviewable(state, session.analyst()));
                session.perform(session.reviewEdits().accept(theirs.id(), RandomTexts.note(draw)));
                yield "accepts " + quoted(theirs) + " by " + theirs.stamp().author();
            }
            case AMEND -> {
                Annotation theirs = draw.oneOf(reviewable(state, session.analyst()));
                Document document = state.document(theirs.documentId()).orElseThrow();
                int[] range = RandomTexts.passage(draw, document.text(), PASSAGE_CODE_POINTS);
                Tag tag = draw.oneOf(state.tags());
                session.perform(session.reviewEdits().amend(theirs.id(), range[0], range[1], tag.id(),
                        RandomTexts.note(draw)));
                yield "amends " + quoted(theirs) + " by " + theirs.stamp().author() + " to " + quoted(document, range)
                        + " " + tag.name();
            }
            case REJECT -> {
                Annotation theirs = draw.oneOf(reviewable(state, session.analyst()));
                session.perform(session.reviewEdits().reject(theirs.id(), RandomTexts.note(draw)));
                yield "rejects " + quoted(theirs) + " by " + theirs.stamp().author();
            }
            case WITHDRAW_DECISION -> {
                var decision = draw.oneOf(editable(state.decisions(), session.analyst()));
                session.perform(session.reviewEdits().undecide(decision.reviewedId()));
                yield "withdraws a decision (" + decision.verdict() + ")";
            }
        };
    }

    /** An edit on a passage the analyst selects in one of the articles. */
    private static String selection(Draw draw, ProjectSession session, String what, OnSelection edit) {
        Document document = draw.oneOf(session.state().documents());
        int[] range = RandomTexts.passage(draw, document.text(), PASSAGE_CODE_POINTS);
        session.perform(edit.on(document.id(), range));
        return "makes " + what + " " + quoted(document, range);
    }

    @FunctionalInterface
    private interface OnSelection {
        Edit on(UUID documentId, int[] range);
    }

    /** Every highlight, article by article, each article's in text order. */
    static List<Annotation> highlights(ProjectState state) {
        return state.documents().stream().flatMap(d -> state.annotationsOf(d.id()).stream()).toList();
    }

    private static List<Annotation> colleagues(ProjectState state, String analyst) {
        Predicate<Annotation> theirs = a -> !a.stamp().author().equals(analyst);
        return highlights(state).stream().filter(theirs).toList();
    }

    private static String quoted(Document document, int[] range) {
        return RandomTexts.shown(document.text().substring(range[0], range[1])) + " [" + range[0] + "," + range[1]
                + ") of “" + document.title() + "”";
    }

    private static String quoted(Annotation highlight) {
        return RandomTexts.shown(highlight.passage().quote()) + " [" + highlight.passage().start() + ","
                + highlight.passage().end() + ")";
    }
}
