package org.lectern.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.Passage;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.service.WrittenEdit;
import org.lectern.store.ProjectStore;
import org.lectern.text.Passages;

/**
 * A project's highlights are read from the file a document at a time, when first asked for, so that a corpus opens
 * at once. Whatever the order of reading and editing — highlights made, changed and deleted in documents not read
 * yet, undone and redone, long edits written on a worker and applied in slices while the window reads other
 * documents — what the analyst sees of a document is exactly what the file holds, and so is the count of highlights.
 */
class HighlightsReadOnDemandPropertyTest {
    private static final int TRIES = 60;

    @Test
    void everyDocumentReadOnDemandShowsExactlyTheHighlightsTheFileHolds() {
        PropertyCheck.forAll(TRIES, HighlightsReadOnDemandPropertyTest::sitting);
    }

    private static void sitting(Draw draw) throws Exception {
        try (ScratchFolder folder = ScratchFolder.create("on-demand")) {
            Path file = folder.resolve("project.lectern");
            List<String> analysts = RandomTexts.analysts(draw, 2, 3);
            try (ProjectStore store = NewProjects.create(file)) {
                ProjectSession setup = new ProjectSession(store, analysts.get(1));
                ProjectSetup.ensureDefaultTags(setup);
                for (Path article : Articles.write(folder, draw.list(2, 5, 40, RandomTexts::article))) {
                    Articles.add(setup, article);
                }
                List<Document> documents = setup.state().documents();
                List<Tag> tags = setup.state().tags();
                for (String colleague : analysts.subList(1, analysts.size())) {
                    draw.repeat(0, 6, 60, d -> setup.perform(new Edit("highlight",
                            List.of(Change.created(highlight(d, d.oneOf(documents), d.oneOf(tags), colleague))))));
                }
                draw.note("— " + analysts.get(0) + " opens the project —");
                new Sitting(draw, store, new ProjectSession(store, analysts.get(0)), documents, tags).run();
            }
        }
    }

    /** One analyst's sitting: random reads and edits, each checked against the file once it is applied. */
    private record Sitting(Draw draw, ProjectStore store, ProjectSession session, List<Document> documents,
                           List<Tag> tags) {
        void run() throws Exception {
            assertEquals(store.load().annotations().size(), session.state().annotationCount(),
                    "on opening, the count of highlights is the file's, though none was read");
            WrittenEdit[] pending = {null};
            draw.repeat(1, 30, 85, d -> {
                if (pending[0] != null) {
                    whileWriting(d, pending);
                } else {
                    step(d, pending);
                }
            });
            while (pending[0] != null && !pending[0].applyNext(1)) {
                draw.note("applies the rest of the written edit");
            }
            assertEquals(asSet(store.load().annotations()), asSet(session.state().snapshot().annotations()),
                    "in the end every highlight in memory is the file's, and no other");
        }

        private void step(Draw d, WrittenEdit[] pending) throws Exception {
            Document document = d.oneOf(documents);
            switch (d.below(7)) {
                case 0 -> {
                    d.note("reads “" + document.title() + "”");
                    assertEquals(asSet(store.annotationsOf(document.id())),
                            asSet(session.state().annotationsOf(document.id())),
                            "a document's highlights as read are the file's");
                }
                case 1 -> {
                    d.note("highlights in “" + document.title() + "”");
                    session.perform(new Edit("highlight", List.of(Change.created(
                            highlight(d, document, d.oneOf(tags), session.analyst())))));
                }
                case 2 -> {
                    List<Annotation> saved = store.annotationsOf(document.id());
                    if (!saved.isEmpty()) {
                        Annotation before = d.oneOf(saved);
                        d.note("retags a highlight of “" + document.title() + "” without reading it");
                        session.perform(new Edit("retag", List.of(Change.updated(before,
                                before.withTag(d.oneOf(tags).id())))));
                    }
                }
                case 3 -> {
                    List<Annotation> saved = store.annotationsOf(document.id());
                    if (!saved.isEmpty()) {
                        Annotation gone = d.oneOf(saved);
                        d.note("deletes a highlight of “" + document.title() + "” found by its id");
                        session.perform(session.edits().deleteAnnotation(
                                session.state().annotation(gone.id()).orElseThrow().id()));
                    }
                }
                case 4 -> {
                    d.note(session.undo() ? "undoes" : "has nothing to undo");
                }
                case 5 -> {
                    d.note(session.redo() ? "redoes" : "has nothing to redo");
                }
                default -> {
                    List<Change> changes = new ArrayList<>();
                    d.repeat(1, 6, 60, e -> changes.add(Change.created(
                            highlight(e, e.oneOf(documents), e.oneOf(tags), session.analyst()))));
                    d.note("writes " + changes.size() + " highlights on a worker");
                    pending[0] = session.write(new Edit("long edit", changes), () -> false);
                }
            }
            if (pending[0] == null) {
                assertEquals(store.load().annotations().size(), session.state().annotationCount(),
                        "the count of highlights is the file's");
            }
        }

        /** While a long edit is written but not yet all applied, the window reads on and applies slices. */
        private void whileWriting(Draw d, WrittenEdit[] pending) {
            Document document = d.oneOf(documents);
            switch (d.below(3)) {
                case 0 -> {
                    d.note("reads “" + document.title() + "” while the edit is being applied");
                    session.state().annotationsOf(document.id());
                }
                case 1 -> {
                    List<Annotation> saved = store.annotationsOf(document.id());
                    if (!saved.isEmpty()) {
                        d.note("looks a highlight of “" + document.title() + "” up by its id meanwhile");
                        session.state().annotation(d.oneOf(saved).id());
                    }
                }
                default -> {
                    d.note("applies a slice of the written edit");
                    if (pending[0].applyNext(d.between(1, 3))) {
                        pending[0] = null;
                        assertEquals(store.load().annotations().size(), session.state().annotationCount(),
                                "once the edit is applied, the count of highlights is the file's");
                    }
                }
            }
        }
    }

    private static Annotation highlight(Draw draw, Document document, Tag tag, String analyst) {
        // Whole characters, as the window selects them: half an emoji is not a passage.
        String text = document.text();
        int codePoints = text.codePointCount(0, text.length());
        int first = draw.below(Math.max(1, codePoints - 1));
        int last = Math.min(codePoints, first + draw.between(1, 12));
        Passage passage = Passages.of(text, text.offsetByCodePoints(0, first), text.offsetByCodePoints(0, last));
        return new Annotation(UUID.randomUUID(), document.id(), passage, tag.id(), "", Stamp.now(analyst));
    }

    private static Set<Annotation> asSet(List<Annotation> annotations) {
        return new HashSet<>(annotations);
    }
}
