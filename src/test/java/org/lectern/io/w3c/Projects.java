package org.lectern.io.w3c;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.text.Passages;

/** Small projects built in memory, and changes applied to them the way a session would. */
final class Projects {
    static final String ANALYST = "Ada Lovelace";
    static final Instant CREATED = Instant.parse("2024-05-01T09:15:30.123456789Z");
    static final Instant MODIFIED = Instant.parse("2024-05-02T17:00:00Z");

    /** Astral characters of every kind before the passages: a flag, a math letter, a ZWJ emoji sequence. */
    static final String EMOJI_TEXT = """
            🇪🇸 Informe 𝔸: la científica 👩‍🔬 dijo que el puerto estaba cerrado.
            Later, 𝔹𝔹 officials 😀 confirmed the port had reopened on Friday.
            The minister denied any closure 🙄 at all.""";

    private Projects() {
    }

    static Document document(String title, String url, String text) {
        return new Document(UUID.randomUUID(), title, new DocumentMetadata("Wire", "", "2024-05-01", url), text,
                new Stamp(ANALYST, CREATED, CREATED));
    }

    static Tag tag(String name) {
        return new Tag(UUID.randomUUID(), name, "#4e79a7", Tag.NO_KEY, "");
    }

    static Annotation annotation(Document document, String quote, Tag tag, String note, String author) {
        int start = document.text().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("Not in the text: " + quote);
        }
        return new Annotation(UUID.randomUUID(), document.id(),
                Passages.of(document.text(), start, start + quote.length()), tag.id(), note,
                new Stamp(author, CREATED, MODIFIED));
    }

    static ProjectSnapshot project(List<Document> documents, List<Tag> tags, List<Annotation> annotations) {
        return new ProjectSnapshot(documents, tags, annotations, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    static ProjectSnapshot withDocuments(Document... documents) {
        return project(List.of(documents), List.of(), List.of());
    }

    /** The project after an import's changes, which only ever create tags and annotations. */
    static ProjectSnapshot applied(ProjectSnapshot project, List<Change> changes) {
        List<Tag> tags = new ArrayList<>(project.tags());
        List<Annotation> annotations = new ArrayList<>(project.annotations());
        for (Change change : changes) {
            if (change.before() != null) {
                throw new AssertionError("An import only adds records, but it changes " + change.before());
            }
            ProjectRecord record = change.after();
            if (record instanceof Tag tag) {
                tags.add(tag);
            } else if (record instanceof Annotation annotation) {
                if (tags.stream().noneMatch(t -> t.id().equals(annotation.tagId()))) {
                    throw new AssertionError("An annotation comes before its tag: " + annotation);
                }
                annotations.add(annotation);
            } else {
                throw new AssertionError("An import adds only tags and annotations, not " + record);
            }
        }
        return project(project.documents(), tags, annotations);
    }

    static String tagName(ProjectSnapshot project, UUID tagId) {
        return project.tags().stream().filter(t -> t.id().equals(tagId)).findFirst().orElseThrow().name();
    }
}
