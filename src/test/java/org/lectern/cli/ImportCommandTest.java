package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImportCommandTest {
    @TempDir
    Path folder;

    @Test
    void importing_a_text_file_and_a_web_page_adds_two_documents_to_a_new_project() throws Exception {
        Path text = TestFiles.write(folder, "denial.txt", TestFiles.PLAIN_TEXT);
        Path page = TestFiles.write(folder, "rifles.html", TestFiles.WEB_PAGE);
        Path project = folder.resolve("case.lectern");

        CliRun run = CliRun.importing(project, text, page);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        ProjectSnapshot saved = load(project);
        assertEquals(List.of("Ministry denies harbour seizure", "Crates of rifles found at Varno"),
                saved.documents().stream().map(Document::title).toList());
        assertEquals(List.of(
                "added \"Ministry denies harbour seizure\" (" + characters(saved.documents().get(0))
                        + " characters) from denial.txt",
                "added \"Crates of rifles found at Varno\" (" + characters(saved.documents().get(1))
                        + " characters) from rifles.html"), run.outLines());
        assertEquals("A. Writer", saved.documents().get(1).metadata().byline());
        assertEquals(9, saved.tags().size(), "a new project gets the default tags");
        assertEquals(List.of("Test Analyst"), saved.authors().stream().map(a -> a.name()).toList());

        JsonNode info = CliRun.of("info", project.toString()).json();
        assertEquals(2, info.get("documents").asInt());
        assertEquals(0, info.get("annotations").get("total").asInt());
        assertEquals("Test Analyst", info.get("authors").get(0).asText());
    }

    @Test
    void a_project_file_that_holds_nothing_yet_gets_the_default_tags_as_the_window_gives_them() throws Exception {
        Path text = TestFiles.write(folder, "denial.txt", TestFiles.PLAIN_TEXT);
        Path project = folder.resolve("case.lectern");
        ProjectFiles.create(project).close(); // made, but never set up: a Lectern was stopped right after

        CliRun run = CliRun.importing(project, text);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(9, load(project).tags().size());
    }

    @Test
    void a_binary_file_is_skipped_with_a_reason_while_the_good_file_is_still_added() throws Exception {
        Path binary = TestFiles.writeBinary(folder, "scan.bin");
        Path text = TestFiles.write(folder, "denial.txt", TestFiles.PLAIN_TEXT);
        Path project = folder.resolve("case.lectern");

        CliRun run = CliRun.importing(project, binary, text);

        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        String skipped = run.errLines().get(0);
        assertTrue(skipped.startsWith("skipped scan.bin: scan.bin is not a kind of file Lectern can import"),
                skipped);
        assertFalse(skipped.contains("Exception"), skipped);
        // The command takes a colleague's work as well as articles, and says so.
        for (String kind : List.of("(.pdf)", "(.docx)", "(.jsonld, .json)", "(.qdpx)", "(.lectern)")) {
            assertTrue(skipped.contains(kind), kind + " named in: " + skipped);
        }
        assertEquals(1, run.outLines().size(), run.out());
        assertTrue(run.outLines().get(0).endsWith(" from denial.txt"), run.out());
        assertEquals(1, load(project).documents().size());
    }

    @Test
    void a_missing_file_of_any_kind_is_said_to_be_missing_in_the_same_words_without_its_path() throws Exception {
        Path text = TestFiles.write(folder, "denial.txt", TestFiles.PLAIN_TEXT);
        Path project = folder.resolve("case.lectern");
        List<String> kinds = List.of("gone.txt", "gone.html", "gone.pdf", "gone.docx", "gone.jsonld", "gone.qdpx");
        Path[] files = java.util.stream.Stream.concat(kinds.stream().map(folder::resolve), java.util.stream.Stream.of(text))
                .toArray(Path[]::new);

        CliRun run = CliRun.importing(project, files);

        assertEquals(1, run.exitCode());
        assertEquals(kinds.stream().map(name -> "skipped " + name + ": " + name
                + " cannot be found: it may have been moved, renamed or deleted.").toList(), run.errLines());
        assertEquals(1, load(project).documents().size(), "the file that is there is still added");
    }

    @Test
    void binary_data_named_like_text_is_skipped_too() throws Exception {
        Path disguised = TestFiles.writeBinary(folder, "photo.txt");
        Path project = folder.resolve("case.lectern");

        CliRun run = CliRun.importing(project, disguised);

        assertEquals(1, run.exitCode());
        assertEquals(List.of("skipped photo.txt: photo.txt is not a text file Lectern can read:"
                + " it looks like binary data."), run.errLines());
        assertFalse(Files.exists(project), "nothing to add, so no empty project is left behind");
    }

    @Test
    void importing_into_an_existing_project_keeps_its_documents_and_tags() throws Exception {
        Path project = folder.resolve("case.lectern");
        CliRun.importing(project, TestFiles.write(folder, "denial.txt", TestFiles.PLAIN_TEXT));

        CliRun run = CliRun.importing(project, TestFiles.write(folder, "rifles.html", TestFiles.WEB_PAGE));

        assertEquals(0, run.exitCode(), run.err());
        ProjectSnapshot saved = load(project);
        assertEquals(2, saved.documents().size());
        assertEquals(9, saved.tags().size());
    }

    @Test
    void a_file_that_is_not_a_project_is_refused_and_left_byte_identical() throws Exception {
        Path notAProject = TestFiles.write(folder, "notes.lectern", "Call the desk about Varno.\n");
        Path text = TestFiles.write(folder, "denial.txt", TestFiles.PLAIN_TEXT);
        String before = TestFiles.sha256(notAProject);
        List<String> filesBefore = TestFiles.namesIn(folder);

        CliRun run = CliRun.importing(notAProject, text);

        assertEquals(1, run.exitCode());
        assertEquals(List.of("notes.lectern is not a Lectern project: it is not a SQLite database."),
                run.errLines());
        assertEquals("", run.out());
        assertEquals(before, TestFiles.sha256(notAProject));
        assertEquals(filesBefore, TestFiles.namesIn(folder));
    }

    @Test
    void a_project_path_not_named_dot_lectern_is_refused_as_a_usage_error() throws Exception {
        Path text = TestFiles.write(folder, "denial.txt", TestFiles.PLAIN_TEXT);
        Path slip = folder.resolve("other.txt");

        CliRun run = CliRun.importing(slip, text);

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("ending in .lectern"), run.err());
        assertFalse(Files.exists(slip));
    }

    @Test
    void import_without_files_is_a_usage_error() throws Exception {
        CliRun run = CliRun.of("import", "--analyst", "Test Analyst", "--project",
                folder.resolve("case.lectern").toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertEquals(List.of(), TestFiles.namesIn(folder));
    }

    private static ProjectSnapshot load(Path project) throws Exception {
        try (ProjectStore store = ProjectFiles.open(project)) {
            return store.load();
        }
    }

    private static String characters(Document document) {
        return String.format(java.util.Locale.ENGLISH, "%,d",
                document.text().codePointCount(0, document.text().length()));
    }

}
