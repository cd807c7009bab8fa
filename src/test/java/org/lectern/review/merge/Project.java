package org.lectern.review.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Likelihood;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;
import org.lectern.text.Passages;

/** A project built in memory, record by record, as one analyst (its author) would make it. */
final class Project {
    static final String ARTICLE = """
            Foreign Minister Jane Doe said on Tuesday that the Northern Alliance had withdrawn its troops.
            Satellite images published by the Coastal Institute show convoys leaving the area.
            A spokesman for the Northern Alliance denied that any troops had moved.
            Jane Doe repeated the claim on Friday, and the institute stood by its images.""";

    private static final Instant WHEN = Instant.parse("2024-05-01T09:00:00Z");

    final String author;
    final List<Document> documents = new ArrayList<>();
    final List<Tag> tags = new ArrayList<>();
    final List<Annotation> annotations = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    private int clock;

    private Project(String author) {
        this.author = author;
    }

    /** An empty project with its own copy of four default tags (their UUIDs differ between projects). */
    static Project of(String author) {
        Project project = new Project(author);
        project.tags.add(new Tag(UUID.randomUUID(), "Actor", "#1f77b4", 1, ""));
        project.tags.add(new Tag(UUID.randomUUID(), "Claim", "#ff7f0e", 2, ""));
        project.tags.add(new Tag(UUID.randomUUID(), "Evidence", "#2ca02c", 3, ""));
        project.tags.add(new Tag(UUID.randomUUID(), "Place", "#d62728", 4, ""));
        return project;
    }

    /** What a colleague holds after I sent them my file: the same records, to which they add their own. */
    Project copyFor(String colleague) {
        Project copy = new Project(colleague);
        copy.documents.addAll(documents);
        copy.tags.addAll(tags);
        copy.annotations.addAll(annotations);
        copy.actors.addAll(actors);
        copy.claims.addAll(claims);
        copy.evidence.addAll(evidence);
        copy.links.addAll(links);
        return copy;
    }

    Document document(String title, String text) {
        Document document = new Document(UUID.randomUUID(), title, DocumentMetadata.EMPTY, text, stamp());
        documents.add(document);
        return document;
    }

    Tag tag(String name, String color, int key) {
        Tag tag = new Tag(UUID.randomUUID(), name, color, key, "");
        tags.add(tag);
        return tag;
    }

    Tag tagNamed(String name) {
        return tags.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst().orElseThrow();
    }

    /** Highlights the first occurrence of {@code quote} in the document. */
    Annotation annotate(Document document, String quote, String tagName) {
        int start = document.text().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in the article: " + quote);
        }
        return annotate(document, start, start + quote.length(), tagName);
    }

    Annotation annotate(Document document, int start, int end, String tagName) {
        Annotation annotation = new Annotation(UUID.randomUUID(), document.id(),
                Passages.of(document.text(), start, end), tagNamed(tagName).id(), "", stamp());
        annotations.add(annotation);
        return annotation;
    }

    Actor actor(String name, List<String> aliases, Annotation... mentions) {
        Actor actor = new Actor(UUID.randomUUID(), name, ActorKind.PERSON, aliases, "", ids(mentions), stamp());
        actors.add(actor);
        return actor;
    }

    Claim claim(String statement, Actor claimant, Annotation... passages) {
        Claim claim = new Claim(UUID.randomUUID(), statement, claimant == null ? null : claimant.id(), ids(passages),
                ClaimStatus.ASSERTED, Likelihood.NOT_ASSESSED, stamp());
        claims.add(claim);
        return claim;
    }

    Evidence evidence(String description, Annotation... passages) {
        Evidence item = new Evidence(UUID.randomUUID(), description, ids(passages), Grade.parse("B2"), stamp());
        evidence.add(item);
        return item;
    }

    Link link(Evidence item, Claim claim, Stance stance) {
        Link link = new Link(UUID.randomUUID(), item.id(), claim.id(), stance, Strength.MODERATE, stamp());
        links.add(link);
        return link;
    }

    /** An edit: the record with this id is replaced by {@code edited}. */
    <T extends ProjectRecord> T replace(T edited) {
        for (List<? extends ProjectRecord> kind : kinds()) {
            @SuppressWarnings("unchecked")
            List<ProjectRecord> records = (List<ProjectRecord>) kind;
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).id().equals(edited.id())) {
                    records.set(i, edited);
                    return edited;
                }
            }
        }
        throw new IllegalArgumentException("no record " + edited.id());
    }

    /** Saves a plan's creations, as the session would. */
    Project apply(List<Change> changes) {
        for (Change change : changes) {
            if (change.before() != null) {
                throw new AssertionError("a merge only creates records, but changes " + change.before());
            }
            ProjectRecord record = change.after();
            if (record instanceof Document d) {
                documents.add(d);
            } else if (record instanceof Tag t) {
                tags.add(t);
            } else if (record instanceof Annotation a) {
                annotations.add(a);
            } else if (record instanceof Actor a) {
                actors.add(a);
            } else if (record instanceof Claim c) {
                claims.add(c);
            } else if (record instanceof Evidence e) {
                evidence.add(e);
            } else if (record instanceof Link l) {
                links.add(l);
            }
        }
        return this;
    }

    ProjectSnapshot snapshot() {
        Set<String> names = new LinkedHashSet<>();
        for (List<? extends ProjectRecord> kind : kinds()) {
            kind.forEach(record -> Stamps.of(record).ifPresent(s -> names.add(s.author())));
        }
        List<Author> authors = names.stream().map(n -> new Author(UUID.nameUUIDFromBytes(n.getBytes()), n)).toList();
        return new ProjectSnapshot(documents, tags, annotations, actors, claims, evidence, links, authors);
    }

    private List<List<? extends ProjectRecord>> kinds() {
        return List.of(documents, tags, annotations, actors, claims, evidence, links);
    }

    /** Distinct, increasing times, so that records compare the same however often they are rebuilt. */
    private Stamp stamp() {
        Instant at = WHEN.plusSeconds(clock++);
        return new Stamp(author, at, at);
    }

    private static List<UUID> ids(ProjectRecord... records) {
        return Arrays.stream(records).map(ProjectRecord::id).toList();
    }
}
