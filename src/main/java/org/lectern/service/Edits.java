package org.lectern.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Likelihood;
import org.lectern.model.Link;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;
import org.lectern.text.Passages;

/**
 * Builds the edits an analyst makes, from the current state. Nothing is saved here: the session performs
 * the edit. Where an edit would leave a dangling reference (a deleted passage still listed as a claim's),
 * the same edit updates the records that refer to it, so one undo restores everything.
 */
public final class Edits {
    /** The tags that "New actor / claim / evidence from selection" highlight with, created if missing. */
    public static final String ACTOR_TAG = "Actor";
    public static final String CLAIM_TAG = "Claim";
    public static final String EVIDENCE_TAG = "Evidence";

    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

    private final ProjectState state;
    private final String analyst;

    Edits(ProjectState state, String analyst) {
        this.state = state;
        this.analyst = analyst;
    }

    // Documents -------------------------------------------------------------------------------------

    public Edit addDocument(String title, DocumentMetadata metadata, String normalisedText) {
        Document document = new Document(UUID.randomUUID(), title, metadata, normalisedText, stamp());
        return new Edit("Add document “" + shorten(document.title()) + "”", List.of(Change.created(document)));
    }

    public Edit renameDocument(UUID documentId, String title) {
        Document before = state.document(documentId).orElseThrow();
        return new Edit("Rename document", List.of(Change.updated(before, before.withTitle(title))));
    }

    /**
     * Corrects a document's title and where it came from (source, byline, publication date, address), as one
     * edit. Its text is never edited: every highlight is anchored to it.
     */
    public Edit editDocumentDetails(UUID documentId, String title, DocumentMetadata metadata) {
        Document before = state.document(documentId).orElseThrow();
        Document after = before.withDetails(title, metadata);
        if (before.title().equals(after.title()) && before.metadata().equals(after.metadata())) {
            return nothing();
        }
        return new Edit("Edit details of “" + shorten(after.title()) + "”", List.of(Change.updated(before, after)));
    }

    /** Removes a document with its highlights, and the references to them. */
    public Edit removeDocument(UUID documentId) {
        Document document = state.document(documentId).orElseThrow();
        Changes changes = new Changes();
        for (Annotation annotation : state.annotationsOf(documentId)) {
            forgetPassage(changes, annotation.id());
        }
        for (Annotation annotation : state.annotationsOf(documentId)) {
            changes.add(Change.deleted(annotation));
        }
        changes.add(Change.deleted(document));
        return new Edit("Remove document “" + shorten(document.title()) + "”", changes.list());
    }

    public Edit addTags(List<Tag> tags) {
        return new Edit("Add tags", tags.stream().map(Change::created).toList());
    }

    // Highlights ------------------------------------------------------------------------------------

    public Edit annotate(UUID documentId, int start, int end, UUID tagId) {
        Tag tag = state.tag(tagId).orElseThrow(() -> new IllegalArgumentException("No such tag"));
        Annotation annotation = newAnnotation(documentId, start, end, tag.id());
        return new Edit("Tag " + tag.name() + " on “" + shorten(annotation.passage().quote()) + "”",
                List.of(Change.created(annotation)));
    }

    public Edit setNote(UUID annotationId, String note) {
        Annotation before = state.annotation(annotationId).orElseThrow();
        if (before.note().equals(note == null ? "" : note)) {
            return nothing();
        }
        return new Edit("Edit note", List.of(Change.updated(before, before.withNote(note))));
    }

    public Edit retag(UUID annotationId, UUID tagId) {
        Annotation before = state.annotation(annotationId).orElseThrow();
        Tag tag = state.tag(tagId).orElseThrow();
        if (before.tagId().equals(tagId)) {
            return nothing();
        }
        return new Edit("Change tag to " + tag.name(), List.of(Change.updated(before, before.withTag(tagId))));
    }

    /**
     * A highlight's tag and note as the analyst left them in its form: one edit (one undo step) whether one of
     * them changed or both, named for what changed; nothing to undo when neither did.
     */
    public Edit editAnnotation(UUID annotationId, UUID tagId, String note) {
        Annotation before = state.annotation(annotationId).orElseThrow();
        String newNote = note == null ? "" : note;
        boolean retagged = !before.tagId().equals(tagId);
        boolean noted = !before.note().equals(newNote);
        if (!retagged) {
            return setNote(annotationId, newNote);
        }
        Tag tag = state.tag(tagId).orElseThrow(() -> new IllegalArgumentException("No such tag"));
        Annotation after = noted ? before.withTag(tagId).withNote(newNote) : before.withTag(tagId);
        return new Edit("Change tag to " + tag.name() + (noted ? " and edit note" : ""),
                List.of(Change.updated(before, after)));
    }

    /**
     * A highlight's start or end nudged: the same highlight (tag, note, author, and every record that cites it)
     * over the new stretch, as one edit. Nothing happens past either end of the text or when the highlight
     * would become empty.
     */
    public Edit movePassage(UUID annotationId, int start, int end) {
        Annotation before = state.annotation(annotationId).orElseThrow();
        Document document = state.document(before.documentId()).orElseThrow();
        if (start < 0 || end > document.text().length() || start >= end
                || start == before.passage().start() && end == before.passage().end()) {
            return nothing();
        }
        Annotation after = before.withPassage(Passages.of(document.text(), start, end));
        return new Edit("Move highlight to “" + shorten(after.passage().quote()) + "”",
                List.of(Change.updated(before, after)));
    }

    /** Deletes a highlight; actors, claims and evidence that used it as a passage lose it in the same edit. */
    public Edit deleteAnnotation(UUID annotationId) {
        Annotation annotation = state.annotation(annotationId).orElseThrow();
        Changes changes = new Changes();
        forgetPassage(changes, annotationId);
        changes.add(Change.deleted(annotation));
        return new Edit("Delete highlight “" + shorten(annotation.passage().quote()) + "”", changes.list());
    }

    // Actors ----------------------------------------------------------------------------------------

    public Edit newActorFromSelection(UUID documentId, int start, int end) {
        Changes changes = new Changes();
        Annotation mention = passageTagged(changes, documentId, start, end, ACTOR_TAG);
        String name = oneLine(mention.passage().quote());
        Actor actor = new Actor(UUID.randomUUID(), name, ActorKind.PERSON, List.of(), "", List.of(mention.id()),
                stamp());
        changes.add(Change.created(actor));
        return new Edit("New actor “" + shorten(name) + "”", changes.list());
    }

    public Edit newActor(String name, ActorKind kind) {
        Actor actor = new Actor(UUID.randomUUID(), name, kind, List.of(), "", List.of(), stamp());
        return new Edit("New actor “" + shorten(actor.name()) + "”", List.of(Change.created(actor)));
    }

    /** Marks a passage as a mention of an actor (reusing an Actor highlight already on exactly that passage). */
    public Edit addMention(UUID actorId, UUID documentId, int start, int end) {
        return addMentions(actorId, documentId, List.of(new int[] {start, end}));
    }

    /** Marks several passages at once, e.g. the ones "Find mentions" proposed and the analyst accepted. */
    public Edit addMentions(UUID actorId, UUID documentId, List<int[]> ranges) {
        Actor actor = state.actor(actorId).orElseThrow();
        Changes changes = new Changes();
        forgetReview(changes, actorId);
        List<UUID> mentions = new ArrayList<>(actor.mentionIds());
        for (int[] range : ranges) {
            Annotation mention = passageTagged(changes, documentId, range[0], range[1], ACTOR_TAG);
            if (!mentions.contains(mention.id())) {
                mentions.add(mention.id());
            }
        }
        if (mentions.equals(actor.mentionIds())) {
            return nothing();
        }
        changes.add(Change.updated(actor, actor.withMentions(mentions)));
        String what = ranges.size() == 1 ? "mention" : ranges.size() + " mentions";
        return new Edit("Add " + what + " of " + shorten(actor.name()), changes.list());
    }

    public Edit editActor(UUID actorId, String name, ActorKind kind, List<String> aliases, String description) {
        Actor before = state.actor(actorId).orElseThrow();
        Actor after = before.edited(name, kind, aliases, description);
        if (sameContent(before, after)) {
            return nothing();
        }
        return new Edit("Edit actor " + shorten(after.name()), List.of(Change.updated(before, after)));
    }

    /** Deletes an actor; claims it made lose their claimant. Its highlights stay, as plain highlights. */
    public Edit deleteActor(UUID actorId) {
        Actor actor = state.actor(actorId).orElseThrow();
        Changes changes = new Changes();
        forgetReview(changes, actorId);
        for (Claim claim : state.claims()) {
            if (actorId.equals(claim.claimantId())) {
                changes.add(Change.updated(claim,
                        claim.edited(claim.statement(), null, claim.status(), claim.likelihood())));
            }
        }
        changes.add(Change.deleted(actor));
        return new Edit("Delete actor " + shorten(actor.name()), changes.list());
    }

    // Claims ----------------------------------------------------------------------------------------

    public Edit newClaimFromSelection(UUID documentId, int start, int end) {
        Changes changes = new Changes();
        Annotation passage = passageTagged(changes, documentId, start, end, CLAIM_TAG);
        String statement = oneLine(passage.passage().quote());
        Claim claim = new Claim(UUID.randomUUID(), statement, null, List.of(passage.id()), ClaimStatus.ASSERTED,
                Likelihood.NOT_ASSESSED, stamp());
        changes.add(Change.created(claim));
        return new Edit("New claim “" + shorten(statement) + "”", changes.list());
    }

    public Edit addClaimPassage(UUID claimId, UUID documentId, int start, int end) {
        Claim claim = state.claim(claimId).orElseThrow();
        Changes changes = new Changes();
        Annotation passage = passageTagged(changes, documentId, start, end, CLAIM_TAG);
        if (claim.passageIds().contains(passage.id())) {
            return nothing();
        }
        changes.add(Change.updated(claim, claim.withPassages(appended(claim.passageIds(), passage.id()))));
        return new Edit("Add passage to claim", changes.list());
    }

    public Edit editClaim(UUID claimId, String statement, UUID claimantId, ClaimStatus status, Likelihood likelihood) {
        Claim before = state.claim(claimId).orElseThrow();
        Claim after = before.edited(statement, claimantId, status, likelihood);
        if (sameContent(before, after)) {
            return nothing();
        }
        return new Edit("Edit claim", List.of(Change.updated(before, after)));
    }

    /** Deletes a claim and the evidence links to it; its highlights stay. */
    public Edit deleteClaim(UUID claimId) {
        Claim claim = state.claim(claimId).orElseThrow();
        Changes changes = new Changes();
        forgetReview(changes, claimId);
        state.linksOfClaim(claimId).forEach(link -> changes.add(Change.deleted(link)));
        changes.add(Change.deleted(claim));
        return new Edit("Delete claim “" + shorten(claim.statement()) + "”", changes.list());
    }

    // Evidence --------------------------------------------------------------------------------------

    public Edit newEvidenceFromSelection(UUID documentId, int start, int end) {
        Changes changes = new Changes();
        Annotation passage = passageTagged(changes, documentId, start, end, EVIDENCE_TAG);
        String description = oneLine(passage.passage().quote());
        Evidence evidence = new Evidence(UUID.randomUUID(), description, List.of(passage.id()), Grade.UNGRADED,
                stamp());
        changes.add(Change.created(evidence));
        return new Edit("New evidence “" + shorten(description) + "”", changes.list());
    }

    public Edit addEvidencePassage(UUID evidenceId, UUID documentId, int start, int end) {
        Evidence evidence = state.evidence(evidenceId).orElseThrow();
        Changes changes = new Changes();
        Annotation passage = passageTagged(changes, documentId, start, end, EVIDENCE_TAG);
        if (evidence.passageIds().contains(passage.id())) {
            return nothing();
        }
        changes.add(Change.updated(evidence,
                evidence.withPassages(appended(evidence.passageIds(), passage.id()))));
        return new Edit("Add passage to evidence", changes.list());
    }

    public Edit editEvidence(UUID evidenceId, String description, Grade grade) {
        Evidence before = state.evidence(evidenceId).orElseThrow();
        Evidence after = before.edited(description, grade);
        if (sameContent(before, after)) {
            return nothing();
        }
        return new Edit("Edit evidence", List.of(Change.updated(before, after)));
    }

    /** Deletes an item of evidence and its links to claims; its highlights stay. */
    public Edit deleteEvidence(UUID evidenceId) {
        Evidence evidence = state.evidence(evidenceId).orElseThrow();
        Changes changes = new Changes();
        forgetReview(changes, evidenceId);
        state.linksOfEvidence(evidenceId).forEach(link -> changes.add(Change.deleted(link)));
        changes.add(Change.deleted(evidence));
        return new Edit("Delete evidence “" + shorten(evidence.description()) + "”", changes.list());
    }

    // Links -----------------------------------------------------------------------------------------

    /**
     * Links evidence to a claim; if they are linked already, the link takes the new stance and strength (see
     * {@link #editLink}).
     */
    public Edit link(UUID evidenceId, UUID claimId, Stance stance, Strength strength) {
        state.evidence(evidenceId).orElseThrow();
        state.claim(claimId).orElseThrow();
        Optional<Link> existing = state.link(evidenceId, claimId);
        if (existing.isPresent()) {
            return editLink(existing.get().id(), stance, strength);
        }
        return newLink(evidenceId, claimId, stance, strength, List.of());
    }

    /**
     * A link's new stance and strength. A colleague's link is not re-stamped under their name with a judgement
     * they never made: the analyst's own link of the same evidence and claim takes its place (a project holds one
     * link per pair), and in a team project the colleague's record on the server stays theirs to change.
     */
    public Edit editLink(UUID linkId, Stance stance, Strength strength) {
        Link before = state.links().stream().filter(l -> l.id().equals(linkId)).findFirst().orElseThrow();
        if (before.stance() == stance && before.strength() == strength) {
            return nothing();
        }
        if (!before.stamp().author().equals(analyst)) {
            return newLink(before.evidenceId(), before.claimId(), stance, strength, List.of(Change.deleted(before)));
        }
        return new Edit("Edit link", List.of(Change.updated(before, before.edited(stance, strength))));
    }

    /** The analyst's own new link, after {@code first} (the colleague's link it takes the place of, if any). */
    private Edit newLink(UUID evidenceId, UUID claimId, Stance stance, Strength strength, List<Change> first) {
        Link link = new Link(UUID.randomUUID(), evidenceId, claimId, stance, strength, stamp());
        List<Change> changes = new ArrayList<>(first);
        changes.add(Change.created(link));
        return new Edit("Link evidence to claim (" + stance.label() + ")", changes);
    }

    public Edit deleteLink(UUID linkId) {
        Link link = state.links().stream().filter(l -> l.id().equals(linkId)).findFirst().orElseThrow();
        return new Edit("Remove link", List.of(Change.deleted(link)));
    }

    // Helpers ---------------------------------------------------------------------------------------

    private Annotation newAnnotation(UUID documentId, int start, int end, UUID tagId) {
        Document document = state.document(documentId)
                .orElseThrow(() -> new IllegalArgumentException("No such document"));
        if (start < 0 || end > document.text().length() || start >= end) {
            throw new IllegalArgumentException("Select some text of the document first");
        }
        return new Annotation(UUID.randomUUID(), documentId, Passages.of(document.text(), start, end), tagId, "",
                stamp());
    }

    /** The highlight with the role's tag on exactly this passage: an existing one, or a new one added to changes. */
    private Annotation passageTagged(Changes changes, UUID documentId, int start, int end, String tagName) {
        Tag tag = roleTag(changes, tagName);
        for (Annotation existing : state.annotationsOverlapping(documentId, start, end)) {
            if (existing.tagId().equals(tag.id()) && existing.passage().start() == start
                    && existing.passage().end() == end) {
                return existing;
            }
        }
        Annotation created = changes.createdAnnotationAt(documentId, start, end, tag.id());
        if (created != null) {
            return created;
        }
        Annotation annotation = newAnnotation(documentId, start, end, tag.id());
        changes.add(Change.created(annotation));
        return annotation;
    }

    private Tag roleTag(Changes changes, String name) {
        Optional<Tag> known = state.tagNamed(name).or(() -> changes.createdTagNamed(name));
        if (known.isPresent()) {
            return known.get();
        }
        Tag tag = new Tag(UUID.randomUUID(), name, RoleColors.of(name), Tag.NO_KEY, "");
        changes.add(Change.created(tag));
        return tag;
    }

    private void forgetPassage(Changes changes, UUID annotationId) {
        forgetReview(changes, annotationId);
        for (ReviewDecision decision : state.decisions()) {
            if (annotationId.equals(decision.resultId())) {
                // The adjudicated copy goes, so the decision that made it goes with it (undo brings both back).
                changes.add(Change.deleted(decision));
            }
        }
        for (Actor actor : state.actorsMentionedAt(annotationId)) {
            Actor current = changes.latest(actor);
            changes.replace(actor, current.withMentions(without(current.mentionIds(), annotationId)));
        }
        for (Claim claim : state.claimsAt(annotationId)) {
            Claim current = changes.latest(claim);
            changes.replace(claim, current.withPassages(without(current.passageIds(), annotationId)));
        }
        for (Evidence item : state.evidenceAt(annotationId)) {
            Evidence current = changes.latest(item);
            changes.replace(item, current.withPassages(without(current.passageIds(), annotationId)));
        }
    }

    /** Review comments on a record that is being deleted: replies first, so that undo restores threads in order. */
    private void forgetReview(Changes changes, UUID targetId) {
        List<ReviewComment> comments = state.commentsOn(targetId);
        for (int i = comments.size() - 1; i >= 0; i--) {
            changes.add(Change.deleted(comments.get(i)));
        }
    }

    private Stamp stamp() {
        return Stamp.now(analyst);
    }

    private static Edit nothing() {
        return new Edit("Nothing", List.of());
    }

    private static boolean sameContent(Actor a, Actor b) {
        return a.name().equals(b.name()) && a.kind() == b.kind() && a.aliases().equals(b.aliases())
                && a.description().equals(b.description());
    }

    private static boolean sameContent(Claim a, Claim b) {
        return a.statement().equals(b.statement()) && java.util.Objects.equals(a.claimantId(), b.claimantId())
                && a.status() == b.status() && a.likelihood() == b.likelihood();
    }

    private static boolean sameContent(Evidence a, Evidence b) {
        return a.description().equals(b.description()) && a.grade().equals(b.grade());
    }

    private static List<UUID> appended(List<UUID> ids, UUID id) {
        if (ids.contains(id)) {
            return ids;
        }
        List<UUID> longer = new ArrayList<>(ids);
        longer.add(id);
        return longer;
    }

    private static List<UUID> without(List<UUID> ids, UUID id) {
        return ids.stream().filter(other -> !other.equals(id)).toList();
    }

    static String shorten(String text) {
        String oneLine = oneLine(text);
        if (oneLine.length() <= 40) {
            return oneLine;
        }
        int cut = Character.isHighSurrogate(oneLine.charAt(38)) ? 38 : 39;
        return oneLine.substring(0, cut) + "…";
    }

    /** Text on one line: every run of white space, no-break spaces included, becomes one space. */
    static String oneLine(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }
}
