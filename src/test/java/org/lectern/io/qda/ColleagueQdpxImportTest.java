package org.lectern.io.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lectern.fixtures.HarbourReading;
import org.lectern.fixtures.HarbourReading.Mark;
import org.lectern.fixtures.Qdpx;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.text.Passages;

/** A colleague's REFI-QDA project from MAXQDA or QualCoder, partly agreeing with the analyst's reading. */
class ColleagueQdpxImportTest {
    @TempDir
    Path folder;

    private final Document article = new Document(UUID.randomUUID(), HarbourReading.TITLE, DocumentMetadata.EMPTY,
            HarbourReading.ARTICLE, Stamp.now(HarbourReading.ANA));

    static Stream<Arguments> programs() {
        return Stream.of(Arguments.of("MAXQDA", (Supplier<Qdpx>) Qdpx::maxqda),
                Arguments.of("QualCoder", (Supplier<Qdpx>) Qdpx::qualCoder));
    }

    private ProjectSnapshot anasProject() {
        List<Tag> tags = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        for (Mark mark : HarbourReading.ANAS) {
            Tag tag = new Tag(UUID.randomUUID(), mark.tag(), "#4e79a7", mark.key(), "");
            tags.add(tag);
            annotations.add(new Annotation(UUID.randomUUID(), article.id(),
                    Passages.of(article.text(), mark.start(), mark.end()), tag.id(), "",
                    Stamp.now(HarbourReading.ANA)));
        }
        return new ProjectSnapshot(List.of(article), tags, annotations, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    private ExchangeImport importBens(Supplier<Qdpx> program, ProjectSnapshot project) throws Exception {
        Path file = HarbourReading.qdpxFile(program.get(), folder.resolve("ben.qdpx"), HarbourReading.BEN,
                HarbourReading.BENS);
        return new QdpxImport().read(file, project, HarbourReading.ANA);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void everyOneOfTheColleaguesSevenCodingsArrivesUnderTheirNameAlsoWhereTheyAgreeWithMine(
            String name, Supplier<Qdpx> program) throws Exception {
        ProjectSnapshot mine = anasProject();
        ExchangeImport imported = importBens(program, mine);

        List<Annotation> added = QdaFixtures.created(imported.changes(), Annotation.class);
        assertEquals(7, added.size(), imported.unplaced()::toString);
        assertEquals(Set.of(HarbourReading.BEN), added.stream().map(a -> a.stamp().author())
                .collect(Collectors.toSet()));
        assertEquals(List.of(), QdaFixtures.created(imported.changes(), Document.class), "the article is matched");
        assertEquals(List.of(), imported.alreadyPresent());

        ProjectSnapshot after = QdaFixtures.applied(mine, imported.changes());
        for (Mark agreed : HarbourReading.AGREED) {
            List<String> whose = after.annotations().stream()
                    .filter(a -> a.passage().start() == agreed.start() && a.passage().end() == agreed.end())
                    .map(a -> a.stamp().author()).sorted().toList();
            assertEquals(List.of(HarbourReading.ANA, HarbourReading.BEN), whose, agreed.quote());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void importingTheSameFileAgainAddsNothingAndNamesEachCodingAlreadyPresent(String name, Supplier<Qdpx> program)
            throws Exception {
        ProjectSnapshot mine = anasProject();
        ProjectSnapshot once = QdaFixtures.applied(mine, importBens(program, mine).changes());

        ExchangeImport again = importBens(program, once);

        assertEquals(List.of(), again.changes());
        assertEquals(7, again.alreadyPresent().size(), again.alreadyPresent()::toString);
        assertTrue(again.alreadyPresent().contains("“Grey Tern” (Materiel) by Ben Okafor in “"
                + HarbourReading.TITLE + "”"), again.alreadyPresent()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void theFixtureIsAValidRefiQdaProject(String name, Supplier<Qdpx> program) throws Exception {
        Qdpx qdpx = program.get();
        HarbourReading.qdpxFile(qdpx, folder.resolve("check.qdpx"), HarbourReading.BEN, HarbourReading.BENS);
        assertEquals(List.of(), SchemaCheck.problems(qdpx.projectQde().getBytes(StandardCharsets.UTF_8)));
    }
}
