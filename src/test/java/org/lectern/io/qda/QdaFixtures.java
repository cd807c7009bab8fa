package org.lectern.io.qda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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

/** A small project with emoji before its passages, two authors, notes and the analysis structure. */
final class QdaFixtures {
    static final String ADA = "Ada Lovelace";
    static final String GRACE = "Grace Hopper";
    /** 🇪🇸 is two code points (four chars), 𝔸 one (two chars): chars and code points differ after them. */
    static final String TEXT = "Flags 🇪🇸 and 𝔸 lead: the minister said the troops withdrew.\n"
            + "Satellite images 😀 show convoys leaving the area.\n"
            + "A spokesman denied that any troops had moved.";
    static final Instant CREATED = Instant.parse("2024-05-01T09:30:15.123456789Z");
    static final Instant MODIFIED = Instant.parse("2024-05-02T10:00:00.5Z");

    final Document document;
    final Document otherDocument;
    final Tag claimTag = new Tag(UUID.randomUUID(), "Claim", "#e53935", 1, "What someone asserts");
    final Tag evidenceTag = new Tag(UUID.randomUUID(), "Evidence", "#1e88e5", 2, "");
    final Tag actorTag = new Tag(UUID.randomUUID(), "Actor", "#43a047", 3, "People & groups <all>");
    final Annotation minister;
    final Annotation images;
    final Annotation spokesman;
    final Annotation elsewhere;
    final Actor actor;
    final Claim claim;
    final Evidence evidence;
    final Link link;
    final ProjectSnapshot project;

    QdaFixtures() {
        document = new Document(UUID.randomUUID(), "Border report",
                new DocumentMetadata("Wire", "A. Writer", "2024-05-01", "https://example.org/a"), TEXT,
                new Stamp(ADA, CREATED, MODIFIED));
        otherDocument = new Document(UUID.randomUUID(), "Other article", DocumentMetadata.EMPTY,
                "An unrelated article about harbours.", new Stamp(GRACE, CREATED, CREATED));
        minister = annotation(document, "the minister said the troops withdrew", claimTag,
                "Said twice.\nSecond line: 🇪🇸 & <tags>", ADA);
        images = annotation(document, "Satellite images 😀 show convoys", evidenceTag, "", GRACE);
        spokesman = annotation(document, "A spokesman", actorTag, "", ADA);
        elsewhere = annotation(otherDocument, "harbours", actorTag, "Grace's note", GRACE);
        actor = new Actor(UUID.randomUUID(), "Spokesman", ActorKind.PERSON, List.of("the spokesman"), "",
                List.of(spokesman.id()), new Stamp(ADA, CREATED, CREATED));
        claim = new Claim(UUID.randomUUID(), "Troops withdrew", actor.id(), List.of(minister.id()),
                ClaimStatus.DISPUTED, Likelihood.LIKELY, new Stamp(ADA, CREATED, CREATED));
        evidence = new Evidence(UUID.randomUUID(), "Satellite images", List.of(images.id()), Grade.parse("B2"),
                new Stamp(GRACE, CREATED, CREATED));
        link = new Link(UUID.randomUUID(), evidence.id(), claim.id(), Stance.SUPPORTS, Strength.STRONG,
                new Stamp(GRACE, CREATED, CREATED));
        project = new ProjectSnapshot(List.of(document, otherDocument), List.of(claimTag, evidenceTag, actorTag),
                List.of(minister, images, spokesman, elsewhere), List.of(actor), List.of(claim), List.of(evidence),
                List.of(link), List.of(new Author(UUID.randomUUID(), ADA), new Author(UUID.randomUUID(), GRACE)));
    }

    private static Annotation annotation(Document document, String quote, Tag tag, String note, String author) {
        int start = document.text().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException(quote);
        }
        return new Annotation(UUID.randomUUID(), document.id(), Passages.of(document.text(), start,
                start + quote.length()), tag.id(), note, new Stamp(author, CREATED, MODIFIED));
    }

    static ProjectSnapshot empty() {
        return new ProjectSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** The project after an import's changes are applied (creations only, which is all an import makes). */
    static ProjectSnapshot applied(ProjectSnapshot project, List<Change> changes) {
        List<Document> documents = new ArrayList<>(project.documents());
        List<Tag> tags = new ArrayList<>(project.tags());
        List<Annotation> annotations = new ArrayList<>(project.annotations());
        for (Change change : changes) {
            ProjectRecord record = change.after();
            if (change.before() != null) {
                throw new AssertionError("An import only creates records: " + change);
            }
            if (record instanceof Document d) {
                documents.add(d);
            } else if (record instanceof Tag t) {
                tags.add(t);
            } else if (record instanceof Annotation a) {
                annotations.add(a);
            } else {
                throw new AssertionError("An import creates documents, tags and annotations: " + record);
            }
        }
        return new ProjectSnapshot(documents, tags, annotations, project.actors(), project.claims(),
                project.evidence(), project.links(), project.authors());
    }

    static <T> List<T> created(List<Change> changes, Class<T> kind) {
        return changes.stream().map(Change::after).filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Every entry of a zip, by name, in order. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entriesIn = new ZipInputStream(in)) {
            for (ZipEntry entry = entriesIn.getNextEntry(); entry != null; entry = entriesIn.getNextEntry()) {
                entries.put(entry.getName(), entriesIn.readAllBytes());
            }
        }
        return entries;
    }

    /** Writes a zip with these entries, in order. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
