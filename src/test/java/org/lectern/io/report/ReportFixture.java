package org.lectern.io.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.lectern.io.BundledSample;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Likelihood;
import org.lectern.model.Link;
import org.lectern.model.Passage;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;

/** A project built in memory for report tests: documents, the default tags and whatever a test adds. */
final class ReportFixture {
    static final Instant CREATED = Instant.parse("2024-03-15T09:30:00Z");

    final List<Document> documents = new ArrayList<>();
    final List<Tag> tags = new ArrayList<>();
    final List<Annotation> annotations = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<Author> authors = new ArrayList<>();

    ReportFixture() {
        BundledSample.defaultTags().forEach(t -> tags.add(t.toTag(UUID.randomUUID())));
    }

    static Stamp stamp(String author) {
        return new Stamp(author, CREATED, CREATED);
    }

    Document document(String title, DocumentMetadata metadata, String text) {
        Document document = new Document(UUID.randomUUID(), title, metadata, text, stamp("Ana"));
        documents.add(document);
        return document;
    }

    Document sampleDocument() {
        return document(BundledSample.articleTitle(), BundledSample.articleMetadata(), BundledSample.articleText());
    }

    Tag tag(String name) {
        return tags.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** Highlights the first occurrence of {@code phrase}. */
    Annotation highlight(Document document, String phrase, String tagName, String note, String author) {
        int start = document.text().indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("Not in the document: " + phrase);
        }
        return highlightAt(document, start, start + phrase.length(), tagName, note, author);
    }

    /** Highlights {@code phrase} inside another highlight, so the two overlap. */
    Annotation highlightWithin(Document document, Annotation outer, String phrase, String tagName, String author) {
        int start = document.text().indexOf(phrase, outer.passage().start());
        return highlightAt(document, start, start + phrase.length(), tagName, "", author);
    }

    Annotation highlightAt(Document document, int start, int end, String tagName, String note, String author) {
        Passage passage = new Passage(start, end, document.text().substring(start, end), "", "");
        Annotation annotation = new Annotation(UUID.randomUUID(), document.id(), passage, tag(tagName).id(), note,
                stamp(author));
        annotations.add(annotation);
        if (authors.stream().noneMatch(a -> a.name().equals(author))) {
            authors.add(new Author(UUID.randomUUID(), author));
        }
        return annotation;
    }

    Actor actor(String name, ActorKind kind, List<String> aliases, String author, Annotation... mentions) {
        Actor actor = new Actor(UUID.randomUUID(), name, kind, aliases, "", ids(mentions), stamp(author));
        actors.add(actor);
        return actor;
    }

    Claim claim(String statement, Actor claimant, ClaimStatus status, Likelihood likelihood, String author,
                Annotation... passages) {
        Claim claim = new Claim(UUID.randomUUID(), statement, claimant == null ? null : claimant.id(), ids(passages),
                status, likelihood, stamp(author));
        claims.add(claim);
        return claim;
    }

    Evidence evidence(String description, String grade, String author, Annotation... passages) {
        Evidence item = new Evidence(UUID.randomUUID(), description, ids(passages), Grade.parse(grade),
                stamp(author));
        evidence.add(item);
        return item;
    }

    Link link(Evidence item, Claim claim, Stance stance, Strength strength, String author) {
        Link link = new Link(UUID.randomUUID(), item.id(), claim.id(), stance, strength, stamp(author));
        links.add(link);
        return link;
    }

    ProjectSnapshot snapshot() {
        return new ProjectSnapshot(documents, tags, annotations, actors, claims, evidence, links, authors);
    }

    private static List<UUID> ids(Annotation... annotations) {
        return Arrays.stream(annotations).map(Annotation::id).toList();
    }

    /**
     * The bundled sample as two analysts might have annotated it: overlapping highlights, notes, actors, three
     * claims, five items of evidence (one not linked) and links both ways.
     */
    static ReportFixture sample() {
        ReportFixture f = new ReportFixture();
        Document d = f.sampleDocument();
        Annotation camg = f.highlight(d, "The Corridor Arms Monitoring Group (CAMG)", "Actor", "", "Ana");
        Annotation vask = f.highlight(d, "Teodor Vask", "Actor", "", "Ana");
        Annotation front = f.highlight(d, "Lusk Valley Front", "Actor", "", "Ana");
        Annotation ministry = f.highlight(d, "Oskaria's Foreign Ministry", "Actor", "", "Ana");
        Annotation seizedClaim = f.highlight(d,
                "Anti-tank missiles captured from rebel fighters in Varnesia's Lusk Valley came from a batch sold "
                        + "to the Oskarian army", "Claim", "", "Ana");
        f.highlightWithin(d, seizedClaim, "Lusk Valley", "Place", "Ana");
        f.highlight(d, "3 March", "Date/time", "", "Ana");
        f.highlight(d, "14 Tern-4 guided-missile launch tubes", "Materiel", "", "Ana");
        Annotation serials = f.highlight(d,
                "Serial numbers stamped on 11 of the tubes fall within production lot 21-0467", "Evidence",
                "Strongest item: serials are physical and checkable. Ask CAMG for the photographs.", "Ana");
        Annotation delivery = f.highlight(d,
                "which the manufacturer, Veska Arms Works, recorded as delivered to Oskaria's Ministry of Defence "
                        + "in June 2021", "Evidence", "", "Ana");
        Annotation denial = f.highlight(d,
                "Oskaria has never transferred a single weapon to any armed group in Varnesia, and it never will",
                "Claim", "Categorical denial; compare with the leaked letter of 28 January.", "Ana");
        f.highlight(d, "a fiction assembled for a paying client", "Quote", "", "Ana");
        Annotation planted = f.highlight(d, "planted by Varnesian intelligence", "Claim", "", "Ana");
        Annotation imagery = f.highlight(d,
                "Commercial satellite images from the provider Skyglass Orbital, taken on 14 and 16 February, show "
                        + "a convoy of at least nine covered trucks at the Kessa border crossing", "Evidence",
                "Imagery shows trucks, not cargo: consistent with, not proof of, the route.", "Ben");
        f.highlightWithin(d, imagery, "Kessa border crossing", "Place", "Ben");
        Annotation customs = f.highlight(d, "inspectors at Brask had been told by \"people from the capital\" not "
                + "to open the containers", "Evidence", "", "Ben");
        Annotation letter = f.highlight(d, "a leaked letter from the Oskarian General Staff, dated 28 January",
                "Evidence", "Provenance unknown; date format out of use since 2022.", "Ana");
        f.highlight(d, "a crude forgery", "Quote", "", "Ana");

        Actor camgActor = f.actor("Corridor Arms Monitoring Group", ActorKind.ORGANISATION, List.of("CAMG"), "Ana",
                camg);
        Actor oskaria = f.actor("Oskaria", ActorKind.STATE, List.of("Oskarian government", "Haldmar"), "Ana",
                ministry);
        f.actor("Teodor Vask", ActorKind.PERSON, List.of(), "Ana", vask);
        f.actor("Lusk Valley Front", ActorKind.GROUP, List.of("the Front"), "Ana", front);

        Claim c1 = f.claim("The Tern-4 launch tubes seized at Orrin Ford came from Oskarian army stocks", camgActor,
                ClaimStatus.DISPUTED, Likelihood.LIKELY, "Ana", seizedClaim);
        Claim c2 = f.claim("Oskaria has never transferred weapons to armed groups in Varnesia", oskaria,
                ClaimStatus.DISPUTED, Likelihood.UNLIKELY, "Ana", denial);
        Claim c3 = f.claim("The launch tubes were planted by Varnesian intelligence", null, ClaimStatus.UNVERIFIED,
                Likelihood.VERY_UNLIKELY, "Ana", planted);

        Evidence e1 = f.evidence("Serial numbers on 11 tubes fall within lot 21-0467", "B2", "Ana", serials);
        Evidence e2 = f.evidence("Manufacturer records lot 21-0467 as delivered to Oskaria's MoD", "C2", "Ana",
                delivery);
        Evidence e3 = f.evidence("Satellite imagery of a convoy at the Kessa crossing", "B3", "Ben", imagery);
        Evidence e4 = f.evidence("Leaked General Staff letter releasing lot 21-0467", "F3", "Ana", letter);
        f.evidence("Customs inspectors told not to open the containers", "D3", "Ben", customs);

        f.link(e1, c1, Stance.SUPPORTS, Strength.STRONG, "Ana");
        f.link(e1, c2, Stance.REFUTES, Strength.STRONG, "Ana");
        f.link(e1, c3, Stance.REFUTES, Strength.MODERATE, "Ana");
        f.link(e2, c1, Stance.SUPPORTS, Strength.MODERATE, "Ana");
        f.link(e3, c1, Stance.SUPPORTS, Strength.WEAK, "Ben");
        f.link(e4, c1, Stance.SUPPORTS, Strength.WEAK, "Ana");
        f.link(e4, c2, Stance.REFUTES, Strength.MODERATE, "Ana");
        return f;
    }
}
