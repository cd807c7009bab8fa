package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Author;
import org.lectern.model.ProjectSnapshot;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

/** Whose names annotations from another tool's file stand under: --analyst, --as, and same-analyst proposals. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImportCreatorsCommandTest {
    /** Ben's file, as a tool that knows him as "ben" writes it; one annotation names no creator. */
    private static final String BENS_FILE = """
            [{"type": "Annotation", "creator": {"type": "Person", "name": "ben"},
              "body": {"type": "TextualBody", "purpose": "tagging", "value": "Claim"},
              "target": {"selector": {"type": "TextQuoteSelector", "exact": "no vessel had been held"}}},
             {"type": "Annotation", "creator": "ben",
              "body": {"type": "TextualBody", "purpose": "tagging", "value": "Source"},
              "target": {"selector": {"type": "TextQuoteSelector", "exact": "A spokesperson"}}},
             {"type": "Annotation",
              "body": {"type": "TextualBody", "purpose": "tagging", "value": "Quote"},
              "target": {"selector": {"type": "TextQuoteSelector", "exact": "\\"fabricated\\""}}}]""";

    @TempDir
    Path folder;

    @Test
    void a_creator_mapped_with_as_puts_every_annotation_under_the_mapped_analyst() throws Exception {
        Path project = projectWithTheArticleBy("Ana Reyes");
        Path file = TestFiles.write(folder, "ben.jsonld", BENS_FILE);

        CliRun run = CliRun.of("import", "--analyst", "Ben Okafor", "--as", "ben=Ben Okafor", "--project",
                project.toString(), file.toString());

        assertEquals(0, run.exitCode(), run.err());
        ProjectSnapshot saved = load(project);
        assertEquals(List.of("Ben Okafor", "Ben Okafor", "Ben Okafor"),
                saved.annotations().stream().map(a -> a.stamp().author()).toList());
        assertTrue(saved.authors().stream().map(Author::name).noneMatch("ben"::equals),
                "no second analyst called ben: " + saved.authors());
        assertTrue(run.outLines().stream().noneMatch(line -> line.contains("same analyst?")), run.out());
    }

    @Test
    void without_a_mapping_the_analyst_option_covers_only_what_names_no_creator() throws Exception {
        Path project = projectWithTheArticleBy("Ana Reyes");
        Path file = TestFiles.write(folder, "ben.jsonld", BENS_FILE);

        CliRun run = CliRun.of("import", "--analyst", "Ben Okafor", "--project", project.toString(),
                file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("ben", "ben", "Ben Okafor"),
                load(project).annotations().stream().map(a -> a.stamp().author()).toList());
        assertTrue(run.outLines().contains("  same analyst? \"ben\" (in the file) / \"Ben Okafor\" (in the project):"
                + " nothing was merged; --as \"ben=Ben Okafor\" on import records one as the other"), run.out());
    }

    @Test
    void a_file_whose_creator_is_ben_imported_into_a_project_with_ben_okafor_lists_the_proposal() throws Exception {
        Path project = projectWithTheArticleBy("Ben Okafor");
        Path file = TestFiles.write(folder, "ben.jsonld", BENS_FILE);

        CliRun run = CliRun.of("import", "--analyst", "Ana Reyes", "--project", project.toString(),
                file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "imported 3 annotations from ben.jsonld",
                "  same analyst? \"ben\" (in the file) / \"Ben Okafor\" (in the project): nothing was merged;"
                        + " --as \"ben=Ben Okafor\" on import records one as the other"), run.outLines());
    }

    @Test
    void a_colleagues_project_by_ben_brought_into_a_project_with_ben_okafor_lists_the_proposal() throws Exception {
        Path bens = folder.resolve("ben.lectern");
        Path text = TestFiles.write(folder, "denial.txt", TestFiles.PLAIN_TEXT);
        Path unsigned = TestFiles.write(folder, "unsigned.jsonld", BENS_FILE.replace("\"creator\"", "\"x-creator\""));
        assertEquals(0, CliRun.of("import", "--analyst", "ben", "--project", bens.toString(), text.toString(),
                unsigned.toString()).exitCode());
        Path project = folder.resolve("case.lectern");
        assertEquals(0, CliRun.of("import", "--analyst", "Ben Okafor", "--project", project.toString(),
                text.toString()).exitCode());

        CliRun run = CliRun.of("import", "--analyst", "Ana Reyes", "--project", project.toString(), bens.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.outLines().contains("  same analyst? \"ben\" (theirs) / \"Ben Okafor\" (in the project):"
                + " nothing was merged; --as \"ben=Ben Okafor\" on import records one as the other"), run.out());
    }

    @Test
    void help_says_exactly_what_analyst_and_as_do() {
        CliRun run = CliRun.of("import", "--help");

        String help = run.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("annotations whose W3C or REFI-QDA file names no creator"), help);
        assertTrue(help.contains("Annotations whose file names their creator keep that name"), help);
        assertTrue(help.contains("--as=CREATOR=ANALYST"), help);
    }

    @Test
    void an_as_without_an_analyst_is_a_usage_error() throws Exception {
        Path project = projectWithTheArticleBy("Ana Reyes");
        Path file = TestFiles.write(folder, "ben.jsonld", BENS_FILE);

        CliRun run = CliRun.of("import", "--as", "ben= ", "--project", project.toString(), file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--as needs a creator and an analyst"), run.err());
    }

    private Path projectWithTheArticleBy(String analyst) throws Exception {
        Path project = folder.resolve("case.lectern");
        Path text = TestFiles.write(folder, "denial.txt", TestFiles.PLAIN_TEXT);
        CliRun run = CliRun.of("import", "--analyst", analyst, "--project", project.toString(), text.toString());
        assertEquals(0, run.exitCode(), run.err());
        return project;
    }

    private static ProjectSnapshot load(Path project) throws Exception {
        try (ProjectStore store = ProjectFiles.openForReading(project)) {
            return store.load();
        }
    }
}
