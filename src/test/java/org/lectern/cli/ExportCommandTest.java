package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectFiles;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExportCommandTest {
    private static final String TEXT = "Customs officers at Varno opened forty crates. The ministry denied it.";

    @TempDir
    Path folder;

    @Test
    void export_writes_an_html_report_with_the_highlights_and_says_what_it_wrote() throws Exception {
        Path project = project("Ana");
        Path report = folder.resolve("out/report.html");

        CliRun run = CliRun.of("export", "--format", "html", "--out", report.toString(), project.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("wrote HTML report to "), run.out());
        assertTrue(run.out().contains("(1 document, 2 annotations)"), run.out());
        assertEquals(List.of("forty crates", "The ministry denied it"),
                Jsoup.parse(report.toFile(), "UTF-8").select("mark").eachText());
    }

    @Test
    void the_short_options_f_and_o_name_the_format_and_the_file_as_in_other_command_line_tools() throws Exception {
        Path project = project("Ana");
        Path csv = folder.resolve("short/rows.csv");

        CliRun run = CliRun.of("export", "-f", "csv", "-o", csv.toString(), project.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(java.nio.file.Files.readString(csv).contains("forty crates"), "the file written");
    }

    @Test
    void every_format_is_written_from_the_command_line() throws Exception {
        Path project = project("Ana");
        for (String format : List.of("html", "pdf", "md", "csv", "w3c", "qdpx", "brat")) {
            Path out = folder.resolve("all/report." + format);
            CliRun run = CliRun.of("export", "--format", format, "--out", out.toString(), project.toString());
            assertEquals(0, run.exitCode(), format + ": " + run.err());
            Path written = format.equals("brat") ? folder.resolve("all/report.brat.ann") : out;
            assertTrue(Files.size(written) > 0, format + " wrote " + written);
        }
    }

    @Test
    void export_can_leave_out_notes_and_other_analysts_work() throws Exception {
        Path project = project("Ana");
        Path csv = folder.resolve("ben.csv");

        CliRun run = CliRun.of("export", "--format", "csv", "--author", "Ben", "--no-notes", "--out", csv.toString(),
                project.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("(1 document, 0 annotations)"), run.out());
    }

    @Test
    void an_unknown_format_is_a_usage_error_and_writes_nothing() throws Exception {
        Path project = project("Ana");
        CliRun run = CliRun.of("export", "--format", "docx", "--out", folder.resolve("x.docx").toString(),
                project.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown format 'docx'"), run.err());
        assertTrue(Files.notExists(folder.resolve("x.docx")));
    }

    @Test
    void an_unknown_document_is_named_with_the_documents_there_are() throws Exception {
        Path project = project("Ana");
        CliRun run = CliRun.of("export", "--format", "md", "--document", "Budget", "--out",
                folder.resolve("x.md").toString(), project.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no document 'Budget'") && run.err().contains("Varno"), run.err());
    }

    @Test
    void a_failed_export_leaves_the_previous_file_as_it_was() throws Exception {
        Path project = project("Ana");
        Path report = folder.resolve("report.html");
        Files.writeString(report, "<p>last week's report</p>");
        byte[] before = Files.readAllBytes(report);
        Path template = folder.resolve("broken.peb");
        Files.writeString(template, "{% for x in %}");

        CliRun run = CliRun.of("export", "--format", "html", "--template", template.toString(), "--out",
                report.toString(), project.toString());

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertArrayEquals(before, Files.readAllBytes(report));
    }

    @Test
    void exporting_never_changes_the_project() throws Exception {
        Path project = project("Ana");
        byte[] before = Files.readAllBytes(project);
        CliRun.of("export", "--format", "qdpx", "--out", folder.resolve("p.qdpx").toString(), project.toString());
        assertArrayEquals(before, Files.readAllBytes(project));
    }

    private Path project(String analyst) throws Exception {
        Path file = folder.resolve("case.lectern");
        try (ProjectSession session = new ProjectSession(ProjectFiles.create(file), analyst)) {
            ProjectSetup.ensureDefaultTags(session);
            session.perform(session.edits().addDocument("Varno crates", DocumentMetadata.EMPTY, TEXT));
            var document = session.state().documents().get(0).id();
            int crates = TEXT.indexOf("forty crates");
            session.perform(session.edits().annotate(document, crates, crates + "forty crates".length(),
                    session.state().tagNamed("Evidence").orElseThrow().id()));
            int denied = TEXT.indexOf("The ministry denied it");
            session.perform(session.edits().annotate(document, denied, denied + "The ministry denied it".length(),
                    session.state().tagNamed("Claim").orElseThrow().id()));
            session.perform(session.edits().setNote(session.state().annotationsOf(document).get(0).id(), "count?"));
        }
        return file;
    }
}
