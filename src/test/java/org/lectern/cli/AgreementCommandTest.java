package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stamp;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectFiles;
import org.lectern.text.Passages;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AgreementCommandTest {
    private static final String TEXT = "Customs officers at Varno opened forty crates. The ministry denied it.";

    @TempDir
    Path folder;

    @Test
    void agreement_prints_the_table_for_two_analysts_and_can_write_it_as_csv() throws Exception {
        Path project = twoReadings();
        Path csv = folder.resolve("agreement.csv");

        CliRun run = CliRun.of("agreement", "--authors", "Ana,Ben", "--csv", csv.toString(), project.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Agreement of Ben with Ana (key)"), run.out());
        assertTrue(run.out().contains("Evidence"), run.out());
        assertTrue(Files.readString(csv).lines().count() > 1, "a header and rows");
    }

    @Test
    void an_analyst_without_work_in_the_project_is_named_with_those_who_have_some() throws Exception {
        Path project = twoReadings();
        CliRun run = CliRun.of("agreement", "--authors", "Ana,Zoe", project.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nobody named 'Zoe'") && run.err().contains("Ben"), run.err());
    }

    @Test
    void the_same_name_twice_is_a_usage_error() throws Exception {
        Path project = twoReadings();
        assertEquals(2, CliRun.of("agreement", "--authors", "Ana,Ana", project.toString()).exitCode());
    }

    @Test
    void decisions_made_in_review_change_neither_the_printed_figures_nor_the_csv() throws Exception {
        Path project = folder.resolve("reviewed.lectern");
        org.lectern.review.TwoReadings.create(project);
        Path csv = folder.resolve("before.csv");
        CliRun before = CliRun.of("agreement", "--authors", "Ana,Ben", "--csv", csv.toString(), project.toString());
        String csvBefore = Files.readString(csv);

        try (ProjectSession ana = new ProjectSession(ProjectFiles.open(project), "Ana")) {
            var document = ana.state().documents().get(0).id();
            List<Annotation> bens = ana.state().annotationsOf(document).stream()
                    .filter(a -> a.stamp().author().equals("Ben")).toList();
            ana.perform(ana.reviewEdits().accept(bens.get(0).id(), "yes"));
            ana.perform(ana.reviewEdits().amend(bens.get(1).id(), 0, 21,
                    ana.state().tagNamed("Claim").orElseThrow().id(), "wider"));
            ana.perform(ana.reviewEdits().reject(bens.get(2).id(), "no"));
        }
        CliRun after = CliRun.of("agreement", "--authors", "Ana,Ben", "--csv", csv.toString(), project.toString());

        assertEquals(0, after.exitCode(), after.err());
        assertEquals(before.out(), after.out());
        assertEquals(csvBefore, Files.readString(csv));
    }

    /**
     * Ben tagged "The harbour authority" Actor, on no passage Ana also marked: Actor's α has nothing to vary and
     * reads "–" with its note, as do the link measures of a project without evidence or claims.
     */
    @Test
    void an_undefined_figure_is_printed_as_a_dash_with_the_reason_and_so_written_to_the_csv() throws Exception {
        Path project = folder.resolve("reviewed.lectern");
        org.lectern.review.TwoReadings.create(project);
        Path csv = folder.resolve("agreement.csv");

        CliRun run = CliRun.of("agreement", "--authors", "Ana,Ben", "--csv", csv.toString(), project.toString());

        String actorRow = run.out().lines().filter(line -> line.startsWith("All documents  Actor")).findFirst()
                .orElseThrow(() -> new AssertionError(run.out()));
        java.util.regex.Matcher note = java.util.regex.Pattern.compile("– \\[(\\d)\\]$").matcher(actorRow);
        assertTrue(note.find(), "α of Actor: " + actorRow);
        assertTrue(run.out().contains("[" + note.group(1) + "] only one category used: the tag is on no matched"
                + " passage"), run.out());
        assertTrue(run.out().contains("κ – (no matched evidence and claims)"), run.out());
        assertTrue(Files.readString(csv).contains("alpha_nominal: only one category used: the tag is on no matched"
                + " passage"), Files.readString(csv));
    }

    private Path twoReadings() throws Exception {
        Path file = folder.resolve("case.lectern");
        try (ProjectSession session = new ProjectSession(ProjectFiles.create(file), "Ana")) {
            ProjectSetup.ensureDefaultTags(session);
            session.perform(session.edits().addDocument("Varno crates", DocumentMetadata.EMPTY, TEXT));
            UUID document = session.state().documents().get(0).id();
            UUID evidence = session.state().tagNamed("Evidence").orElseThrow().id();
            int crates = TEXT.indexOf("forty crates");
            session.perform(session.edits().annotate(document, crates, crates + 12, evidence));
            Annotation bens = new Annotation(UUID.randomUUID(), document,
                    Passages.of(TEXT, crates - 7, crates + 12), evidence, "", Stamp.now("Ben"));
            session.perform(new Edit("Ben", List.of(Change.created(bens))));
        }
        return file;
    }
}
