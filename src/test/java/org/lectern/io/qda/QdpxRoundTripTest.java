package org.lectern.io.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

/** Export, then import: the same highlights come back, and a second import adds nothing. */
class QdpxRoundTripTest {
    private static final String IMPORTER = "Importing Analyst";

    @TempDir
    Path folder;

    private final QdaFixtures fixtures = new QdaFixtures();

    /** What a highlight is, independent of ids: document text, place, quote, tag, note and stamp. */
    record Highlight(String documentText, int start, int end, String quote, String tag, String note, Stamp stamp) {
    }

    private Path exported() throws Exception {
        Path file = folder.resolve("exchange.qdpx");
        new QdpxExport().export(fixtures.project, ExportScope.EVERYTHING, file, Progress.NONE);
        return file;
    }

    private static Set<Highlight> highlights(ProjectSnapshot project) {
        Map<UUID, Document> documents = project.documents().stream()
                .collect(Collectors.toMap(Document::id, Function.identity()));
        Map<UUID, Tag> tags = project.tags().stream().collect(Collectors.toMap(Tag::id, Function.identity()));
        return project.annotations().stream().map(a -> new Highlight(documents.get(a.documentId()).text(),
                a.passage().start(), a.passage().end(), a.passage().quote(), tags.get(a.tagId()).name(), a.note(),
                a.stamp())).collect(Collectors.toSet());
    }

    /** The fixture's highlights as the exchange keeps them: instants to the millisecond. */
    private Set<Highlight> expected() {
        return highlights(fixtures.project).stream().map(h -> new Highlight(h.documentText(), h.start(), h.end(),
                h.quote(), h.tag(), h.note(), new Stamp(h.stamp().author(), QdaDates.kept(h.stamp().created()),
                        QdaDates.kept(h.stamp().modified())))).collect(Collectors.toSet());
    }

    @Test
    void intoAnEmptyProjectTheSameHighlightsComeBack() throws Exception {
        ExchangeImport imported = new QdpxImport().read(exported(), QdaFixtures.empty(), IMPORTER);
        ProjectSnapshot project = QdaFixtures.applied(QdaFixtures.empty(), imported.changes());

        assertEquals(expected(), highlights(project));
        assertEquals(Set.of("Border report", "Other article"),
                project.documents().stream().map(Document::title).collect(Collectors.toSet()));
        Document border = project.documents().stream().filter(d -> d.title().equals("Border report")).findFirst()
                .orElseThrow();
        assertEquals(QdaFixtures.TEXT, border.text());
        assertEquals(new Stamp(QdaFixtures.ADA, QdaDates.kept(QdaFixtures.CREATED),
                QdaDates.kept(QdaFixtures.MODIFIED)), border.stamp());
        Tag claim = project.tags().stream().filter(t -> t.name().equals("Claim")).findFirst().orElseThrow();
        assertEquals("#e53935", claim.color());
        assertEquals("What someone asserts", claim.description());
        assertEquals("Import exchange.qdpx", imported.description());
        assertEquals(List.of("3 codings with the “Lectern” actor, claim and evidence codes were not read back:"
                + " Lectern imports tags, highlights and notes."), imported.unplaced());
    }

    @Test
    void intoAProjectWithTheSameDocumentOnlyTheHighlightsAreAdded() throws Exception {
        ProjectSnapshot sameDocument = new ProjectSnapshot(List.of(fixtures.document), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        ExchangeImport imported = new QdpxImport().read(exported(), sameDocument, IMPORTER);
        List<Document> added = QdaFixtures.created(imported.changes(), Document.class);
        assertEquals(List.of("Other article"), added.stream().map(Document::title).toList());
        List<Annotation> annotations = QdaFixtures.created(imported.changes(), Annotation.class);
        assertEquals(3, annotations.stream().filter(a -> a.documentId().equals(fixtures.document.id())).count());
        assertEquals(expected(), highlights(QdaFixtures.applied(sameDocument, imported.changes())));
    }

    @Test
    void intoTheProjectItCameFromNothingIsAdded() throws Exception {
        ExchangeImport imported = new QdpxImport().read(exported(), fixtures.project, IMPORTER);
        assertEquals(List.of(), imported.changes());
    }

    @Test
    void importingTwiceAddsNothingTheSecondTime() throws Exception {
        Path file = exported();
        ExchangeImport first = new QdpxImport().read(file, QdaFixtures.empty(), IMPORTER);
        ProjectSnapshot once = QdaFixtures.applied(QdaFixtures.empty(), first.changes());
        ExchangeImport second = new QdpxImport().read(file, once, IMPORTER);
        assertEquals(List.of(), second.changes());
    }

    @Test
    void throughARealProjectFileTheImportIsOneEditAndASecondImportAddsNothing() throws Exception {
        Path file = exported();
        Path projectFile = folder.resolve("imported.lectern");
        ProjectStore store = ProjectFiles.create(projectFile);
        try (ProjectSession session = new ProjectSession(store, IMPORTER)) {
            ExchangeImport imported = new QdpxImport().read(file, store.load(), IMPORTER);
            session.perform(new Edit(imported.description(), imported.changes()));
        }
        try (ProjectStore reopened = ProjectFiles.open(projectFile)) {
            ProjectSnapshot saved = reopened.load();
            assertEquals(expected(), highlights(saved));
            assertTrue(saved.authors().stream().map(Author::name).toList()
                    .containsAll(List.of(QdaFixtures.ADA, QdaFixtures.GRACE)));
            assertEquals(List.of(), new QdpxImport().read(file, saved, IMPORTER).changes());
        }
    }
}
