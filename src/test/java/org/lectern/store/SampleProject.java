package org.lectern.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.lectern.model.Passage;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;

/** One small project with every kind of record, every field filled in, for the store tests. */
final class SampleProject {
    static final Instant CREATED = Instant.parse("2024-03-01T09:15:30.123456789Z");
    static final Instant MODIFIED = Instant.parse("2024-03-02T10:00:00Z");

    /** Emoji (surrogate pairs), accents and plain \n newlines: what a normalised article looks like. */
    static final String TEXT = "Minister Ana Ruiz 🇪🇸 said the port deal was signed.\n"
            + "Critics — including Grupo Norte 🚢 — disputed it.\n\n"
            + "Ruiz later confirmed the signing.";

    final Document document = new Document(UUID.randomUUID(), "Port deal under fire",
            new DocumentMetadata("The Daily Bugle", "By Peter Parker", "2024-02-28T18:30:00Z",
                    "https://example.org/port-deal?utm=1&x=ü"),
            TEXT, new Stamp("Alice Analyst", CREATED, MODIFIED));
    final Tag person = new Tag(UUID.randomUUID(), "Person", "#1f77b4", 1, "Named people");
    final Tag claimTag = new Tag(UUID.randomUUID(), "Claim", "#ff7f0e", 2, "Statements of fact");
    final Tag unkeyed = new Tag(UUID.randomUUID(), "Odd", "#2ca02c", Tag.NO_KEY, "");

    final Annotation ruiz = annotation("Ana Ruiz 🇪🇸", person, "Check spelling 🙂", "Bob Builder",
            CREATED.plusSeconds(1));
    final Annotation saidSigned = annotation("said the port deal was signed", claimTag, "", "Alice Analyst",
            CREATED.plusSeconds(2));
    final Annotation ruizLater = annotation("Ruiz", person, "Line 3\nsecond line of note", "Alice Analyst",
            CREATED.plusSeconds(3), TEXT.lastIndexOf("Ruiz"));
    final Annotation confirmed = annotation("confirmed the signing", claimTag, "", "Carol Checker",
            CREATED.plusSeconds(4));

    final Actor actor = new Actor(UUID.randomUUID(), "Ana Ruiz", ActorKind.PERSON,
            List.of("Minister Ruiz", "A. Ruiz", "Ruiz"), "Minister of transport.\nSince 2021.",
            List.of(ruizLater.id(), ruiz.id()), new Stamp("Bob Builder", CREATED.plusSeconds(5), MODIFIED));
    final Claim claim = new Claim(UUID.randomUUID(), "The port deal was signed", actor.id(),
            List.of(confirmed.id(), saidSigned.id()), ClaimStatus.DISPUTED, Likelihood.VERY_LIKELY,
            new Stamp("Alice Analyst", CREATED.plusSeconds(6), MODIFIED));
    final Claim anonymousClaim = new Claim(UUID.randomUUID(), "Critics dispute the deal", null,
            List.of(saidSigned.id()), ClaimStatus.UNVERIFIED, Likelihood.NOT_ASSESSED,
            new Stamp("Carol Checker", CREATED.plusSeconds(7), CREATED.plusSeconds(7)));
    final Evidence evidence = new Evidence(UUID.randomUUID(), "Ruiz confirms the signing herself",
            List.of(confirmed.id(), ruizLater.id()), Grade.parse("B2"),
            new Stamp("Bob Builder", CREATED.plusSeconds(8), MODIFIED));
    final Link link = new Link(UUID.randomUUID(), evidence.id(), claim.id(), Stance.REFUTES, Strength.STRONG,
            new Stamp("Dave Devil's-Advocate", CREATED.plusSeconds(9), MODIFIED));

    private Annotation annotation(String quote, Tag tag, String note, String author, Instant created) {
        return annotation(quote, tag, note, author, created, TEXT.indexOf(quote));
    }

    private Annotation annotation(String quote, Tag tag, String note, String author, Instant created, int start) {
        int end = start + quote.length();
        int from = Math.max(0, start - 32);
        if (Character.isLowSurrogate(TEXT.charAt(from))) {
            from++; // never half an emoji
        }
        int to = Math.min(TEXT.length(), end + 32);
        if (to < TEXT.length() && Character.isLowSurrogate(TEXT.charAt(to))) {
            to--;
        }
        Passage passage = new Passage(start, end, quote, TEXT.substring(from, start), TEXT.substring(end, to));
        return new Annotation(UUID.randomUUID(), document.id(), passage, tag.id(), note,
                new Stamp(author, created, created.plusMillis(1500)));
    }

    List<Annotation> annotations() {
        return List.of(ruiz, saidSigned, ruizLater, confirmed);
    }

    /** Every record, each before the records that refer to it. */
    List<Change> creation() {
        List<Change> changes = new ArrayList<>();
        for (var record : List.of(document, person, claimTag, unkeyed, ruiz, saidSigned, ruizLater, confirmed,
                actor, claim, anonymousClaim, evidence, link)) {
            changes.add(Change.created(record));
        }
        return changes;
    }
}
