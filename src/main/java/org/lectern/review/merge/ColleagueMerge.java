package org.lectern.review.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.Passage;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;
import org.lectern.text.Passages;
import org.lectern.text.SameWords;

/**
 * Plans how a colleague's project comes into mine as their author's layer.
 *
 * <p>Their records keep their UUIDs and stamps and are re-pointed at my copies of their articles (matched by
 * text hash, else found again by quote and context, else added) and at my tags (matched by name). A record
 * whose UUID I already hold is never changed, so bringing the same file in twice adds nothing the second
 * time; if their copy differs, it is listed as a conflict. Passages that cannot be placed are listed as
 * orphans, and the records that cite them come in without them. Actors that look like mine are proposed for
 * merging, not merged. Everything is indexed by id and document, so a plan is linear in the records.
 */
public final class ColleagueMerge {
    private final ProjectSnapshot mine;
    private final ProjectSnapshot theirs;
    private final RecordLabels labels;
    private final Arrivals arrivals;
    private final Map<UUID, OrphanNote> orphans = new LinkedHashMap<>();

    private ColleagueMerge(ProjectSnapshot mine, ProjectSnapshot theirs) {
        this.mine = mine;
        this.theirs = theirs;
        this.labels = new RecordLabels(mine, theirs);
        this.arrivals = new Arrivals(mine, labels);
    }

    /** What bringing {@code theirs} into {@code mine} would change; neither snapshot is modified. */
    public static MergePlan plan(ProjectSnapshot mine, ProjectSnapshot theirs) {
        return new ColleagueMerge(mine, theirs).plan();
    }

    private MergePlan plan() {
        Map<UUID, List<Annotation>> theirAnnotations = byDocument(theirs.annotations());
        List<DocumentPairing> pairings = pairDocuments(theirAnnotations);
        TagMatcher tags = new TagMatcher(mine.tags());
        for (Tag tag : theirs.tags()) {
            tags.match(tag, arrivals);
        }
        for (DocumentPairing pairing : pairings) {
            placeAnnotations(pairing, theirAnnotations.getOrDefault(pairing.theirs().id(), List.of()), tags);
        }
        List<Actor> arrivingActors = bringInActors();
        bringInClaims();
        bringInEvidence();
        bringInLinks();
        List<Change> changes = arrivals.changes();
        return new MergePlan(ColleagueName.of(changes, mine, theirs), pairings, changes,
                orphans.values().stream().map(OrphanNote::orphan).toList(),
                new SameActors(mine.actors()).proposeFor(arrivingActors), arrivals.conflicts());
    }

    private List<DocumentPairing> pairDocuments(Map<UUID, List<Annotation>> theirAnnotations) {
        DocumentPairer pairer = new DocumentPairer(mine.documents());
        List<DocumentPairing> pairings = new ArrayList<>();
        for (Document document : theirs.documents()) {
            DocumentPairing pairing = pairer.pair(document, theirAnnotations.getOrDefault(document.id(), List.of()));
            pairings.add(pairing);
            if (pairing.target().id().equals(document.id())) {
                arrivals.offer(document); // a new article, or my own that they may have renamed
            }
        }
        return pairings;
    }

    private static Optional<Passage> onSameWords(SameWords sameWords, Passage theirs, Document mine) {
        return sameWords.map(theirs.start(), theirs.end()).map(r -> Passages.of(mine.text(), r.start(), r.end()));
    }

    private void placeAnnotations(DocumentPairing pairing, List<Annotation> annotations, TagMatcher tags) {
        UUID target = pairing.target().id();
        boolean reanchor = pairing.match() == DocumentPairing.Match.REANCHORED;
        List<Annotation> inOrder = new ArrayList<>(annotations);
        if (reanchor) {
            inOrder.sort(Comparator.comparingInt((Annotation a) -> a.passage().start())
                    .thenComparingInt(a -> a.passage().end()));
        }
        Reanchoring reanchoring = reanchor ? new Reanchoring(pairing.target().text()) : null;
        // The same words with other spacing: each passage maps onto the same words, wherever it runs.
        Optional<SameWords> sameWords = reanchor ? SameWords.of(pairing.theirs().text(), pairing.target().text())
                : Optional.empty();
        for (Annotation annotation : inOrder) {
            Optional<UUID> tag = tags.mineFor(annotation.tagId());
            Optional<Passage> passage = !reanchor ? Optional.of(annotation.passage())
                    : sameWords.isPresent() ? onSameWords(sameWords.get(), annotation.passage(), pairing.target())
                    : reanchoring.place(annotation.passage());
            if (tag.isPresent() && passage.isPresent()) {
                arrivals.offer(new Annotation(annotation.id(), target, passage.get(), tag.get(), annotation.note(),
                        annotation.stamp()));
            } else if (arrivals.isMine(annotation.id())) {
                arrivals.conflict(arrivals.yours(annotation.id()), annotation,
                        "their copy's passage is not in your copy of the article");
            } else {
                String why = tag.isEmpty() ? "its tag is missing from their project"
                        : reanchoring.whyNotPlaced(annotation.passage());
                orphans.put(annotation.id(), new OrphanNote(annotation, labels.of(annotation) + " — " + why));
            }
        }
    }

    private List<Actor> bringInActors() {
        List<Actor> arriving = new ArrayList<>();
        for (Actor actor : theirs.actors()) {
            Actor placed = new Actor(actor.id(), actor.name(), actor.kind(), actor.aliases(), actor.description(),
                    withoutOrphans(actor.mentionIds()), actor.stamp());
            if (offer(placed, actor.mentionIds()) == Arrivals.Outcome.ADDED) {
                arriving.add(placed);
            }
        }
        return arriving;
    }

    private void bringInClaims() {
        for (Claim claim : theirs.claims()) {
            offer(new Claim(claim.id(), claim.statement(), claim.claimantId(), withoutOrphans(claim.passageIds()),
                    claim.status(), claim.likelihood(), claim.stamp()), claim.passageIds());
        }
    }

    private void bringInEvidence() {
        for (Evidence item : theirs.evidence()) {
            offer(new Evidence(item.id(), item.description(), withoutOrphans(item.passageIds()), item.grade(),
                    item.stamp()), item.passageIds());
        }
    }

    /** The file allows one link per evidence and claim: where I linked the two already, mine stands. */
    private void bringInLinks() {
        Map<List<UUID>, Link> mineByEnds = new HashMap<>();
        for (Link link : mine.links()) {
            mineByEnds.put(List.of(link.evidenceId(), link.claimId()), link);
        }
        for (Link link : theirs.links()) {
            Link sameEnds = mineByEnds.get(List.of(link.evidenceId(), link.claimId()));
            if (sameEnds == null || sameEnds.id().equals(link.id())) {
                arrivals.offer(link);
            } else if (sameEnds.stance() != link.stance() || sameEnds.strength() != link.strength()) {
                arrivals.conflict(sameEnds, link, "you linked them too: theirs " + link.stance() + " ("
                        + link.strength() + "), yours " + sameEnds.stance() + " (" + sameEnds.strength() + ")");
            }
        }
    }

    /** Offers a re-pointed record, and notes it on each orphan it had to come in without. */
    private Arrivals.Outcome offer(ProjectRecord placed, List<UUID> passageIds) {
        Arrivals.Outcome outcome = arrivals.offer(placed);
        if (outcome == Arrivals.Outcome.ADDED) {
            for (UUID id : passageIds) {
                OrphanNote orphan = orphans.get(id);
                if (orphan != null) {
                    orphan.citedBy.add(labels.of(placed));
                }
            }
        }
        return outcome;
    }

    private List<UUID> withoutOrphans(List<UUID> annotationIds) {
        if (orphans.isEmpty()) {
            return annotationIds;
        }
        return annotationIds.stream().filter(id -> !orphans.containsKey(id)).toList();
    }

    private static Map<UUID, List<Annotation>> byDocument(List<Annotation> annotations) {
        Map<UUID, List<Annotation>> byDocument = new HashMap<>();
        for (Annotation annotation : annotations) {
            byDocument.computeIfAbsent(annotation.documentId(), k -> new ArrayList<>()).add(annotation);
        }
        return byDocument;
    }

    /** An orphan while the plan is made: the records that cite it are only known once they are offered. */
    private static final class OrphanNote {
        private final Annotation annotation;
        private final String reason;
        private final List<String> citedBy = new ArrayList<>();

        OrphanNote(Annotation annotation, String reason) {
            this.annotation = annotation;
            this.reason = reason;
        }

        Orphan orphan() {
            if (citedBy.isEmpty()) {
                return new Orphan(annotation, reason);
            }
            return new Orphan(annotation, reason + "; " + Words.list(citedBy)
                    + (citedBy.size() == 1 ? " comes" : " come") + " in without it");
        }
    }
}
