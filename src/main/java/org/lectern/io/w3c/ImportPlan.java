package org.lectern.io.w3c;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lectern.io.exchange.AlreadyPresent;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.io.w3c.Anchoring.Placed;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Passage;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;

/**
 * Collects what an import adds to a project: the new tags, then the annotations that use them, leaving out
 * those the project has already (same document, passage and tag by the same author), so that importing a file
 * twice adds nothing the second time. A colleague's annotation that agrees with one of the analyst's own is
 * still added: it is their reading, and agreement is measured between the two.
 */
final class ImportPlan {
    private final String analyst;
    private final Instant now;
    private final ImportedTags tags;
    private final Set<Key> present = new HashSet<>();
    private final Set<UUID> idsInUse = new HashSet<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<String> unplaced = new ArrayList<>();
    private final List<String> alreadyPresent = new ArrayList<>();

    ImportPlan(ProjectSnapshot project, String analyst, Instant now) {
        this.analyst = analyst == null || analyst.isBlank() ? "Unknown analyst" : analyst.strip();
        this.now = now;
        this.tags = new ImportedTags(project.tags());
        for (Annotation annotation : project.annotations()) {
            present.add(Key.of(annotation));
            idsInUse.add(annotation.id());
        }
    }

    /** Adds the annotation at its place, once per tag it carries (Lectern gives each highlight one tag). */
    void add(IncomingAnnotation incoming, Placed placed) {
        List<String> tagNames = incoming.tags().isEmpty() ? List.of(ImportedTags.FALLBACK_NAME) : incoming.tags();
        boolean first = true;
        for (String tagName : tagNames) {
            Tag tag = tags.named(tagName);
            Stamp stamp = stampOf(incoming);
            Key key = new Key(placed.document().id(), placed.passage(), tag.id(), stamp.author());
            if (!present.add(key)) {
                alreadyPresent.add(AlreadyPresent.describe(placed.passage().quote(), tag.name(), stamp.author(),
                        placed.document().title()));
                continue;
            }
            UUID id = first ? freeId(incoming.id()) : freeId(null);
            first = false;
            idsInUse.add(id);
            annotations.add(new Annotation(id, placed.document().id(), placed.passage(), tag.id(),
                    String.join("\n\n", incoming.notes()), stamp));
        }
    }

    void unplaced(String reason) {
        unplaced.add(reason);
    }

    ExchangeImport result(String fileName) {
        Set<UUID> usedTags = new HashSet<>();
        annotations.forEach(annotation -> usedTags.add(annotation.tagId()));
        List<Change> changes = new ArrayList<>();
        // Tags first: an annotation may only refer to a tag the project already holds.
        tags.addedAndUsed(usedTags).forEach(tag -> changes.add(Change.created(tag)));
        annotations.forEach(annotation -> changes.add(Change.created(annotation)));
        return new ExchangeImport(description(fileName), changes, unplaced, alreadyPresent);
    }

    private String description(String fileName) {
        int count = annotations.size();
        String description = "Import " + count + (count == 1 ? " annotation" : " annotations") + " from " + fileName;
        if (!alreadyPresent.isEmpty()) {
            description += " (" + alreadyPresent.size() + " already in the project)";
        }
        return description;
    }

    /** The annotation's own id, unless the project (or this import) uses it for another annotation already. */
    private UUID freeId(UUID wanted) {
        return wanted != null && !idsInUse.contains(wanted) ? wanted : UUID.randomUUID();
    }

    private Stamp stampOf(IncomingAnnotation incoming) {
        String author = incoming.creator() != null ? incoming.creator() : analyst;
        Instant created = incoming.created() != null ? incoming.created()
                : incoming.modified() != null ? incoming.modified() : now;
        Instant modified = incoming.modified() != null ? incoming.modified() : created;
        return new Stamp(author, created, modified);
    }

    /**
     * What makes two annotations the same highlight: the same passage with the same tag by the same analyst. Two
     * analysts marking the same passage alike are two readings, both kept.
     */
    private record Key(UUID documentId, int start, int end, UUID tagId, String author) {
        Key(UUID documentId, Passage passage, UUID tagId, String author) {
            this(documentId, passage.start(), passage.end(), tagId, author);
        }

        static Key of(Annotation annotation) {
            return new Key(annotation.documentId(), annotation.passage(), annotation.tagId(),
                    annotation.stamp().author());
        }
    }
}
