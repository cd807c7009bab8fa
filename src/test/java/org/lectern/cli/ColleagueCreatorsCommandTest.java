package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.text.Passages;

/**
 * {@code lectern import --as "ben=Ben Okafor" --project mine.lectern ben.lectern}: a colleague whose own Lectern
 * calls him "ben" is one analyst with the Ben Okafor the project knows, for everything his project brings.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ColleagueCreatorsCommandTest {
    private static final String ARTICLE = """
            Jonah Leff said on Tuesday that the shipment left the port of Varno at night.
            Customs records show forty crates declared as machine parts.
            A spokesman for the ministry denied that any weapons were on board.""";

    @TempDir
    Path folder;

    @Test
    void as_records_everything_of_bens_project_under_ben_okafor() throws Exception {
        Path mine = anasProjectWithAHighlightByBenOkafor();
        Path bens = bensProjectAsBen();

        CliRun run = CliRun.of("import", "--analyst", "Ana Reyes", "--as", "ben=Ben Okafor", "--project",
                mine.toString(), bens.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("brought in 4 annotations, 1 actor, 1 claim, 1 evidence and 1 link by Ben Okafor from"
                + " ben.lectern"), run.outLines(), "no \"same analyst?\": ben is Ben Okafor now");
        ProjectSnapshot saved = load(mine);
        assertEquals(List.of("Ana Reyes", "Ben Okafor"), authorsOfRecords(saved));
        assertEquals(5, saved.annotations().stream().filter(a -> a.stamp().author().equals("Ben Okafor")).count(),
                "his earlier highlight and the four he brought");
        assertTrue(saved.authors().stream().map(Author::name).noneMatch("ben"::equals),
                "no second analyst called ben: " + saved.authors());
    }

    @Test
    void bringing_bens_project_in_again_with_the_same_mapping_adds_nothing() throws Exception {
        Path mine = anasProjectWithAHighlightByBenOkafor();
        Path bens = bensProjectAsBen();
        CliRun.of("import", "--analyst", "Ana Reyes", "--as", "ben=Ben Okafor", "--project", mine.toString(),
                bens.toString());
        String once = TestFiles.sha256(mine);

        CliRun again = CliRun.of("import", "--analyst", "Ana Reyes", "--as", "Ben=Ben Okafor", "--project",
                mine.toString(), bens.toString());

        assertEquals(0, again.exitCode(), again.err());
        assertEquals(List.of("brought in 0 annotations, 0 actors, 0 claims, 0 evidence and 0 links by Ben Okafor"
                + " from ben.lectern"), again.outLines());
        assertEquals(once, TestFiles.sha256(mine), "the project file is as it was");
    }

    @Test
    void without_as_ben_stays_ben_and_the_proposal_says_how_to_map_him() throws Exception {
        Path mine = anasProjectWithAHighlightByBenOkafor();
        Path bens = bensProjectAsBen();

        CliRun run = CliRun.of("import", "--analyst", "Ana Reyes", "--project", mine.toString(), bens.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("brought in 4 annotations, 1 actor, 1 claim, 1 evidence and 1 link by ben from"
                        + " ben.lectern",
                "  same analyst? \"ben\" (theirs) / \"Ben Okafor\" (in the project): nothing was merged; --as"
                        + " \"ben=Ben Okafor\" on import records one as the other"), run.outLines());
        assertEquals(List.of("Ana Reyes", "Ben Okafor", "ben"), authorsOfRecords(load(mine)));
    }

    @Test
    void the_help_says_as_applies_to_a_colleagues_project_too() {
        String help = CliRun.of("import", "--help").out().replaceAll("\\s+", " ");

        assertTrue(help.contains("in a colleague's project, everything CREATOR made"), help);
    }

    /** Ana's project: the article, and a highlight Ben Okafor made earlier under his full name. */
    private Path anasProjectWithAHighlightByBenOkafor() throws Exception {
        Path file = folder.resolve("ana.lectern");
        try (ProjectSession ana = newProject(file, "Ana Reyes")) {
            UUID document = ana.state().documents().get(0).id();
            int start = ARTICLE.indexOf("forty crates");
            ana.perform(new Edit("Ben Okafor's highlight", List.of(Change.created(new Annotation(UUID.randomUUID(),
                    document, Passages.of(ARTICLE, start, start + "forty crates".length()),
                    ana.state().tagNamed("Evidence").orElseThrow().id(), "", Stamp.now("Ben Okafor"))))));
        }
        return file;
    }

    /** Ben's own project, where his Lectern knows him as "ben": an actor, a claim, evidence, a link, a highlight. */
    private Path bensProjectAsBen() throws Exception {
        Path file = folder.resolve("ben.lectern");
        try (ProjectSession ben = newProject(file, "ben")) {
            UUID document = ben.state().documents().get(0).id();
            Actor leff = created(perform(ben, ben.edits().newActorFromSelection(document, at("Jonah Leff"),
                    end("Jonah Leff"))), Actor.class);
            ben.perform(ben.edits().editActor(leff.id(), "J. Leff", ActorKind.PERSON, List.of("Jonah Leff"), ""));
            Claim claim = created(perform(ben, ben.edits().newClaimFromSelection(document,
                    at("denied that any weapons were on board"), end("denied that any weapons were on board"))),
                    Claim.class);
            Evidence records = created(perform(ben, ben.edits().newEvidenceFromSelection(document,
                    at("Customs records"), end("machine parts"))), Evidence.class);
            ben.perform(ben.edits().link(records.id(), claim.id(), Stance.REFUTES, Strength.STRONG));
            ben.perform(ben.edits().annotate(document, at("Varno"), end("Varno"),
                    ben.state().tagNamed("Place").orElseThrow().id()));
        }
        return file;
    }

    private static ProjectSession newProject(Path file, String analyst) throws Exception {
        ProjectSession session = new ProjectSession(ProjectFiles.create(file), analyst);
        ProjectSetup.ensureDefaultTags(session);
        session.perform(session.edits().addDocument("Varno shipment", DocumentMetadata.EMPTY, ARTICLE));
        return session;
    }

    /** Whose names stand on the project's records, each once, sorted. */
    private static List<String> authorsOfRecords(ProjectSnapshot project) {
        return Stream.of(project.documents().stream().map(d -> d.stamp()),
                        project.annotations().stream().map(Annotation::stamp),
                        project.actors().stream().map(Actor::stamp), project.claims().stream().map(Claim::stamp),
                        project.evidence().stream().map(Evidence::stamp),
                        project.links().stream().map(l -> l.stamp()))
                .flatMap(s -> s).map(Stamp::author).distinct().sorted().toList();
    }

    private static Edit perform(ProjectSession session, Edit edit) {
        session.perform(edit);
        return edit;
    }

    private static <T> T created(Edit edit, Class<T> kind) {
        return edit.changes().stream().filter(c -> c.before() == null).map(Change::after).filter(kind::isInstance)
                .map(kind::cast).findFirst().orElseThrow();
    }

    private static int at(String quote) {
        return ARTICLE.indexOf(quote);
    }

    private static int end(String quote) {
        return ARTICLE.indexOf(quote) + quote.length();
    }

    private static ProjectSnapshot load(Path project) throws Exception {
        try (ProjectStore store = ProjectFiles.openForReading(project)) {
            return store.load();
        }
    }
}
