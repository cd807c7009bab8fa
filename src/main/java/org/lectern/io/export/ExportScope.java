package org.lectern.io.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.ProjectSnapshot;

/**
 * What an export covers: which documents, whose annotations, and whether notes go out with them. Empty sets
 * mean "all".
 */
public record ExportScope(Set<UUID> documentIds, Set<String> authors, boolean includeNotes) {
    public static final ExportScope EVERYTHING = new ExportScope(Set.of(), Set.of(), true);

    public ExportScope {
        documentIds = Set.copyOf(documentIds);
        authors = Set.copyOf(authors);
    }

    /**
     * The part of a project this scope covers. Actors, claims and evidence keep only the passages in scope;
     * those made by authors out of scope are left out, and links follow the claims and evidence they join.
     */
    public ProjectSnapshot apply(ProjectSnapshot project) {
        List<Document> documents = project.documents().stream()
                .filter(d -> documentIds.isEmpty() || documentIds.contains(d.id())).toList();
        Set<UUID> documentsInScope = new HashSet<>(documents.stream().map(Document::id).toList());
        List<Annotation> annotations = project.annotations().stream()
                .filter(a -> documentsInScope.contains(a.documentId()) && byAuthorInScope(a.stamp().author()))
                .map(a -> includeNotes ? a : new Annotation(a.id(), a.documentId(), a.passage(), a.tagId(), "",
                        a.stamp()))
                .toList();
        Set<UUID> passages = new HashSet<>(annotations.stream().map(Annotation::id).toList());
        List<Actor> actors = project.actors().stream().filter(a -> byAuthorInScope(a.stamp().author()))
                .map(a -> new Actor(a.id(), a.name(), a.kind(), a.aliases(), a.description(),
                        a.mentionIds().stream().filter(passages::contains).toList(), a.stamp()))
                .toList();
        List<Claim> claims = project.claims().stream().filter(c -> byAuthorInScope(c.stamp().author()))
                .map(c -> new Claim(c.id(), c.statement(), c.claimantId(),
                        c.passageIds().stream().filter(passages::contains).toList(), c.status(), c.likelihood(),
                        c.stamp()))
                .toList();
        List<Evidence> evidence = project.evidence().stream().filter(e -> byAuthorInScope(e.stamp().author()))
                .map(e -> new Evidence(e.id(), e.description(),
                        e.passageIds().stream().filter(passages::contains).toList(), e.grade(), e.stamp()))
                .toList();
        Set<UUID> claimIds = new HashSet<>(claims.stream().map(Claim::id).toList());
        Set<UUID> evidenceIds = new HashSet<>(evidence.stream().map(Evidence::id).toList());
        return new ProjectSnapshot(documents, project.tags(), annotations, actors, claims, evidence,
                project.links().stream().filter(l -> claimIds.contains(l.claimId())
                        && evidenceIds.contains(l.evidenceId()) && byAuthorInScope(l.stamp().author())).toList(),
                project.authors().stream().filter(a -> byAuthorInScope(a.name())).toList());
    }

    private boolean byAuthorInScope(String author) {
        return authors.isEmpty() || authors.contains(author);
    }
}
