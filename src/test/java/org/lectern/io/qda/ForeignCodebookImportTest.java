package org.lectern.io.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.fixtures.HarbourReading;
import org.lectern.fixtures.Qdpx;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;

/** REFI-QDA projects as ATLAS.ti, MAXQDA and QualCoder write them: their sources found, their codebooks whole. */
class ForeignCodebookImportTest {
    @TempDir
    Path folder;

    private ExchangeImport importInto(Qdpx qdpx, ProjectSnapshot project) throws Exception {
        assertEquals(List.of(), SchemaCheck.problems(qdpx.projectQde().getBytes(StandardCharsets.UTF_8)),
                "the fixture is a valid REFI-QDA project");
        return new QdpxImport().read(qdpx.write(folder.resolve("study.qdpx")), project, "Importing analyst");
    }

    private static List<String> tagNames(ExchangeImport imported) {
        return QdaFixtures.created(imported.changes(), Tag.class).stream().map(Tag::name).toList();
    }

    @Test
    void atlasTiSourcesInACapitalSourcesFolderWithAByteOrderMarkArePlacedWhereTheirCoderPutThem() throws Exception {
        Qdpx atlas = Qdpx.atlasTi();
        String coder = atlas.user("Chen Wu");
        Qdpx.Code person = atlas.code("Person", "#e57373");
        Qdpx.Code vessel = atlas.code("Vessel", "#64b5f6");
        atlas.source("harbour-denial.txt", HarbourReading.ARTICLE, "Sources/", true)
                .code("Lena Moss", person, coder).code("Grey Tern", vessel, coder);

        ExchangeImport imported = importInto(atlas, QdaFixtures.empty());

        assertEquals(List.of(), imported.unplaced());
        List<Document> documents = QdaFixtures.created(imported.changes(), Document.class);
        assertEquals(List.of(HarbourReading.ARTICLE), documents.stream().map(Document::text).toList(),
                "the text without its byte order mark");
        List<Annotation> annotations = QdaFixtures.created(imported.changes(), Annotation.class);
        assertEquals(List.of("Lena Moss", "Grey Tern"), annotations.stream().map(a -> a.passage().quote()).toList());
        assertEquals(HarbourReading.ARTICLE.indexOf("Lena Moss"), annotations.get(0).passage().start());
        assertEquals(List.of("Chen Wu", "Chen Wu"), annotations.stream().map(a -> a.stamp().author()).toList());
    }

    @Test
    void aMaxqdaCodebookComesInWholeWithUnusedCodesAndItsNestingInTheTagNames() throws Exception {
        Qdpx maxqda = Qdpx.maxqda();
        String coder = maxqda.user("Dana Levi");
        Qdpx.Code actors = maxqda.code("Actors", "#ff0000");
        Qdpx.Code officials = actors.child("Officials", "#cc0000");
        Qdpx.Code inspectors = officials.child("Inspectors", "#990000");
        actors.child("Companies", "#aa3333");
        Qdpx.Code themes = maxqda.folder("Themes");
        themes.child("Denial", "#00ff00").child("Official denial", "#00aa00");
        maxqda.code("Unused top code", "#0000ff");
        maxqda.source("Harbour", HarbourReading.ARTICLE, "sources/", false).code("Lena Moss", inspectors, coder);

        ExchangeImport imported = importInto(maxqda, QdaFixtures.empty());

        assertEquals(List.of("Actors", "Actors / Officials", "Actors / Officials / Inspectors", "Actors / Companies",
                        "Themes / Denial", "Themes / Denial / Official denial", "Unused top code"),
                tagNames(imported), "every code a tag, the folder “Themes” only in its children's names");
        ProjectSnapshot after = QdaFixtures.applied(QdaFixtures.empty(), imported.changes());
        Annotation moss = after.annotations().get(0);
        assertEquals("Actors / Officials / Inspectors", after.tags().stream()
                .filter(t -> t.id().equals(moss.tagId())).findFirst().orElseThrow().name());
        assertEquals("#990000", after.tags().get(2).color());
    }

    @Test
    void aMaxqdaProjectWith307CodesGives307TagsThoughOnlyTwoAreUsed() throws Exception {
        Qdpx maxqda = Qdpx.maxqda();
        String coder = maxqda.user("Dana Levi");
        List<Qdpx.Code> parents = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            parents.add(maxqda.code("Category " + i, "#336699"));
        }
        Qdpx.Code first = null;
        for (int i = 1; i <= 300; i++) {
            Qdpx.Code child = parents.get(i % 7).child("Code " + i, "#6699cc");
            first = first == null ? child : first;
        }
        maxqda.source("Harbour", HarbourReading.ARTICLE, "sources/", false)
                .code("PORT ELLIS", first, coder).code("Monday", parents.get(3), coder);
        String qde = maxqda.projectQde();
        int codesInFile = count(Pattern.compile("<Code ").matcher(qde));

        ExchangeImport imported = importInto(maxqda, QdaFixtures.empty());

        assertEquals(307, codesInFile);
        assertEquals(codesInFile, tagNames(imported).size());
        assertEquals(codesInFile, tagNames(imported).stream().distinct().count());
        assertEquals(2, QdaFixtures.created(imported.changes(), Annotation.class).size());
        assertTrue(tagNames(imported).contains("Category 1 / Code 7"), () -> tagNames(imported).toString());
    }

    @Test
    void qualCoderCategoriesNestTheirCodesAndACodeNamedLikeAProjectTagUsesThatTag() throws Exception {
        Qdpx qualCoder = Qdpx.qualCoder();
        String coder = qualCoder.user("sam");
        Qdpx.Code category = qualCoder.folder("Maritime");
        Qdpx.Code ships = category.child("ships", "#FFC0CB");
        Qdpx.Code place = qualCoder.code("place", "#AAAAAA");
        qualCoder.source("harbour.txt", HarbourReading.ARTICLE, "sources/", false)
                .code("Grey Tern", ships, coder).code("PORT ELLIS", place, coder);
        Tag projectPlace = new Tag(java.util.UUID.randomUUID(), "Place", "#43a047", 5, "");
        ProjectSnapshot project = new ProjectSnapshot(List.of(), List.of(projectPlace), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());

        ExchangeImport imported = importInto(qualCoder, project);

        assertEquals(List.of("Maritime / ships"), tagNames(imported));
        List<Annotation> annotations = QdaFixtures.created(imported.changes(), Annotation.class);
        assertEquals(projectPlace.id(), annotations.get(1).tagId());
    }

    @Test
    void aSourceWhoseTextIsNotInTheArchiveIsListedByItsName() throws Exception {
        Qdpx maxqda = Qdpx.maxqda();
        String coder = maxqda.user("Dana Levi");
        Qdpx.Code code = maxqda.code("Actors", "#ff0000");
        maxqda.source("Harbour", HarbourReading.ARTICLE, "sources/", false).code("Lena Moss", code, coder);
        maxqda.sourceWithoutItsText("Interview with the harbour master")
                .code(0, 9, "first words", code, coder).code(10, 20, "next words", code, coder);

        ExchangeImport imported = importInto(maxqda, QdaFixtures.empty());

        assertEquals(1, QdaFixtures.created(imported.changes(), Annotation.class).size());
        assertEquals(1, imported.unplaced().size(), imported.unplaced()::toString);
        String line = imported.unplaced().get(0);
        assertTrue(line.startsWith("The source “Interview with the harbour master” was not imported: its text file "),
                line);
        assertTrue(line.endsWith(" is not in the archive; its 2 codings are not placed."), line);
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
