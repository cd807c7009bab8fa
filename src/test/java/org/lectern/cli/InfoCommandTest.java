package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.ActorKind;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectOpenException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InfoCommandTest {
    private static final String TEXT = "Customs officers at Varno opened forty crates. The ministry denied it.";

    @TempDir
    Path folder;

    @Test
    void info_counts_highlights_per_tag_including_unused_tags_and_lists_the_authors() throws Exception {
        Path project = folder.resolve("case.lectern");
        annotatedProject(project);

        CliRun run = CliRun.of("info", project.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode info = run.json();
        assertEquals(List.of("file", "schemaVersion", "documents", "annotations", "actors", "claims", "evidence",
                "links", "authors"), fieldNames(info));
        assertEquals(project.toAbsolutePath().toString(), info.get("file").asText());
        assertEquals(ProjectFiles.CURRENT_FORMAT, info.get("schemaVersion").asInt());
        assertEquals(1, info.get("documents").asInt());
        assertEquals(5, info.get("annotations").get("total").asInt());
        Map<String, Integer> byTag = new LinkedHashMap<>();
        info.get("annotations").get("byTag").fields().forEachRemaining(e -> byTag.put(e.getKey(), e.getValue().asInt()));
        assertEquals(Map.of("Actor", 2, "Claim", 1, "Evidence", 1, "Quote", 0, "Place", 1, "Date/time", 0,
                "Event", 0, "Materiel", 0, "Source", 0), byTag);
        assertEquals(List.of("Actor", "Claim", "Evidence", "Quote", "Place", "Date/time", "Event", "Materiel",
                "Source"), List.copyOf(byTag.keySet()), "in the palette's order");
        assertEquals(1, info.get("actors").asInt());
        assertEquals(1, info.get("claims").asInt());
        assertEquals(1, info.get("evidence").asInt());
        assertEquals(1, info.get("links").asInt());
        assertEquals(List.of("Ana Lyst", "Ben Reader"), texts(info.get("authors")));
    }

    @Test
    void info_leaves_a_valid_project_byte_identical() throws Exception {
        Path project = folder.resolve("case.lectern");
        annotatedProject(project);
        String before = TestFiles.sha256(project);
        List<String> filesBefore = TestFiles.namesIn(folder);

        assertEquals(0, CliRun.of("info", project.toString()).exitCode());

        assertEquals(before, TestFiles.sha256(project));
        assertEquals(filesBefore, TestFiles.namesIn(folder));
    }

    @Test
    void info_on_a_missing_file_exits_1_and_creates_nothing() throws Exception {
        Path missing = folder.resolve("sub").resolve("missing.lectern");

        CliRun run = CliRun.of("info", missing.toString());

        assertEquals(1, run.exitCode());
        assertEquals(List.of("no such project: " + missing), run.errLines());
        assertEquals("", run.out());
        assertEquals(List.of(), TestFiles.namesIn(folder));
    }

    @Test
    void info_on_a_file_that_is_not_a_project_exits_1_and_leaves_it_byte_identical() throws Exception {
        Path notAProject = TestFiles.write(folder, "notes.lectern", "Call the desk about Varno.\n");
        String before = TestFiles.sha256(notAProject);

        CliRun run = CliRun.of("info", notAProject.toString());

        assertEquals(1, run.exitCode());
        assertEquals(List.of("notes.lectern is not a Lectern project: it is not a SQLite database."),
                run.errLines());
        assertEquals("", run.out());
        assertEquals(before, TestFiles.sha256(notAProject));
        assertEquals(List.of("notes.lectern"), TestFiles.namesIn(folder));
    }

    @Test
    void info_on_another_programs_database_exits_1_and_leaves_it_byte_identical() throws Exception {
        Path other = folder.resolve("contacts.lectern");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE contact (name TEXT)");
            statement.execute("INSERT INTO contact VALUES ('Ana')");
        }
        String before = TestFiles.sha256(other);

        CliRun run = CliRun.of("info", other.toString());

        assertEquals(1, run.exitCode());
        assertEquals(List.of("contacts.lectern is a SQLite database, but not a Lectern project."), run.errLines());
        assertEquals(before, TestFiles.sha256(other));
        assertEquals(List.of("contacts.lectern"), TestFiles.namesIn(folder));
    }

    @Test
    void info_on_an_empty_file_names_the_problem() throws Exception {
        Path empty = TestFiles.write(folder, "empty.lectern", "");

        CliRun run = CliRun.of("info", empty.toString());

        assertEquals(1, run.exitCode());
        assertEquals(List.of("empty.lectern is empty: it is not a Lectern project."), run.errLines());
        assertFalse(run.err().contains("Exception"));
    }

    /**
     * One document with five highlights: two Actor (one is an actor's mention), a claim, an item of evidence
     * linked to it, and a Place highlight added later by a second analyst.
     */
    private static void annotatedProject(Path project) throws ProjectOpenException {
        UUID document;
        try (ProjectSession session = new ProjectSession(ProjectFiles.create(project), "Ana Lyst")) {
            ProjectSetup.ensureDefaultTags(session);
            session.perform(session.edits().addDocument("Crates at Varno", DocumentMetadata.EMPTY, TEXT));
            document = session.state().documents().get(0).id();
            session.perform(session.edits().newActorFromSelection(document, range("Customs officers")[0],
                    range("Customs officers")[1]));
            session.perform(session.edits().annotate(document, range("The ministry")[0], range("The ministry")[1],
                    session.state().tagNamed("Actor").orElseThrow().id()));
            session.perform(session.edits().newActor("Ministry of Trade", ActorKind.ORGANISATION));
            session.perform(session.edits().deleteActor(session.state().actors().get(0).id()));
            session.perform(session.edits().newClaimFromSelection(document, range("The ministry denied it")[0],
                    range("The ministry denied it")[1]));
            session.perform(session.edits().newEvidenceFromSelection(document, range("opened forty crates")[0],
                    range("opened forty crates")[1]));
            session.perform(session.edits().link(session.state().evidence().get(0).id(),
                    session.state().claims().get(0).id(), Stance.REFUTES, Strength.STRONG));
        }
        try (ProjectSession session = new ProjectSession(ProjectFiles.open(project), "Ben Reader")) {
            session.perform(session.edits().annotate(document, range("Varno")[0], range("Varno")[1],
                    session.state().tagNamed("Place").orElseThrow().id()));
        }
    }

    private static int[] range(String phrase) {
        int start = TEXT.indexOf(phrase);
        return new int[] {start, start + phrase.length()};
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
