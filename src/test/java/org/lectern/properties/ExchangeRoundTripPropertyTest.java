package org.lectern.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;
import org.lectern.service.AnnotationExchange;
import org.lectern.service.Edit;
import org.lectern.service.ExportFormat;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

/**
 * Several analysts annotate random articles in one project file; it is exported, and the export is imported into a
 * fresh project file that holds the same articles, added from the same files by the same importer. Each analyst
 * gets back exactly their own annotations: the same passages (offsets and quote), tags and notes, under their name.
 */
class ExchangeRoundTripPropertyTest {
    /** REFI-QDA archives take longer to write and read than W3C files: fewer cases keep the two in time. */
    private static final int W3C_TRIES = 60;
    private static final int QDPX_TRIES = 50;
    private static final String IMPORTER = "Ida Importer";
    private static final List<String> EXTRA_TAGS = List.of("Zeitangabe", "证据 🔎", "Person of interest");
    private static final List<String> COLOURS = List.of("#336699", "#a0522d", "#2e8b57");

    @Test
    void everyAnalystGetsTheirAnnotationsBackFromAW3cWebAnnotationExport() {
        PropertyCheck.forAll(W3C_TRIES, draw -> roundTrip(draw, ExportFormat.W3C));
    }

    @Test
    void everyAnalystGetsTheirAnnotationsBackFromARefiQdaExport() {
        PropertyCheck.forAll(QDPX_TRIES, draw -> roundTrip(draw, ExportFormat.QDPX));
    }

    private static void roundTrip(Draw draw, ExportFormat format) throws Exception {
        try (ScratchFolder folder = ScratchFolder.create("exchange")) {
            List<Path> articles = Articles.write(folder, draw.list(1, 2, 30, RandomTexts::article));
            List<String> analysts = RandomTexts.analysts(draw, 2, 3);
            Path exported = folder.resolve("work." + format.extension());
            Path source = folder.resolve("source.lectern");
            List<Path> used = new ArrayList<>();
            try (ProjectStore store = NewProjects.create(source)) {
                ProjectSession setup = new ProjectSession(store, analysts.get(0));
                ProjectSetup.ensureDefaultTags(setup);
                for (Path article : articles) {
                    addDistinct(draw, setup, article, used);
                }
                for (String name : draw.list(0, 2, 25, d -> d.oneOf(EXTRA_TAGS))) {
                    if (setup.state().tagNamed(name).isEmpty()) {
                        setup.perform(setup.tagEdits().add(name, draw.oneOf(COLOURS)));
                    }
                }
                for (String analyst : analysts) {
                    ProjectSession session = new ProjectSession(store, analyst);
                    draw.list(0, 5, 65, d -> annotate(d, session));
                }
                format.exporter(Optional.empty()).export(store.load(), ExportScope.EVERYTHING, exported, Progress.NONE);
            }
            Path fresh = folder.resolve("fresh.lectern");
            ExchangeImport result;
            try (ProjectStore store = NewProjects.create(fresh)) {
                ProjectSession session = new ProjectSession(store, IMPORTER);
                ProjectSetup.ensureDefaultTags(session);
                for (Path article : used) {
                    Articles.add(session, article);
                }
                result = AnnotationExchange.importInto(session, exported);
            }
            assertEquals(perAnalyst(source), perAnalyst(fresh), "each analyst's annotations after the import of "
                    + exported.getFileName() + " (“" + result.description() + "”, not placed: " + result.unplaced()
                    + ")");
        }
    }

    /**
     * Adds the article unless the project holds its text already: a W3C file names an article by its text, so two
     * copies of one text are one article to it.
     */
    private static void addDistinct(Draw draw, ProjectSession session, Path article, List<Path> used)
            throws Exception {
        String raw = java.nio.file.Files.readString(article);
        List<String> texts = session.state().documents().stream().map(Document::text).toList();
        Document added = Articles.add(session, article);
        if (texts.contains(added.text())) {
            session.undo();
            draw.note(article.getFileName() + " " + RandomTexts.shown(raw) + ": the same text as an earlier one,"
                    + " left out");
            return;
        }
        used.add(article);
        draw.note(article.getFileName() + " " + RandomTexts.shown(raw) + " is added as "
                + RandomTexts.shown(added.text()));
    }

    /** One highlight by the session's analyst: anywhere, or (now and then) on a passage a colleague marked. */
    private static Void annotate(Draw draw, ProjectSession session) {
        var state = session.state();
        List<Document> documents = state.documents();
        List<Annotation> existing = documents.stream().flatMap(d -> state.annotationsOf(d.id()).stream()).toList();
        List<Tag> tags = state.tags();
        Document document;
        int[] range;
        UUID tagId;
        if (!existing.isEmpty() && draw.maybe(30)) {
            Annotation agreed = draw.oneOf(existing);
            document = state.document(agreed.documentId()).orElseThrow();
            range = new int[] {agreed.passage().start(), agreed.passage().end()};
            tagId = draw.maybe(70) ? agreed.tagId() : draw.oneOf(tags).id();
        } else {
            document = draw.oneOf(documents);
            range = RandomTexts.passage(draw, document.text(), 24);
            tagId = draw.oneOf(tags).id();
        }
        String note = RandomTexts.note(draw);
        boolean again = existing.stream().anyMatch(a -> a.stamp().author().equals(session.analyst())
                && a.documentId().equals(document.id()) && a.passage().start() == range[0]
                && a.passage().end() == range[1] && a.tagId().equals(tagId));
        String what = session.analyst() + " tags " + RandomTexts.shown(document.text().substring(range[0], range[1]))
                + " [" + range[0] + "," + range[1] + ") of “" + document.title() + "” "
                + state.tag(tagId).orElseThrow().name() + (note.isEmpty() ? "" : " with the note "
                + RandomTexts.shown(note));
        if (again) {
            // An import recognises a highlight by its analyst, passage and tag: one like it is the same one.
            draw.note(what + " — already has it, so does not");
            return null;
        }
        Edit tag = session.edits().annotate(document.id(), range[0], range[1], tagId);
        session.perform(tag);
        if (!note.isEmpty()) {
            session.perform(session.edits().setNote(tag.changes().get(0).after().id(), note));
        }
        draw.note(what);
        return null;
    }

    /** Each analyst's annotations, as what an analyst sees of them, articles named by their text. */
    private static Map<String, List<String>> perAnalyst(Path project) throws Exception {
        ProjectSnapshot snapshot;
        try (ProjectStore store = ProjectFiles.openForReading(project)) {
            snapshot = store.load();
        }
        List<String> texts = snapshot.documents().stream().map(Document::text).distinct().sorted().toList();
        Map<String, List<String>> byAnalyst = new TreeMap<>();
        for (Annotation annotation : snapshot.annotations()) {
            Document document = snapshot.documents().stream().filter(d -> d.id().equals(annotation.documentId()))
                    .findFirst().orElseThrow();
            String tag = snapshot.tags().stream().filter(t -> t.id().equals(annotation.tagId())).map(Tag::name)
                    .findFirst().orElseThrow();
            byAnalyst.computeIfAbsent(annotation.stamp().author(), k -> new ArrayList<>()).add("text "
                    + texts.indexOf(document.text()) + " [" + annotation.passage().start() + ","
                    + annotation.passage().end() + ") " + RandomTexts.shown(annotation.passage().quote()) + " " + tag
                    + " note " + RandomTexts.shown(annotation.note()));
        }
        byAnalyst.values().forEach(list -> list.sort(null));
        return byAnalyst;
    }
}
