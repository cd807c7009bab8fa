package org.lectern.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Link;
import org.lectern.model.Passage;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;

/** Builds small projects in which two analysts, Ana and Ben, annotate the same documents. */
final class ProjectBuilder {
    static final String ANA = "Ana";
    static final String BEN = "Ben";
    private static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");

    private final List<Document> documents = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    Document document(String title, String text) {
        Document document = new Document(UUID.randomUUID(), title, DocumentMetadata.EMPTY, text, stamp(ANA));
        documents.add(document);
        return document;
    }

    Tag tag(String name) {
        Tag tag = new Tag(UUID.randomUUID(), name, "#336699", Tag.NO_KEY, "");
        tags.add(tag);
        return tag;
    }

    Annotation annotate(String author, Document document, Tag tag, int start, int end) {
        Passage passage = new Passage(start, end, document.text().substring(start, end), "", "");
        Annotation annotation = new Annotation(UUID.randomUUID(), document.id(), passage, tag.id(), "",
                stamp(author));
        annotations.add(annotation);
        return annotation;
    }

    Evidence evidence(String author, Grade grade, Annotation... passages) {
        Evidence item = new Evidence(UUID.randomUUID(), "", ids(passages), grade, stamp(author));
        evidence.add(item);
        return item;
    }

    Claim claim(String author, Annotation... passages) {
        Claim claim = new Claim(UUID.randomUUID(), "", null, ids(passages), null, null, stamp(author));
        claims.add(claim);
        return claim;
    }

    void link(String author, Evidence item, Claim claim, Stance stance) {
        links.add(new Link(UUID.randomUUID(), item.id(), claim.id(), stance, Strength.MODERATE, stamp(author)));
    }

    ProjectSnapshot snapshot() {
        return new ProjectSnapshot(documents, tags, annotations, List.of(), claims, evidence, links,
                List.of(new Author(UUID.randomUUID(), ANA), new Author(UUID.randomUUID(), BEN)));
    }

    private static List<UUID> ids(Annotation... passages) {
        return java.util.Arrays.stream(passages).map(Annotation::id).toList();
    }

    private static Stamp stamp(String author) {
        return new Stamp(author, WHEN, WHEN);
    }
}
