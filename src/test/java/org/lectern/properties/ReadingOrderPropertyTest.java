package org.lectern.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.DocumentMetadata;
import org.lectern.service.ProjectSession;

/**
 * A document's highlights are listed in reading order (the Annotations panel, Alt+↓ and the article's styling go
 * by it) after any run of highlights added, moved and deleted: by where they start, of those starting together the
 * longer first, and of those alike the older first. Many start at the same few places.
 */
class ReadingOrderPropertyTest {
    private static final String TEXT = "The ministry denied that the freighter carried rifles. Customs records show"
            + " crates declared as grain, twice the declared weight.";

    @Test
    void aDocumentsHighlightsAreListedInReadingOrderAfterAnyEdits() {
        PropertyCheck.forAll(60, ReadingOrderPropertyTest::sitting);
    }

    private static void sitting(Draw draw) throws Exception {
        try (ScratchFolder folder = ScratchFolder.create("reading-order");
             ProjectSession session = new ProjectSession(NewProjects.create(folder.resolve("case.lectern")), "Ana")) {
            session.perform(session.tagEdits().add("Claim", "#f4b400"));
            session.perform(session.edits().addDocument("Wire", DocumentMetadata.EMPTY, TEXT));
            UUID document = session.state().documents().get(0).id();
            UUID tag = session.state().tags().get(0).id();
            List<UUID> made = new ArrayList<>();
            draw.repeat(1, 40, 80, d -> {
                int start = d.oneOf(List.of(0, 4, 13, 20, 55, 90));
                int end = start + d.between(1, 30);
                int choice = d.below(made.isEmpty() ? 1 : 3);
                if (choice == 0) {
                    session.perform(session.edits().annotate(document, start, end, tag));
                    made.add(session.state().annotationsOf(document).stream().map(Annotation::id)
                            .filter(id -> !made.contains(id)).findFirst().orElseThrow());
                } else if (choice == 1) {
                    session.perform(session.edits().movePassage(d.oneOf(made), start, end));
                } else {
                    UUID gone = d.oneOf(made);
                    session.perform(session.edits().deleteAnnotation(gone));
                    made.remove(gone);
                }
            });
            List<Annotation> listed = session.state().annotationsOf(document);
            List<Annotation> expected = new ArrayList<>(listed);
            expected.sort(Comparator.comparingInt((Annotation a) -> a.passage().start())
                    .thenComparing(Comparator.comparingInt((Annotation a) -> a.passage().end()).reversed())
                    .thenComparing(a -> a.stamp().created()));
            assertEquals(made.size(), listed.size(), "every highlight listed once");
            assertEquals(keys(expected), keys(listed));
        }
    }

    private static List<String> keys(List<Annotation> annotations) {
        return annotations.stream().map(a -> a.passage().start() + "-" + a.passage().end() + "@" + a.stamp().created())
                .toList();
    }
}
