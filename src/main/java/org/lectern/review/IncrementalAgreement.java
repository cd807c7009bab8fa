package org.lectern.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.Tag;

/**
 * Agreement between two analysts that follows a project as it is edited: each document's comparison is kept,
 * and after an edit only the documents told of ({@link #documentChanged}) are compared again; the project's
 * figures are pooled afresh from the documents' parts, exactly as {@link Agreement#between} pools them (it is
 * this class, starting with nothing kept). A reviewer's decisions are followed by themselves: when the set of
 * adjudicated copies changes, the documents of the copies that came or went are compared again.
 *
 * <p>Bringing the figures up to date has two steps, so that the comparing need not hold up whoever edits the
 * project: {@link #update()} reads what changed, on the thread that edits the project (it is quick: the
 * annotations of the changed documents, and the records); {@link Update#compute()} compares and pools,
 * on any thread, one update at a time and in the order they were made. {@link #report()} does both at once.
 */
public final class IncrementalAgreement {
    /**
     * One document's comparison; {@link #NOT_COMPARED} when neither analyst annotated it. Its report rows are kept
     * too, made again only when the document's title or a tag's name has changed since.
     */
    private static final class Part {
        private final long length;
        private final DocumentComparison.Result result;
        private List<TagAgreement> rows;
        private String rowsTitle;
        /** The document's matched passages counted by tag pair, made once: pooled again after every edit. */
        private MatchedTagPairs pairs;

        Part(long length, DocumentComparison.Result result) {
            this.length = length;
            this.result = result;
        }

        MatchedTagPairs pairs() {
            if (pairs == null) {
                pairs = MatchedTagPairs.of(result.matchedTags());
            }
            return pairs;
        }

        List<TagAgreement> rows(String title, Function<UUID, String> tagName) {
            if (rows == null || !title.equals(rowsTitle)) {
                rows = TagRows.of(title, result.spans(), result.characters(), pairs(), tagName);
                rowsTitle = title;
            }
            return rows;
        }
    }

    private static final Part NOT_COMPARED = new Part(0, null);

    /**
     * One document's annotations as they stood when an update was made (every analyst's: the two analysts' own
     * readings are picked out when the update is computed, so that reading them holds up the editing thread least).
     */
    private record Readings(Document document, List<Annotation> annotations) {
    }

    private final ReviewedProject project;
    private final String authorA;
    private final String authorB;

    // Read and written by update(), on the thread that edits the project.
    private final Set<UUID> changed = new HashSet<>();
    private final Set<UUID> seen = new HashSet<>();
    private boolean everything = true;
    private Set<UUID> copies = Set.of();
    private long updatesMade;

    // Read and written by Update.compute(), one update at a time (guarded by this lock).
    private final Object computing = new Object();
    private final Map<UUID, Part> parts = new HashMap<>();
    /** The corpus's counts over the parts in {@link #parts}: each part's added when it comes, taken out as it goes. */
    private final CorpusSums sums = new CorpusSums();
    private Map<UUID, String> tagNamesOfRows = Map.of();
    private int comparedLastTime;
    private long updatesComputed;

    public IncrementalAgreement(ReviewedProject project, String authorA, String authorB) {
        this.project = Objects.requireNonNull(project, "project");
        this.authorA = Objects.requireNonNull(authorA, "authorA");
        this.authorB = Objects.requireNonNull(authorB, "authorB");
        if (authorA.equals(authorB)) {
            throw new IllegalArgumentException("Agreement is measured between two different authors");
        }
    }

    public String authorA() {
        return authorA;
    }

    public String authorB() {
        return authorB;
    }

    /** An annotation of this document was added, changed or removed (or the document itself came or went). */
    public void documentChanged(UUID documentId) {
        changed.add(documentId);
    }

    /** Forgets every document's comparison: the next update compares them all. */
    public void everythingChanged() {
        everything = true;
    }

    /** How many documents the last computed update compared afresh (the others' parts were kept). */
    public int comparedLastTime() {
        synchronized (computing) {
            return comparedLastTime;
        }
    }

    /** The figures as the project stands, comparing only the documents changed since the last report. */
    public AgreementReport report() {
        return update().compute();
    }

    /**
     * Reads what the next figures need of the project as it stands now: the readings of every document changed
     * since the last update (of every document, the first time), and the evidence, claims and links. Called on
     * the thread that edits the project; the update it returns may then be computed on another.
     */
    public Update update() {
        AdjudicatedCopies adjudicated = AdjudicatedCopies.of(project.decisions());
        followCopies(adjudicated);
        List<Document> documents = project.documents();
        Map<UUID, Readings> readings = new HashMap<>();
        if (everything || documents.stream().filter(d -> changed.contains(d.id()) || !seen.contains(d.id()))
                .limit(2).count() > 1) {
            project.readAheadAllAnnotations(); // one pass over the file rather than a query per document
        }
        for (Document document : documents) {
            if (everything || changed.contains(document.id()) || !seen.contains(document.id())) {
                readings.put(document.id(), new Readings(document, project.annotationsOf(document.id())));
            }
        }
        Update update = new Update(++updatesMade, everything, documents, readings, adjudicated, project.tags(),
                project.evidence(), project.claims(), project.links(), passagesOfRecords(adjudicated));
        everything = false;
        changed.clear();
        seen.clear();
        documents.forEach(document -> seen.add(document.id()));
        return update;
    }

    /** The passages of the two authors' evidence and claims that are someone's own reading: what matches records. */
    private Map<UUID, Annotation> passagesOfRecords(AdjudicatedCopies adjudicated) {
        Map<UUID, Annotation> passages = new HashMap<>();
        List<List<UUID>> ids = new ArrayList<>();
        for (Evidence item : project.evidence()) {
            if (isOfEither(item.stamp().author())) {
                ids.add(item.passageIds());
            }
        }
        for (Claim claim : project.claims()) {
            if (isOfEither(claim.stamp().author())) {
                ids.add(claim.passageIds());
            }
        }
        for (List<UUID> ofRecord : ids) {
            for (UUID id : ofRecord) {
                project.annotation(id).filter(annotation -> !adjudicated.contains(annotation))
                        .ifPresent(annotation -> passages.put(id, annotation));
            }
        }
        return passages;
    }

    private boolean isOfEither(String author) {
        return author.equals(authorA) || author.equals(authorB);
    }

    /**
     * A copy that became one (Accept, Amend) or stopped being one (Withdraw, undo) leaves or joins the readings of
     * its document; a copy no longer in the project went with an edit the caller has already told of.
     */
    private void followCopies(AdjudicatedCopies adjudicated) {
        Set<UUID> now = adjudicated.ids();
        if (now.equals(copies)) {
            return;
        }
        Set<UUID> changedCopies = new HashSet<>(now);
        changedCopies.addAll(copies);
        Set<UUID> both = new HashSet<>(now);
        both.retainAll(copies);
        changedCopies.removeAll(both);
        for (UUID id : changedCopies) {
            project.annotation(id).ifPresent(annotation -> documentChanged(annotation.documentId()));
        }
        copies = now;
    }

    /**
     * What changed in the project since the last update, read and kept apart from the project: computing it reads
     * nothing more of the project, so it may run on a worker while the project goes on being edited.
     */
    public final class Update {
        private final long sequence;
        private final boolean everything;
        private final List<Document> documents;
        private final Map<UUID, Readings> readings;
        private final AdjudicatedCopies adjudicated;
        private final List<Tag> tags;
        private final List<Evidence> evidence;
        private final List<Claim> claims;
        private final List<Link> links;
        private final Map<UUID, Annotation> passages;

        private Update(long sequence, boolean everything, List<Document> documents, Map<UUID, Readings> readings,
                       AdjudicatedCopies adjudicated, List<Tag> tags, List<Evidence> evidence, List<Claim> claims,
                       List<Link> links, Map<UUID, Annotation> passages) {
            this.sequence = sequence;
            this.everything = everything;
            this.documents = List.copyOf(documents);
            this.readings = readings;
            this.adjudicated = adjudicated;
            this.tags = List.copyOf(tags);
            this.evidence = List.copyOf(evidence);
            this.claims = List.copyOf(claims);
            this.links = List.copyOf(links);
            this.passages = passages;
        }

        /** Whether this update compares every document (the first, or after {@link #everythingChanged()}). */
        public boolean comparesEverything() {
            return everything;
        }

        /** How many documents this update compares afresh. */
        public int documentsToCompare() {
            return readings.size();
        }

        /**
         * Compares the documents read and pools every document's parts into the figures as the project stood
         * when the update was made.
         *
         * @throws IllegalStateException when an update made earlier has not been computed yet (its changes would
         *                               be lost), or this one has been computed already
         */
        public AgreementReport compute() {
            synchronized (computing) {
                if (sequence != updatesComputed + 1) {
                    throw new IllegalStateException("Agreement updates are computed once each, in the order made");
                }
                AgreementReport report = pool();
                updatesComputed = sequence;
                return report;
            }
        }

        private AgreementReport pool() {
            if (everything) {
                parts.clear();
                sums.clear();
            }
            Map<UUID, String> tagNames = new HashMap<>();
            for (Tag tag : tags) {
                tagNames.put(tag.id(), tag.name());
            }
            // A tag's id stands for its name only when the tag is gone; written out only then (rows sort by name).
            Function<UUID, String> tagName = tag -> {
                String name = tagNames.get(tag);
                return name != null ? name : tag.toString();
            };
            if (!tagNames.equals(tagNamesOfRows)) {
                parts.values().forEach(part -> part.rows = null);
                tagNamesOfRows = tagNames;
            }

            comparedLastTime = 0;
            List<TagAgreement> documentRows = new ArrayList<>();
            Set<UUID> present = new HashSet<>();
            for (Document document : documents) {
                present.add(document.id());
                Readings fresh = readings.get(document.id());
                Part part;
                if (fresh != null) {
                    part = compare(fresh);
                    replace(parts.put(document.id(), part), part);
                    comparedLastTime++;
                } else {
                    // Every document is read once at least, and updates are computed in order: its part is kept.
                    part = Objects.requireNonNull(parts.get(document.id()), "a document never compared");
                }
                if (part != NOT_COMPARED) {
                    documentRows.addAll(part.rows(document.title(), tagName));
                }
            }
            parts.entrySet().removeIf(entry -> {
                boolean gone = !present.contains(entry.getKey());
                if (gone) {
                    replace(entry.getValue(), NOT_COMPARED);
                }
                return gone;
            });
            // A document where neither author used a tag still counts for that tag: all its chars agree, uncoded.
            List<TagAgreement> corpusRows = TagRows.of(TagAgreement.ALL_DOCUMENTS, sums.spans(), sums.characters(),
                    sums.pairs(), tagName);

            EvidenceAndClaims records = new EvidenceAndClaims(evidence, claims, authorA, authorB, passages::get);
            return new AgreementReport(authorA, authorB, documentRows, corpusRows, records.grades(),
                    records.links(links, authorA, authorB));
        }

        /** Takes a document's old part out of the corpus's sums and puts its new one in (either may be none). */
        private void replace(Part old, Part now) {
            if (old != null && old != NOT_COMPARED) {
                sums.remove(old.length, old.result, old.pairs());
            }
            if (now != NOT_COMPARED) {
                sums.add(now.length, now.result, now.pairs());
            }
        }

        /** Only the two authors' own readings count, never the copies a reviewer's decisions made. */
        private Part compare(Readings readings) {
            List<Annotation> ofA = new ArrayList<>();
            List<Annotation> ofB = new ArrayList<>();
            for (Annotation annotation : readings.annotations()) {
                String author = annotation.stamp().author();
                boolean counted = author.equals(authorA) || author.equals(authorB);
                if (!counted || adjudicated.contains(annotation)) {
                    continue;
                }
                (author.equals(authorA) ? ofA : ofB).add(annotation);
            }
            if (ofA.isEmpty() && ofB.isEmpty()) {
                return NOT_COMPARED;
            }
            String text = readings.document().text();
            DocumentComparison.Result result = DocumentComparison.compare(text, ofA, ofB);
            return new Part(text.codePointCount(0, text.length()), result);
        }
    }
}
