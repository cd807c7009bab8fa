package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.store.SavedHighlights;
import org.lectern.text.Passages;

/**
 * A project opens without reading its highlights; each document's are read when first asked for. What the window
 * is told must not depend on when that happens: the count is right before anything is read, a highlight is found
 * by its id in a document not shown yet, and one saved while its document is being read is not lost.
 */
class HighlightsReadOnDemandTest {
    private static final String TEXT = "The minister said the convoy left the border on Tuesday.";
    private final Tag tag = new Tag(UUID.randomUUID(), "Claim", "#336699", 1, "");
    private final Document first = document("First report");
    private final Document second = document("Second report");
    private final FileHighlights file = new FileHighlights();

    @Test
    void theCountOfHighlightsIsKnownBeforeAnyDocumentIsRead() {
        file.save(highlight(first, 0, 3), highlight(first, 4, 12), highlight(second, 13, 17));
        ProjectState state = opened();

        assertEquals(3, state.annotationCount());
        assertEquals(0, file.reads, "nothing was read to count them");
    }

    @Test
    void aDocumentsHighlightsAreReadOnceWhenFirstAskedForAndInReadingOrder() {
        Annotation later = highlight(first, 22, 28);
        Annotation earlier = highlight(first, 4, 12);
        file.save(later, earlier, highlight(second, 13, 17));
        ProjectState state = opened();

        assertEquals(List.of(earlier, later), state.annotationsOf(first.id()));
        assertEquals(List.of(earlier, later), state.annotationsOf(first.id()));
        assertEquals(1, file.reads, "the second showing reads nothing");
    }

    @Test
    void aHighlightIsFoundByItsIdInADocumentNotShownYet() {
        Annotation mentioned = highlight(second, 13, 17);
        file.save(highlight(first, 0, 3), mentioned);
        ProjectState state = opened();

        assertEquals(Optional.of(mentioned), state.annotation(mentioned.id()));
        assertEquals(Optional.empty(), state.annotation(UUID.randomUUID()));
    }

    @Test
    void highlightsSavedToADocumentNotReadYetAreCountedAndShownWhenItIs() {
        Annotation kept = highlight(first, 0, 3);
        Annotation retagged = highlight(first, 4, 12);
        Annotation deleted = highlight(first, 13, 17);
        file.save(kept, retagged, deleted);
        ProjectState state = opened();
        Annotation added = highlight(first, 22, 28);
        Annotation renamed = retagged.withNote("seen twice");

        for (Change change : List.of(Change.created(added), Change.updated(retagged, renamed),
                Change.deleted(deleted))) {
            file.save(change); // saved first, as every edit is
            state.apply(change);
        }

        assertEquals(3, state.annotationCount());
        assertEquals(Set.of(kept, renamed, added), new HashSet<>(state.annotationsOf(first.id())));
    }

    @Test
    void aHighlightSavedWhileItsDocumentIsBeingReadIsNotLost() {
        Annotation before = highlight(first, 0, 3);
        file.save(before);
        ProjectState state = opened();
        Annotation savedMeanwhile = highlight(first, 4, 12);
        Annotation deletedMeanwhile = before;
        // The read finds the file as it was; the window saves and applies two changes before the read is put in.
        file.whileReading = () -> {
            for (Change change : List.of(Change.created(savedMeanwhile), Change.deleted(deletedMeanwhile))) {
                file.save(change);
                state.apply(change);
            }
        };

        assertEquals(List.of(savedMeanwhile), state.annotationsOf(first.id()));
        assertEquals(1, state.annotationCount());
    }

    @Test
    void readingEveryHighlightAtOnceGivesTheWholeProjectInOnePass() {
        file.save(highlight(first, 0, 3), highlight(second, 13, 17));
        ProjectState state = opened();
        state.annotationsOf(first.id());

        ProjectSnapshot whole = state.snapshot();

        assertEquals(2, whole.annotations().size());
        assertEquals(2, file.reads, "the first document alone, then the rest in one pass");
        assertTrue(state.annotation(whole.annotations().get(1).id()).isPresent());
    }

    @Test
    void aDocumentAddedAfterOpeningHoldsJustWhatWasSavedToIt() {
        ProjectState state = opened();
        Document added = document("Added later");
        state.apply(Change.created(added));
        Annotation highlight = highlight(added, 0, 3);
        file.save(Change.created(highlight));
        state.apply(Change.created(highlight));

        assertEquals(List.of(highlight), state.annotationsOf(added.id()));
        assertEquals(0, file.reads, "a document made here has nothing in the file to read");
    }

    private ProjectState opened() {
        return new ProjectState(new ProjectSnapshot(List.of(first, second), List.of(tag), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of()), file.rows.size(), file);
    }

    private static Document document(String title) {
        return new Document(UUID.randomUUID(), title, DocumentMetadata.EMPTY, TEXT, Stamp.now("Ada Lovelace"));
    }

    private Annotation highlight(Document document, int start, int end) {
        return new Annotation(UUID.randomUUID(), document.id(), Passages.of(TEXT, start, end), tag.id(), "",
                Stamp.now("Ada Lovelace"));
    }

    /** The highlights as a project file holds them, read as the store reads them: what was saved before. */
    private static final class FileHighlights implements SavedHighlights {
        final Map<UUID, Annotation> rows = new HashMap<>();
        int reads;
        Runnable whileReading = () -> { };

        void save(Annotation... annotations) {
            for (Annotation annotation : annotations) {
                rows.put(annotation.id(), annotation);
            }
        }

        void save(Change change) {
            if (change.after() == null) {
                rows.remove(change.before().id());
            } else {
                rows.put(change.after().id(), (Annotation) change.after());
            }
        }

        @Override
        public List<Annotation> annotationsOf(UUID documentId) {
            reads++;
            List<Annotation> found = new ArrayList<>(rows.values().stream()
                    .filter(a -> a.documentId().equals(documentId)).toList());
            Runnable meanwhile = whileReading;
            whileReading = () -> { };
            meanwhile.run();
            return found;
        }

        @Override
        public Map<UUID, List<Annotation>> annotationsOf(Set<UUID> documentIds) {
            reads++;
            Map<UUID, List<Annotation>> found = new HashMap<>();
            documentIds.forEach(id -> found.put(id, new ArrayList<>()));
            rows.values().stream().filter(a -> documentIds.contains(a.documentId()))
                    .forEach(a -> found.get(a.documentId()).add(a));
            return found;
        }

        @Override
        public Optional<UUID> documentOfAnnotation(UUID annotationId) {
            return Optional.ofNullable(rows.get(annotationId)).map(Annotation::documentId);
        }
    }
}
