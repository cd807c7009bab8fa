package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.fixtures.HarbourReading;
import org.lectern.fixtures.HarbourReading.Mark;
import org.lectern.fixtures.Qdpx;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ProjectSnapshot;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

/**
 * {@code lectern import} of a colleague's W3C or REFI-QDA file whose annotations partly agree with the analyst's:
 * every one of theirs is added, and a second import says, one by one, what is already present.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ColleagueAnnotationsImportCommandTest {
    @TempDir
    Path folder;

    /** Ana's project: the article (from its web address) and her five highlights. */
    private Path anasProject() throws Exception {
        Path file = folder.resolve("ana.lectern");
        try (ProjectSession ana = new ProjectSession(ProjectFiles.create(file), HarbourReading.ANA)) {
            ProjectSetup.ensureDefaultTags(ana);
            ana.perform(ana.edits().addDocument(HarbourReading.TITLE,
                    new DocumentMetadata("", "", "", HarbourReading.URL), HarbourReading.ARTICLE));
            var document = ana.state().documents().get(0).id();
            for (Mark mark : HarbourReading.ANAS) {
                ana.perform(ana.edits().annotate(document, mark.start(), mark.end(),
                        ana.state().tagNamed(mark.tag()).orElseThrow().id()));
            }
        }
        return file;
    }

    /** The lines naming Ben's seven annotations as already present, in the file's order. */
    private static List<String> alreadyPresentLines(String author) {
        List<String> lines = new ArrayList<>();
        for (Mark mark : HarbourReading.BENS) {
            lines.add("  already present: “" + mark.quote() + "” (" + mark.tag() + ") by " + author + " in “"
                    + HarbourReading.TITLE + "”");
        }
        return lines;
    }

    @Test
    void a_colleagues_hypothesis_file_arrives_whole_and_a_second_import_lists_what_is_already_present()
            throws Exception {
        Path project = anasProject();
        Path bens = HarbourReading.hypothesisFile(folder.resolve("ben.jsonld"), "ben_okafor", HarbourReading.BENS);

        CliRun first = CliRun.importing(project, bens);
        CliRun second = CliRun.importing(project, bens);

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(List.of("imported 7 annotations from ben.jsonld"), first.outLines());
        ProjectSnapshot saved = load(project);
        assertEquals(12, saved.annotations().size());
        List<String> authors = saved.annotations().stream().map(a -> a.stamp().author()).distinct().toList();
        assertEquals(2, authors.size(), authors::toString);
        String ben = authors.get(1);

        assertEquals(0, second.exitCode(), second.err());
        List<String> expected = new ArrayList<>(List.of("imported 0 annotations from ben.jsonld; 7 already present"));
        expected.addAll(alreadyPresentLines(ben));
        assertEquals(expected, second.outLines());
        assertEquals(12, load(project).annotations().size(), "the second import adds nothing");
    }

    @Test
    void a_colleagues_maxqda_project_arrives_whole_and_a_second_import_lists_what_is_already_present()
            throws Exception {
        Path project = anasProject();
        Path bens = HarbourReading.qdpxFile(Qdpx.maxqda(), folder.resolve("ben.qdpx"), HarbourReading.BEN,
                HarbourReading.BENS);

        CliRun first = CliRun.importing(project, bens);
        CliRun second = CliRun.importing(project, bens);

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(List.of("imported 7 annotations from ben.qdpx"), first.outLines());
        ProjectSnapshot saved = load(project);
        assertEquals(List.of(HarbourReading.ANA, HarbourReading.BEN),
                saved.annotations().stream().map(a -> a.stamp().author()).distinct().toList());
        assertEquals(7, saved.annotations().stream()
                .filter(a -> a.stamp().author().equals(HarbourReading.BEN)).count());

        List<String> expected = new ArrayList<>(List.of("imported 0 annotations from ben.qdpx; 7 already present"));
        expected.addAll(alreadyPresentLines(HarbourReading.BEN));
        assertEquals(expected, second.outLines());
        assertEquals(12, load(project).annotations().size(), "the second import adds nothing");
    }

    @Test
    void an_atlas_ti_project_says_what_it_added_including_unused_codes_and_names_a_source_it_lacks_the_text_of()
            throws Exception {
        Qdpx atlas = Qdpx.atlasTi();
        String coder = atlas.user("Chen Wu");
        Qdpx.Code vessels = atlas.code("Vessels", "#64b5f6");
        Qdpx.Code freighters = vessels.child("Freighters", "#1e88e5");
        atlas.code("Weather", "#aaaaaa");
        atlas.source("harbour-denial.txt", HarbourReading.ARTICLE, "Sources/", true)
                .code("Grey Tern", freighters, coder).code("PORT ELLIS", vessels, coder);
        atlas.sourceWithoutItsText("Harbour master interview").code(0, 4, "Yes,", vessels, coder);
        Path file = atlas.write(folder.resolve("atlas.qdpx"));

        CliRun run = CliRun.importing(folder.resolve("new.lectern"), file);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.outLines().size(), run.out());
        assertEquals("imported 2 annotations, 1 document and 3 tags from atlas.qdpx", run.outLines().get(0));
        assertTrue(run.outLines().get(1).startsWith("  not placed: The source “Harbour master interview” was not"
                + " imported: its text file "), run.out());
        ProjectSnapshot saved = load(folder.resolve("new.lectern"));
        assertTrue(saved.tags().stream().map(t -> t.name()).toList()
                .containsAll(List.of("Vessels", "Vessels / Freighters", "Weather")), saved.tags()::toString);
    }

    private static ProjectSnapshot load(Path project) throws Exception {
        try (ProjectStore store = ProjectFiles.openForReading(project)) {
            return store.load();
        }
    }
}
