package org.lectern.model;

import java.util.List;

/** Everything a project holds, as read from its file. */
public record ProjectSnapshot(List<Document> documents, List<Tag> tags, List<Annotation> annotations,
                              List<Actor> actors, List<Claim> claims, List<Evidence> evidence, List<Link> links,
                              List<Author> authors, List<ReviewComment> comments, List<ReviewDecision> decisions) {

    /** A project's work without review comments or decisions (exports and imports of annotations). */
    public ProjectSnapshot(List<Document> documents, List<Tag> tags, List<Annotation> annotations, List<Actor> actors,
                           List<Claim> claims, List<Evidence> evidence, List<Link> links, List<Author> authors) {
        this(documents, tags, annotations, actors, claims, evidence, links, authors, List.of(), List.of());
    }

    public ProjectSnapshot {
        documents = List.copyOf(documents);
        tags = List.copyOf(tags);
        annotations = List.copyOf(annotations);
        actors = List.copyOf(actors);
        claims = List.copyOf(claims);
        evidence = List.copyOf(evidence);
        links = List.copyOf(links);
        authors = List.copyOf(authors);
        comments = List.copyOf(comments);
        decisions = List.copyOf(decisions);
    }
}
