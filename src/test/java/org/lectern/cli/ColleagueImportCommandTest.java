package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

/** {@code lectern import --project mine.lectern ben.lectern}: bringing in a colleague's project. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ColleagueImportCommandTest {
    private static final String ARTICLE = """
            Jonah Leff said on Tuesday that the shipment left the port of Varno at night.
            Customs records show forty crates declared as machine parts.
            A spokesman for the ministry denied that any weapons were on board.""";

    @TempDir
    Path folder;

    @Test
    void a_colleagues_project_brings_in_their_work_and_says_what_it_brought() throws Exception {
        Path mine = adasProject(ARTICLE);
        Path bens = bensProject(ARTICLE);
        String bensBytes = TestFiles.sha256(bens);

        CliRun run = CliRun.importing(mine, bens);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of(
                "brought in 4 annotations, 1 actor, 1 claim, 1 evidence and 1 link by Ben from ben.lectern",
                "  same actor? Jonah Leff (yours) / J. Leff (Ben)"), run.outLines());
        ProjectSnapshot saved = load(mine);
        assertEquals(6, saved.annotations().size());
        assertEquals(List.of("Ada", "Ben"), saved.annotations().stream().map(a -> a.stamp().author()).distinct()
                .sorted().toList());
        assertEquals(bensBytes, TestFiles.sha256(bens), "their file is only read");
        assertEquals(List.of("ada.lectern", "ben.lectern"), TestFiles.namesIn(folder));
    }

    @Test
    void bringing_in_the_same_project_again_adds_nothing() throws Exception {
        Path mine = adasProject(ARTICLE);
        Path bens = bensProject(ARTICLE);
        CliRun.importing(mine, bens);
        String once = TestFiles.sha256(mine);

        CliRun again = CliRun.importing(mine, bens);

        assertEquals(0, again.exitCode(), again.err());
        assertEquals("brought in 0 annotations, 0 actors, 0 claims, 0 evidence and 0 links by Ben from ben.lectern",
                again.outLines().get(0));
        assertEquals(once, TestFiles.sha256(mine), "the project file is as it was");
    }

    @Test
    void passages_not_in_my_copy_of_the_article_are_listed_as_not_placed() throws Exception {
        Path mine = adasProject(ARTICLE);
        Path bens = bensProject(ARTICLE.replace("denied that any weapons", "denied that any arms"));

        CliRun run = CliRun.importing(mine, bens);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "brought in 3 annotations, 1 actor, 1 claim, 1 evidence and 1 link by Ben from ben.lectern",
                "  document: “Varno shipment” differs slightly from your “Varno shipment”: its passages were found"
                        + " again by their words",
                "  not placed: “denied that any arms were on board” in “Varno shipment” — the passage is not in your"
                        + " copy of the article; claim “No weapons on board” comes in without it",
                "  same actor? Jonah Leff (yours) / J. Leff (Ben)"), run.outLines());
    }

    @Test
    void a_record_of_mine_they_edited_is_listed_as_a_conflict_and_mine_is_kept() throws Exception {
        Path mine = adasProject(ARTICLE);
        Path bens = folder.resolve("ben.lectern");
        Files.copy(mine, bens);
        try (ProjectSession ben = new ProjectSession(ProjectFiles.open(bens), "Ben")) {
            Claim adas = ben.state().claims().get(0);
            ben.perform(ben.edits().editClaim(adas.id(), "The shipment left by day", adas.claimantId(),
                    adas.status(), adas.likelihood()));
        }
        ProjectSnapshot before = load(mine);

        CliRun run = CliRun.importing(mine, bens);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "brought in 0 annotations, 0 actors, 0 claims, 0 evidence and 0 links by Ada from ben.lectern",
                "  conflict: claim “The shipment left at night” — their copy has a different statement; yours is"
                        + " kept"), run.outLines());
        assertEquals(before.claims(), load(mine).claims());
    }

    @Test
    void a_file_named_like_a_project_that_is_not_one_is_skipped_and_no_project_is_created() throws Exception {
        Path notes = TestFiles.write(folder, "notes.lectern", "Call the desk about Varno.\n");
        Path mine = folder.resolve("case.lectern");

        CliRun run = CliRun.importing(mine, notes);

        assertEquals(1, run.exitCode());
        assertEquals(List.of("skipped notes.lectern: notes.lectern is not a Lectern project: it is not a SQLite"
                + " database."), run.errLines());
        assertEquals("", run.out());
        assertFalse(Files.exists(mine), "no empty project is left behind");
    }

    @Test
    void a_colleagues_project_comes_in_beside_articles_in_one_command_and_creates_my_project() throws Exception {
        Path bens = bensProject(ARTICLE);
        Path text = TestFiles.write(folder, "denial.txt", TestFiles.PLAIN_TEXT);
        Path mine = folder.resolve("case.lectern");

        CliRun run = CliRun.importing(mine, text, bens);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.outLines().get(0).startsWith("added \"Ministry denies harbour seizure\""), run.out());
        assertEquals(List.of(
                "brought in 4 annotations, 1 actor, 1 claim, 1 evidence and 1 link by Ben from ben.lectern",
                "  document: “Varno shipment” is new to your project and is added"), run.outLines().subList(1, 3));
        assertEquals(2, load(mine).documents().size());
        assertEquals(9, load(mine).tags().size(), "Ben's tags are the default tags, matched by name");
    }

    @Test
    void the_help_says_that_colleagues_projects_can_be_brought_in() {
        CliRun run = CliRun.of("import", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("A colleague's Lectern project (.lectern) brings in their work"), run.out());
    }

    /** Ada's project: the article, her actor Jonah Leff and her claim. */
    private Path adasProject(String article) throws Exception {
        Path file = folder.resolve("ada.lectern");
        try (ProjectSession ada = newProject(file, "Ada", article)) {
            UUID document = ada.state().documents().get(0).id();
            perform(ada, ada.edits().newActorFromSelection(document, at(article, "Jonah Leff"),
                    end(article, "Jonah Leff")));
            Claim claim = created(perform(ada, ada.edits().newClaimFromSelection(document,
                    at(article, "the shipment left"), end(article, "at night"))), Claim.class);
            ada.perform(ada.edits().editClaim(claim.id(), "The shipment left at night", null, claim.status(),
                    claim.likelihood()));
        }
        return file;
    }

    /** Ben's project: the same article read his way, with his "J. Leff" (alias Jonah Leff). */
    private Path bensProject(String article) throws Exception {
        Path file = folder.resolve("ben.lectern");
        try (ProjectSession ben = newProject(file, "Ben", article)) {
            UUID document = ben.state().documents().get(0).id();
            Actor leff = created(perform(ben, ben.edits().newActorFromSelection(document, at(article, "Jonah Leff"),
                    end(article, "Jonah Leff"))), Actor.class);
            ben.perform(ben.edits().editActor(leff.id(), "J. Leff", ActorKind.PERSON, List.of("Jonah Leff"), ""));
            String denial = article.contains("any arms") ? "denied that any arms were on board"
                    : "denied that any weapons were on board";
            Claim claim = created(perform(ben, ben.edits().newClaimFromSelection(document, at(article, denial),
                    end(article, denial))), Claim.class);
            ben.perform(ben.edits().editClaim(claim.id(), "No weapons on board", null, claim.status(),
                    claim.likelihood()));
            Evidence records = created(perform(ben, ben.edits().newEvidenceFromSelection(document,
                    at(article, "Customs records"), end(article, "machine parts"))), Evidence.class);
            ben.perform(ben.edits().link(records.id(), claim.id(), Stance.REFUTES, Strength.STRONG));
            ben.perform(ben.edits().annotate(document, at(article, "Varno"), end(article, "Varno"),
                    ben.state().tagNamed("Place").orElseThrow().id()));
        }
        return file;
    }

    private static ProjectSession newProject(Path file, String analyst, String article) throws Exception {
        ProjectSession session = new ProjectSession(ProjectFiles.create(file), analyst);
        ProjectSetup.ensureDefaultTags(session);
        session.perform(session.edits().addDocument("Varno shipment", DocumentMetadata.EMPTY, article));
        return session;
    }

    private static Edit perform(ProjectSession session, Edit edit) {
        session.perform(edit);
        return edit;
    }

    private static <T> T created(Edit edit, Class<T> kind) {
        return edit.changes().stream().filter(c -> c.before() == null).map(Change::after).filter(kind::isInstance)
                .map(kind::cast).findFirst().orElseThrow();
    }

    private static int at(String article, String quote) {
        return article.indexOf(quote);
    }

    private static int end(String article, String quote) {
        return article.indexOf(quote) + quote.length();
    }

    private static ProjectSnapshot load(Path project) throws Exception {
        try (ProjectStore store = ProjectFiles.openForReading(project)) {
            return store.load();
        }
    }
}
