package org.lectern.io.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.io.w3c.Projects.ANALYST;
import static org.lectern.io.w3c.Projects.EMOJI_TEXT;
import static org.lectern.io.w3c.Projects.annotation;
import static org.lectern.io.w3c.Projects.applied;
import static org.lectern.io.w3c.Projects.document;
import static org.lectern.io.w3c.Projects.project;
import static org.lectern.io.w3c.Projects.tag;
import static org.lectern.io.w3c.Projects.tagName;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.store.ProjectFiles;

class W3cRoundTripTest {
    @TempDir
    Path folder;

    private final Document article = document("Puerto", "", EMOJI_TEXT);
    private final Tag claim = tag("Claim");
    private final Tag evidence = tag("Evidence");
    private final ProjectSnapshot source = project(List.of(article), List.of(claim, evidence), List.of(
            annotation(article, "el puerto estaba cerrado", claim, "Who told her?\nAsk again.", ANALYST),
            annotation(article, "👩‍🔬", evidence, "", "Grace Hopper"),
            annotation(article, "𝔹𝔹 officials 😀 confirmed", evidence, "Second source 🙂", ANALYST),
            annotation(article, "𝔹𝔹 officials 😀 confirmed", claim, "", ANALYST),
            annotation(article, "any closure 🙄", claim, "", "Grace Hopper")));

    @Test
    void anExportImportedIntoAnEmptyProjectWithTheSameTextGivesBackTheSameAnnotations() throws Exception {
        Path file = exported();
        Document sameText = new Document(UUID.randomUUID(), "Same article elsewhere", null, EMOJI_TEXT,
                article.stamp());
        ProjectSnapshot empty = project(List.of(sameText), List.of(), List.of());

        ExchangeImport result = new W3cImport().read(file, empty, "Someone Else");
        ProjectSnapshot imported = applied(empty, result.changes());

        assertEquals("Import 5 annotations from notes.jsonld", result.description());
        assertEquals(List.of(), result.unplaced());
        assertEquals(described(source, article.id()), described(imported, sameText.id()));
        assertEquals(source.annotations().stream().map(Annotation::id).sorted().toList(),
                imported.annotations().stream().map(Annotation::id).sorted().toList(), "ids are kept");
        assertEquals(List.of("Claim", "Evidence"), imported.tags().stream().map(Tag::name).sorted().toList());
    }

    @Test
    void theImportedChangesAreOneUndoableEditOfARealProjectFile() throws Exception {
        Path file = exported();
        try (ProjectSession session = new ProjectSession(ProjectFiles.create(folder.resolve("p.lectern")),
                "Someone Else")) {
            session.perform(session.edits().addDocument("Same article", null, EMOJI_TEXT));
            UUID documentId = session.state().documents().get(0).id();

            ExchangeImport result = new W3cImport().read(file, snapshotOf(session), session.analyst());
            session.perform(new Edit(result.description(), result.changes()));

            assertEquals(described(source, article.id()), described(snapshotOf(session), documentId));
            ExchangeImport again = new W3cImport().read(file, snapshotOf(session), session.analyst());
            assertTrue(again.changes().isEmpty(), "importing the same file twice adds nothing");
            assertTrue(session.undo());
            assertTrue(snapshotOf(session).annotations().isEmpty());
        }
        try (ProjectSession reopened = new ProjectSession(ProjectFiles.open(folder.resolve("p.lectern")), "X")) {
            assertEquals(0, reopened.state().annotationCount(), "the undo was saved");
        }
    }

    private Path exported() throws Exception {
        Path file = folder.resolve("notes.jsonld");
        new W3cExport().export(source, ExportScope.EVERYTHING, file, Progress.NONE);
        return file;
    }

    private static ProjectSnapshot snapshotOf(ProjectSession session) {
        var state = session.state();
        return project(state.documents(), state.tags(),
                state.documents().stream().flatMap(d -> state.annotationsOf(d.id()).stream()).toList());
    }

    /** Everything an analyst sees of a document's annotations, in a stable order, ids left aside. */
    private static List<String> described(ProjectSnapshot project, UUID documentId) {
        return project.annotations().stream()
                .filter(a -> a.documentId().equals(documentId))
                .sorted(Comparator.comparingInt((Annotation a) -> a.passage().start())
                        .thenComparing(a -> tagName(project, a.tagId())))
                .map(a -> a.passage().start() + ".." + a.passage().end() + " “" + a.passage().quote() + "” ["
                        + a.passage().prefix() + "|" + a.passage().suffix() + "] " + tagName(project, a.tagId())
                        + " note=" + a.note() + " by " + a.stamp().author() + " " + a.stamp().created() + " / "
                        + a.stamp().modified())
                .toList();
    }
}
