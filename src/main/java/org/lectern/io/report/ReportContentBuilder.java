package org.lectern.io.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lectern.io.export.ExportScope;
import org.lectern.io.report.ReportContent.ActorRow;
import org.lectern.io.report.ReportContent.AnnotationRow;
import org.lectern.io.report.ReportContent.ClaimEntry;
import org.lectern.io.report.ReportContent.DocumentSection;
import org.lectern.io.report.ReportContent.EvidenceEntry;
import org.lectern.io.report.ReportContent.LinkedEvidence;
import org.lectern.io.report.ReportContent.MatrixCell;
import org.lectern.io.report.ReportContent.MatrixRow;
import org.lectern.io.report.ReportContent.NoteEntry;
import org.lectern.io.report.ReportContent.Quote;
import org.lectern.io.report.ReportContent.TagCount;
import org.lectern.io.report.ReportContent.TagStyle;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.Claim;
import org.lectern.model.ClaimEvidenceMatrix;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;

/** Works out a report's content from a project and a scope, once, for every report format. */
final class ReportContentBuilder {
    private final ProjectSnapshot project;
    private final ExportScope scope;
    private final ProjectSnapshot scoped;
    private final Map<UUID, TagStyle> tagStyles = new LinkedHashMap<>();
    private final Map<UUID, Annotation> annotationsById = new HashMap<>();
    private final Map<UUID, Document> documentsById = new HashMap<>();
    private final Map<UUID, List<Annotation>> annotationsByDocument = new LinkedHashMap<>();
    private final Map<UUID, Evidence> evidenceById = new HashMap<>();
    private final Map<UUID, List<Link>> linksByClaim = new HashMap<>();

    private ReportContentBuilder(ProjectSnapshot project, ExportScope scope) {
        this.project = project;
        this.scope = scope;
        this.scoped = anchoredInScope(project, scope.apply(project));
        int index = 1;
        for (Tag tag : scoped.tags()) {
            tagStyles.put(tag.id(), new TagStyle(index++, tag.name(), tag.color(), ReportLabels.translucent(tag.color())));
        }
        scoped.documents().forEach(d -> {
            documentsById.put(d.id(), d);
            annotationsByDocument.put(d.id(), new ArrayList<>());
        });
        for (Annotation annotation : scoped.annotations()) {
            annotationsById.put(annotation.id(), annotation);
            if (!tagStyles.containsKey(annotation.tagId())) {
                // A highlight whose tag is gone still shows, in grey, rather than failing the export.
                tagStyles.put(annotation.tagId(), new TagStyle(tagStyles.size() + 1, "(untagged)", "#9e9e9e",
                        ReportLabels.translucent("#9e9e9e")));
            }
            annotationsByDocument.get(annotation.documentId()).add(annotation);
        }
        scoped.evidence().forEach(e -> evidenceById.put(e.id(), e));
        scoped.links().forEach(l -> linksByClaim.computeIfAbsent(l.claimId(), id -> new ArrayList<>()).add(l));
        annotationsByDocument.values().forEach(list -> list.sort(
                Comparator.comparingInt((Annotation a) -> a.passage().start()).thenComparingInt(a -> a.passage().end())));
    }

    /**
     * A report on one document (or one analyst's highlights) should not list actors, claims and evidence whose
     * every passage lies outside it; records that never had passages stay, as they belong to no document.
     */
    private static ProjectSnapshot anchoredInScope(ProjectSnapshot project, ProjectSnapshot scoped) {
        Set<UUID> unanchored = new HashSet<>();
        project.actors().stream().filter(a -> a.mentionIds().isEmpty()).forEach(a -> unanchored.add(a.id()));
        project.claims().stream().filter(c -> c.passageIds().isEmpty()).forEach(c -> unanchored.add(c.id()));
        project.evidence().stream().filter(e -> e.passageIds().isEmpty()).forEach(e -> unanchored.add(e.id()));
        List<Actor> actors = scoped.actors().stream()
                .filter(a -> !a.mentionIds().isEmpty() || unanchored.contains(a.id())).toList();
        List<Claim> claims = scoped.claims().stream()
                .filter(c -> !c.passageIds().isEmpty() || unanchored.contains(c.id())).toList();
        List<Evidence> evidence = scoped.evidence().stream()
                .filter(e -> !e.passageIds().isEmpty() || unanchored.contains(e.id())).toList();
        Set<UUID> kept = new HashSet<>();
        claims.forEach(c -> kept.add(c.id()));
        evidence.forEach(e -> kept.add(e.id()));
        List<Link> links = scoped.links().stream()
                .filter(l -> kept.contains(l.claimId()) && kept.contains(l.evidenceId())).toList();
        return new ProjectSnapshot(scoped.documents(), scoped.tags(), scoped.annotations(), actors, claims, evidence,
                links, scoped.authors());
    }

    static ReportContent build(ProjectSnapshot project, ExportScope scope, Instant generated) {
        return new ReportContentBuilder(project, scope).build(generated);
    }

    private ReportContent build(Instant generated) {
        Map<UUID, Integer> noteNumbers = numberNotes();
        ArticleLayout layout = new ArticleLayout(tagStyles, noteNumbers);
        List<DocumentSection> documents = scoped.documents().stream()
                .map(d -> documentSection(d, layout, noteNumbers)).toList();
        List<Evidence> evidence = scoped.evidence();
        Map<UUID, String> evidenceNumbers = new HashMap<>();
        for (int i = 0; i < evidence.size(); i++) {
            evidenceNumbers.put(evidence.get(i).id(), "E" + (i + 1));
        }
        List<EvidenceEntry> evidenceEntries = evidence.stream()
                .map(e -> new EvidenceEntry(evidenceNumbers.get(e.id()), e.toString(), quotes(e.passageIds()),
                        e.grade().code(), ReportLabels.gradeMeaning(e.grade())))
                .toList();
        List<ClaimEntry> claims = new ArrayList<>();
        List<MatrixRow> matrix = new ArrayList<>();
        ClaimEvidenceMatrix cells = ClaimEvidenceMatrix.of(scoped.claims(), evidence, scoped.links());
        for (int i = 0; i < scoped.claims().size(); i++) {
            Claim claim = scoped.claims().get(i);
            claims.add(claimEntry("C" + (i + 1), claim, evidenceNumbers));
            matrix.add(matrixRow("C" + (i + 1), claim, cells));
        }
        Set<UUID> linkedEvidence = scoped.links().stream().map(Link::evidenceId).collect(Collectors.toSet());
        List<EvidenceEntry> unlinked = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            if (!linkedEvidence.contains(evidence.get(i).id())) {
                unlinked.add(evidenceEntries.get(i));
            }
        }
        List<ReportContent.AnnotationRow> annotations = annotationRows();
        return new ReportContent(title(), ReportLabels.time(generated), authors(),
                ReportLabels.counts(annotations.size(), scoped.actors().size(), claims.size(), evidenceEntries.size()),
                scopeSummary(), scope.includeNotes(), scoped.documents().size() > 1,
                scoped.actors().stream().anyMatch(a -> !a.description().isBlank()), List.copyOf(tagStyles.values()), documents,
                scoped.actors().stream().map(this::actorRow).toList(), claims, evidenceEntries, unlinked, matrix,
                annotations, ReportAgreement.between(scoped, project.decisions()));
    }

    /** Notes are numbered through the whole report in reading order, so a number is never ambiguous. */
    private Map<UUID, Integer> numberNotes() {
        Map<UUID, Integer> numbers = new HashMap<>();
        for (List<Annotation> annotations : annotationsByDocument.values()) {
            for (Annotation annotation : annotations) {
                if (scope.includeNotes() && !annotation.note().isBlank()) {
                    numbers.put(annotation.id(), numbers.size() + 1);
                }
            }
        }
        return numbers;
    }

    private DocumentSection documentSection(Document document, ArticleLayout layout, Map<UUID, Integer> noteNumbers) {
        List<Annotation> annotations = annotationsByDocument.get(document.id());
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        tagStyles.keySet().forEach(id -> counts.put(id, 0));
        annotations.forEach(a -> counts.merge(a.tagId(), 1, Integer::sum));
        List<TagCount> legend = new ArrayList<>();
        counts.forEach((tagId, count) -> {
            if (count > 0) {
                TagStyle style = tagStyles.get(tagId);
                legend.add(new TagCount(style.index(), style.name(), style.color(), count));
            }
        });
        List<NoteEntry> notes = annotations.stream().filter(a -> noteNumbers.containsKey(a.id()))
                .map(a -> new NoteEntry(noteNumbers.get(a.id()), a.passage().quote(),
                        tagStyles.get(a.tagId()).index(), tagStyles.get(a.tagId()).name(), a.note(), a.stamp().author(),
                        ReportLabels.time(a.stamp().created())))
                .sorted(Comparator.comparingInt(NoteEntry::number))
                .toList();
        var metadata = document.metadata();
        return new DocumentSection(document.title(), metadata.source(), metadata.byline(), metadata.published(),
                metadata.url(), ReportLabels.isWebUrl(metadata.url()), annotations.size(), legend,
                layout.paragraphs(document.text(), annotations), notes);
    }

    private ActorRow actorRow(Actor actor) {
        return new ActorRow(actor.name(), actor.kind().label(), String.join(", ", actor.aliases()),
                actor.mentionIds().size(), actor.description());
    }

    private ClaimEntry claimEntry(String number, Claim claim, Map<UUID, String> evidenceNumbers) {
        List<LinkedEvidence> linked = linksOf(claim).stream()
                .filter(l -> evidenceById.containsKey(l.evidenceId()))
                .sorted(Comparator.comparing(l -> evidenceNumberOrder(evidenceNumbers.get(l.evidenceId()))))
                .map(l -> {
                    Evidence e = evidenceById.get(l.evidenceId());
                    return new LinkedEvidence(evidenceNumbers.get(e.id()), e.toString(), quotes(e.passageIds()),
                            e.grade().code(), ReportLabels.gradeMeaning(e.grade()), l.stance().label(),
                            l.strength().label(), ClaimEvidenceMatrix.sign(l.stance()));
                })
                .toList();
        String claimant = claim.claimant().flatMap(id -> project.actors().stream()
                .filter(a -> a.id().equals(id)).findFirst()).map(Actor::name).orElse("");
        return new ClaimEntry(number, claim.toString(), claimant, claim.status().label(),
                ReportLabels.likelihood(claim.likelihood()), quotes(claim.passageIds()), linked);
    }

    private List<Link> linksOf(Claim claim) {
        return linksByClaim.getOrDefault(claim.id(), List.of());
    }

    private static int evidenceNumberOrder(String number) {
        return Integer.parseInt(number.substring(1));
    }

    private static MatrixRow matrixRow(String number, Claim claim, ClaimEvidenceMatrix matrix) {
        List<MatrixCell> cells = matrix.evidence().stream().map(e -> matrix.link(claim, e)
                .map(link -> new MatrixCell(ClaimEvidenceMatrix.cellText(link), link.stance().label()))
                .orElse(new MatrixCell("", ""))).toList();
        return new MatrixRow(number, claim.toString(), cells);
    }

    private List<Quote> quotes(List<UUID> passageIds) {
        return passageIds.stream().map(annotationsById::get).filter(Objects::nonNull)
                .map(a -> new Quote(a.passage().quote(), documentsById.get(a.documentId()).title()))
                .toList();
    }

    private List<AnnotationRow> annotationRows() {
        List<AnnotationRow> rows = new ArrayList<>(scoped.annotations().size());
        annotationsByDocument.forEach((documentId, annotations) -> {
            String title = documentsById.get(documentId).title();
            for (Annotation a : annotations) {
                TagStyle style = tagStyles.get(a.tagId());
                rows.add(new AnnotationRow(title, style.index(), style.name(), a.passage().quote(), a.note(),
                        a.stamp().author(), ReportLabels.time(a.stamp().created()), a.passage().start(),
                        a.passage().end()));
            }
        });
        return rows;
    }

    private String title() {
        if (scoped.documents().size() == 1) {
            return scoped.documents().get(0).title();
        }
        return scoped.documents().isEmpty() ? "Lectern report" : "Lectern report on " + scoped.documents().size()
                + " documents";
    }

    private String authors() {
        List<String> names = scoped.authors().stream().map(Author::name).toList();
        if (names.isEmpty()) {
            names = scoped.annotations().stream().map(a -> a.stamp().author()).distinct().toList();
        }
        return String.join(", ", names);
    }

    private String scopeSummary() {
        String who = scope.authors().isEmpty() ? "all analysts"
                : "only " + String.join(", ", scope.authors().stream().sorted().toList());
        return "Annotations by " + who + "; notes " + (scope.includeNotes() ? "included" : "left out") + ".";
    }
}
