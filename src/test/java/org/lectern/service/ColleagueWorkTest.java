package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.review.merge.ActorProposal;
import org.lectern.review.merge.MergePlan;
import org.lectern.store.ProjectFiles;

/**
 * Ada and Ben each imported the same article into their own project and annotated it their own way; Ada
 * brings Ben's file into hers.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ColleagueWorkTest {
    @TempDir
    Path folder;

    @Test
    void adas_file_holds_both_layers_after_bringing_in_bens_and_bens_file_is_untouched() throws Exception {
        Path bens = bensProject();
        String bensBytes = sha256(bens);
        try (TestProject ada = adasProject()) {
            ProjectSnapshot adaBefore = ada.store.load();
            ProjectSnapshot bensWork = ColleagueWork.open(bens);

            MergePlan plan = ColleagueWork.bringIn(ada.session, bens);

            assertEquals("Ben", plan.colleague());
            assertEquals(4, plan.added(Annotation.class));
            assertEquals(List.of(1, 1, 1, 1), List.of(plan.added(Actor.class), plan.added(Claim.class),
                    plan.added(Evidence.class), plan.added(Link.class)));
            assertEquals(List.of(), plan.orphans());
            assertEquals("Bring in Ben's work from ben.lectern", ada.session.history().nextUndo().orElseThrow()
                    .description());
            ProjectSnapshot adaAfter = ada.store.load();
            assertMineUnchanged(adaBefore, adaAfter);
            Map<UUID, ProjectRecord> after = byId(adaAfter);
            for (Claim claim : bensWork.claims()) {
                assertEquals(claim, after.get(claim.id()), "Ben's claim, with his UUID and stamp");
            }
            for (Annotation annotation : bensWork.annotations()) {
                Annotation arrived = (Annotation) after.get(annotation.id());
                assertEquals("Ben", arrived.stamp().author());
                assertEquals(annotation.stamp(), arrived.stamp());
                assertEquals(ada.documentId, arrived.documentId(), "on Ada's copy of the article");
                assertEquals(annotation.passage(), arrived.passage());
            }
            assertTrue(adaAfter.authors().stream().anyMatch(a -> a.name().equals("Ben")));
        }
        assertEquals(bensBytes, sha256(bens), "Ben's file is byte-identical");
        assertEquals(List.of("ada", "ben.lectern"), namesIn(folder), "and nothing was left beside it");
        try (ProjectSession reopened = new ProjectSession(ProjectFiles.open(folder.resolve("ada/test.lectern")),
                "Ada")) {
            List<String> authors = reopened.state().snapshot().annotations().stream()
                    .map(a -> a.stamp().author()).distinct().sorted().toList();
            assertEquals(List.of("Ada Lovelace", "Ben"), authors, "reopened, Ada's project shows both layers");
        }
    }

    @Test
    void bringing_in_the_same_file_twice_changes_nothing_the_second_time() throws Exception {
        Path bens = bensProject();
        try (TestProject ada = adasProject()) {
            ColleagueWork.bringIn(ada.session, bens);
            ProjectSnapshot once = ada.store.load();
            long revision = ada.session.history().revision();

            MergePlan second = ColleagueWork.bringIn(ada.session, bens);

            assertTrue(second.changesNothing());
            assertEquals(revision, ada.session.history().revision(), "no empty edit to undo");
            assertEquals(TestProject.Contents.of(once), TestProject.Contents.of(ada.store.load()));
        }
    }

    @Test
    void one_undo_takes_the_whole_bring_in_back() throws Exception {
        Path bens = bensProject();
        try (TestProject ada = adasProject()) {
            TestProject.Contents before = ada.file();

            ColleagueWork.bringIn(ada.session, bens);
            assertTrue(ada.session.undo());

            // The author table keeps Ben's name, as it keeps every name once saved; his work is gone.
            assertSameWork(before, ada.file());
            assertSameWork(before, ada.memory());
        }
    }

    @Test
    void reading_a_colleagues_file_plans_without_saving_anything_anywhere() throws Exception {
        Path bens = bensProject();
        String bensBytes = sha256(bens);
        try (TestProject ada = adasProject()) {
            TestProject.Contents before = ada.file();

            MergePlan plan = ColleagueWork.read(bens, ada.state().snapshot());

            assertEquals(8, plan.changes().size());
            assertEquals(before, ada.file());
        }
        assertEquals(bensBytes, sha256(bens));
    }

    @Test
    void an_actor_of_bens_that_looks_like_one_of_adas_is_proposed_for_merging() throws Exception {
        Path bens = bensProject();
        try (TestProject ada = adasProject()) {
            Actor jane = ada.newActor("Jane  Doe");

            MergePlan plan = ColleagueWork.bringIn(ada.session, bens);

            assertEquals(1, plan.actorProposals().size());
            ActorProposal proposal = plan.actorProposals().get(0);
            assertEquals(jane, proposal.yours());
            assertEquals(List.of("Jane Doe"), proposal.theirs().aliases());
            assertEquals("Ben", proposal.theirs().stamp().author());
        }
    }

    @Test
    void a_file_that_is_not_a_project_is_refused_with_a_human_message_and_nothing_changes() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.lectern"), "Call the desk about Varno.\n");
        try (TestProject ada = adasProject()) {
            TestProject.Contents before = ada.file();
            long revision = ada.session.history().revision();

            ProjectUnavailable refused = assertThrows(ProjectUnavailable.class,
                    () -> ColleagueWork.bringIn(ada.session, notes));

            assertEquals("notes.lectern is not a Lectern project: it is not a SQLite database.", refused.getMessage());
            assertEquals(before, ada.file());
            assertEquals(revision, ada.session.history().revision());
        }
        assertEquals("Call the desk about Varno.\n", Files.readString(notes));
    }

    @Test
    void bens_project_by_ben_mapped_to_ben_okafor_comes_in_wholly_under_ben_okafor() throws Exception {
        Path bens = bensProject("ben");
        ProjectSnapshot bensWork = ColleagueWork.open(bens);
        try (TestProject ada = adasProject()) {
            MergePlan plan = ColleagueWork.bringIn(ada.session, bensWork, "ben.lectern", Map.of("ben", "Ben Okafor"));

            assertEquals("Ben Okafor", plan.colleague());
            assertEquals("Bring in Ben Okafor's work from ben.lectern", ada.session.history().nextUndo()
                    .orElseThrow().description());
            ProjectSnapshot saved = ada.store.load();
            Map<UUID, ProjectRecord> after = byId(saved);
            List<ProjectRecord> theirs = Stream.of(bensWork.annotations(), bensWork.actors(), bensWork.claims(),
                    bensWork.evidence(), bensWork.links()).flatMap(List::stream).map(r -> (ProjectRecord) r).toList();
            assertEquals(8, theirs.size());
            for (ProjectRecord record : theirs) {
                ProjectRecord arrived = after.get(record.id());
                assertEquals(record.getClass(), arrived.getClass(), "with his UUID");
                assertEquals("Ben Okafor", stampOf(arrived).author(), () -> "under Ben Okafor: " + arrived);
                assertEquals(stampOf(record).created(), stampOf(arrived).created(), "made when he made it");
                assertEquals(stampOf(record).modified(), stampOf(arrived).modified());
            }
            assertTrue(saved.authors().stream().noneMatch(a -> a.name().equals("ben")), saved.authors()::toString);
        }
    }

    @Test
    void bringing_in_bens_project_twice_with_the_same_mapping_adds_nothing_the_second_time() throws Exception {
        Path bens = bensProject("ben");
        try (TestProject ada = adasProject()) {
            ColleagueWork.bringIn(ada.session, ColleagueWork.open(bens), "ben.lectern", Map.of("ben", "Ben Okafor"));
            TestProject.Contents once = ada.file();
            long revision = ada.session.history().revision();

            MergePlan second = ColleagueWork.bringIn(ada.session, ColleagueWork.open(bens), "ben.lectern",
                    Map.of("BEN", "Ben Okafor"));

            assertTrue(second.changesNothing(), () -> second.changes().toString());
            assertEquals(List.of(), second.conflicts(), "his records are found again, not in conflict");
            assertEquals(revision, ada.session.history().revision(), "no empty edit to undo");
            assertEquals(once, ada.file());
        }
    }

    @Test
    void a_mapping_for_a_name_not_in_the_project_changes_nothing_of_whose_work_it_is() throws Exception {
        Path bens = bensProject();
        try (TestProject ada = adasProject()) {
            MergePlan plan = ColleagueWork.plan(ada.state().snapshot(), ColleagueWork.open(bens),
                    Map.of("carol", "Carol Diaz"));

            assertEquals("Ben", plan.colleague());
            assertEquals(ColleagueWork.read(bens, ada.state().snapshot()).changes(), plan.changes());
        }
    }

    /** Ada's project: the test article, a highlight and a claim of hers. */
    private TestProject adasProject() throws Exception {
        TestProject ada = TestProject.create(folder.resolve("ada"));
        ada.annotate("Northern\nAlliance", "Actor");
        ada.newClaim("had withdrawn its troops from the border");
        return ada;
    }

    /**
     * Ben's project, made as Lectern makes one: a new file, the default tags, the same article, and his own
     * reading of it — an actor with an alias, a claim, evidence refuting it, and a highlight.
     */
    private Path bensProject() throws Exception {
        return bensProject("Ben");
    }

    /** Ben's project, his Lectern knowing him as {@code name}. */
    private Path bensProject(String name) throws Exception {
        Path file = folder.resolve("ben.lectern");
        try (ProjectSession ben = new ProjectSession(ProjectFiles.create(file), name)) {
            ProjectSetup.ensureDefaultTags(ben);
            Edit add = ben.edits().addDocument(TestProject.TITLE, DocumentMetadata.EMPTY, TestProject.TEXT);
            ben.perform(add);
            UUID article = TestProject.created(add, org.lectern.model.Document.class).id();
            Actor minister = TestProject.created(perform(ben, ben.edits().newActorFromSelection(article,
                    TestProject.start("Foreign Minister"), TestProject.end("Foreign Minister"))), Actor.class);
            ben.perform(ben.edits().editActor(minister.id(), "Foreign Minister", ActorKind.PERSON,
                    List.of("Jane Doe"), ""));
            Claim denial = TestProject.created(perform(ben, ben.edits().newClaimFromSelection(article,
                    TestProject.start("denied that any troops had moved"),
                    TestProject.end("denied that any troops had moved"))), Claim.class);
            Evidence images = TestProject.created(perform(ben, ben.edits().newEvidenceFromSelection(article,
                    TestProject.start("Satellite images"), TestProject.end("Satellite images"))), Evidence.class);
            ben.perform(ben.edits().link(images.id(), denial.id(), Stance.REFUTES, Strength.STRONG));
            ben.perform(ben.edits().annotate(article, TestProject.start("Coastal Institute"),
                    TestProject.end("Coastal Institute"), ben.state().tagNamed("Actor").orElseThrow().id()));
        }
        return file;
    }

    private static Edit perform(ProjectSession session, Edit edit) {
        session.perform(edit);
        return edit;
    }

    private static void assertMineUnchanged(ProjectSnapshot before, ProjectSnapshot after) {
        Map<UUID, ProjectRecord> now = byId(after);
        for (ProjectRecord record : byId(before).values()) {
            assertEquals(record, now.get(record.id()), "my record is as it was");
        }
    }

    private static void assertSameWork(TestProject.Contents expected, TestProject.Contents actual) {
        assertEquals(expected.documents(), actual.documents());
        assertEquals(expected.tags(), actual.tags());
        assertEquals(expected.annotations(), actual.annotations());
        assertEquals(expected.actors(), actual.actors());
        assertEquals(expected.claims(), actual.claims());
        assertEquals(expected.evidence(), actual.evidence());
        assertEquals(expected.links(), actual.links());
    }

    private static org.lectern.model.Stamp stampOf(ProjectRecord record) {
        if (record instanceof Annotation annotation) {
            return annotation.stamp();
        } else if (record instanceof Actor actor) {
            return actor.stamp();
        } else if (record instanceof Claim claim) {
            return claim.stamp();
        } else if (record instanceof Evidence evidence) {
            return evidence.stamp();
        }
        return ((Link) record).stamp();
    }

    private static Map<UUID, ProjectRecord> byId(ProjectSnapshot snapshot) {
        Map<UUID, ProjectRecord> records = new HashMap<>();
        Stream.of(snapshot.documents(), snapshot.tags(), snapshot.annotations(), snapshot.actors(),
                snapshot.claims(), snapshot.evidence(), snapshot.links())
                .flatMap(List::stream).forEach(r -> records.put(r.id(), r));
        return records;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
