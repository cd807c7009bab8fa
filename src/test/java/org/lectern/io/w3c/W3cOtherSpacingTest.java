package org.lectern.io.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;

/**
 * The same article is stored kept as it came by Lectern now and tidied (blank-line runs collapsed, spaces at
 * line ends stripped) by an older Lectern. A W3C file made on one copy lands on the same words of the other:
 * an older Lectern's export in a project that keeps the text, a Hypothesis annotation made on the page as it
 * came in an older project, even when the quote crosses the spacing that differs.
 */
class W3cOtherSpacingTest {
    private static final String URL = "https://fieldwork.example/walk-2.txt";
    /** The field notes as the file holds them: two spaces after "notes", four blank lines, three trailing spaces. */
    private static final String KEPT = "Walk 2 \u2014 notes  \n\nMap\n\n\n\n\nOur route\tcrossed the ford at dawn.   \n"
            + "The cafe owner said the bridge is gone.\n";
    /** The same notes as an older Lectern stored them. */
    private static final String TIDIED = "Walk 2 \u2014 notes\n\nMap\n\nOur route\tcrossed the ford at dawn.\n"
            + "The cafe owner said the bridge is gone.";

    /**
     * As an older Lectern exported its tidied copy (no URL, so the source is the hash of that copy's text):
     * quotes with 32 chars of context, positions in code points of the tidied text ("Map" starts after the 14
     * chars of the heading and one blank line, at 16).
     */
    private static final String OLDER_LECTERN_EXPORT = """
            {"@context": "http://www.w3.org/ns/anno.jsonld",
             "id": "urn:uuid:0d7c3a52-2f0e-4b8e-9a51-5f3e1c2b9a10", "type": "AnnotationCollection",
             "label": "Annotations exported from Lectern", "total": 2,
             "first": {"id": "urn:uuid:4b1e7f0a-9c2d-4e3f-8a1b-6c5d4e3f2a1b", "type": "AnnotationPage",
               "startIndex": 0, "items": [
               {"id": "urn:uuid:9f0e1d2c-3b4a-4c5d-8e6f-7a8b9c0d1e2f", "type": "Annotation",
                "creator": {"type": "Person", "name": "Ben Okafor"},
                "created": "2023-11-02T10:00:00Z", "modified": "2023-11-02T10:00:00Z",
                "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Place"}],
                "target": {"source": "%1$s", "selector": [
                  {"type": "TextQuoteSelector", "exact": "Map\\n\\nOur",
                   "prefix": "Walk 2 \u2014 notes\\n\\n", "suffix": " route\\tcrossed the ford at dawn."},
                  {"type": "TextPositionSelector", "start": 16, "end": 24}]}},
               {"id": "urn:uuid:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "type": "Annotation",
                "creator": {"type": "Person", "name": "Ben Okafor"},
                "created": "2023-11-02T10:05:00Z", "modified": "2023-11-02T10:05:00Z",
                "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Time"}],
                "target": {"source": "%1$s", "selector": [
                  {"type": "TextQuoteSelector", "exact": "at dawn.\\nThe cafe",
                   "prefix": "Map\\n\\nOur route\\tcrossed the ford ", "suffix": " owner said the bridge is gone."},
                  {"type": "TextPositionSelector", "start": 48, "end": 65}]}}]}}
            """;

    /**
     * As Hypothesis saves annotations made in a browser on the file as it came: positions in UTF-16 units of the
     * page text, the quote with what the page shows around it.
     */
    private static final String HYPOTHESIS = """
            [{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
              "id": "https://hypothes.is/a/Kq7vH2fQEe-map", "creator": "acct:mia@hypothes.is",
              "created": "2024-05-04T08:00:00.000000+00:00", "modified": "2024-05-04T08:00:00.000000+00:00",
              "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Place"}],
              "target": [{"source": "https://fieldwork.example/walk-2.txt",
                          "selector": [{"type": "RangeSelector", "startContainer": "/pre[1]", "startOffset": 18,
                                        "endContainer": "/pre[1]", "endOffset": 29},
                                       {"type": "TextPositionSelector", "start": 18, "end": 29},
                                       {"type": "TextQuoteSelector", "exact": "Map\\n\\n\\n\\n\\nOur",
                                        "prefix": "Walk 2 \u2014 notes  \\n\\n", "suffix": " route\\tcrossed the"}]}]},
             {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
              "id": "https://hypothes.is/a/Kq7vH2fQEe-dawn", "creator": "acct:mia@hypothes.is",
              "created": "2024-05-04T08:01:00.000000+00:00", "modified": "2024-05-04T08:01:00.000000+00:00",
              "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Time"}],
              "target": [{"source": "https://fieldwork.example/walk-2.txt",
                          "selector": [{"type": "TextPositionSelector", "start": 53, "end": 73},
                                       {"type": "TextQuoteSelector", "exact": "at dawn.   \\nThe cafe",
                                        "prefix": "crossed the ford ", "suffix": " owner said"}]}]}]
            """;

    @TempDir
    Path folder;

    @Test
    void anOlderLecternsExportLandsAcrossTheBlankLinesItCollapsedInTheTextKeptAsItCame() throws Exception {
        List<Annotation> placed = placedIn(KEPT, olderLecternExport());

        Annotation map = placed.get(0);
        assertEquals("Map\n\n\n\n\nOur", map.passage().quote());
        // The heading, its two spaces and the blank line after it are 18 chars; then 3 + 5 + 3.
        assertEquals(18, map.passage().start());
        assertEquals(29, map.passage().end());
        assertEquals("Ben Okafor", map.stamp().author());
    }

    @Test
    void anOlderLecternsExportLandsAcrossTheSpacesItStrippedFromALineEnd() throws Exception {
        Annotation dawn = placedIn(KEPT, olderLecternExport()).get(1);

        assertEquals("at dawn.   \nThe cafe", dawn.passage().quote());
        assertEquals(KEPT.indexOf("at dawn."), dawn.passage().start());
    }

    @Test
    void aHypothesisAnnotationOnThePageAsItCameLandsAcrossTheBlankLinesAnOlderProjectCollapsed() throws Exception {
        Annotation map = placedIn(TIDIED, HYPOTHESIS).get(0);

        assertEquals("Map\n\nOur", map.passage().quote());
        assertEquals(16, map.passage().start());
        assertEquals(24, map.passage().end());
        assertEquals("acct:mia@hypothes.is", map.stamp().author());
    }

    @Test
    void aHypothesisAnnotationWithSpacesAtALineEndLandsOnTheSameWordsOfAnOlderProject() throws Exception {
        Annotation dawn = placedIn(TIDIED, HYPOTHESIS).get(1);

        assertEquals("at dawn.\nThe cafe", dawn.passage().quote());
        assertEquals(TIDIED.indexOf("at dawn."), dawn.passage().start());
    }

    @Test
    void theSameFilesStillLandOnTheCopyTheyWereMadeOn() throws Exception {
        assertEquals(List.of("Map\n\nOur", "at dawn.\nThe cafe"),
                placedIn(TIDIED, olderLecternExport()).stream().map(a -> a.passage().quote()).toList());
        assertEquals(List.of("Map\n\n\n\n\nOur", "at dawn.   \nThe cafe"),
                placedIn(KEPT, HYPOTHESIS).stream().map(a -> a.passage().quote()).toList());
    }

    /** Both copies of a text where the heading stands twice, each time over a run of blank lines. */
    private static final String TWICE_KEPT = "Map\n\n\n\n\nOur route out.\n\nMap\n\n\n\nOur route back.\n";
    private static final String TWICE_TIDIED = "Map\n\nOur route out.\n\nMap\n\nOur route back.";

    @Test
    void aTidiedQuoteThatStandsTwiceInTheKeptTextWithNothingToDecideIsListedAsAmbiguous() throws Exception {
        ExchangeImport result = imported(TWICE_KEPT, """
                {"type": "Annotation", "id": "urn:uuid:2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809",
                 "target": {"source": "https://fieldwork.example/walk-2.txt",
                   "selector": {"type": "TextQuoteSelector", "exact": "Map\\n\\nOur"}}}""");

        assertEquals(List.of("“Map Our” — it occurs 2 times in “Walk 2” and neither its context nor a position"
                + " says which, so it was not placed"), result.unplaced());
        assertTrue(annotations(result).isEmpty());
    }

    @Test
    void aQuoteFromThePageThatStandsTwiceInAnOlderProjectWithNothingToDecideIsListedAsAmbiguous() throws Exception {
        ExchangeImport result = imported(TWICE_TIDIED, """
                {"type": "Annotation", "id": "https://hypothes.is/a/Kq7vH2fQEe-twice",
                 "target": [{"source": "https://fieldwork.example/walk-2.txt",
                   "selector": [{"type": "TextQuoteSelector", "exact": "Map\\n\\n\\n\\n\\nOur"}]}]}""");

        assertEquals(1, result.unplaced().size());
        assertTrue(result.unplaced().get(0).contains("it occurs 2 times in “Walk 2”"), result.unplaced().get(0));
        assertTrue(annotations(result).isEmpty());
    }

    @Test
    void contextThatTellsThePlacesApartOnlyOnceTidiedDecides() throws Exception {
        ExchangeImport result = imported(TWICE_KEPT, """
                {"type": "Annotation", "target": {"source": "https://fieldwork.example/walk-2.txt",
                   "selector": {"type": "TextQuoteSelector", "exact": "Map\\n\\nOur",
                                "prefix": "route out.\\n\\n", "suffix": " route back."}}}""");

        List<Annotation> placed = annotations(result);
        assertEquals(List.of(), result.unplaced());
        assertEquals(TWICE_KEPT.lastIndexOf("Map"), placed.get(0).passage().start());
        assertEquals("Map\n\n\n\nOur", placed.get(0).passage().quote());
    }

    @Test
    void inAProjectHoldingBothCopiesEachFileLandsInTheCopyItWasMadeOn() throws Exception {
        Document kept = Projects.document("Walk 2", URL, KEPT);
        Document tidied = Projects.document("Walk 2 (older copy)", URL, TIDIED);

        List<Annotation> fromThePage = annotations(importFile(HYPOTHESIS, kept, tidied));
        List<Annotation> fromTheOlderLectern = annotations(importFile(olderLecternExport(), kept, tidied));

        assertEquals(List.of(kept.id(), kept.id()), fromThePage.stream().map(Annotation::documentId).toList());
        assertEquals(List.of(tidied.id(), tidied.id()),
                fromTheOlderLectern.stream().map(Annotation::documentId).toList());
    }

    @Test
    void inAProjectHoldingBothCopiesAQuoteWithoutPositionLandsInTheCopyWithItsSpacing() throws Exception {
        Document kept = Projects.document("Walk 2", URL, KEPT);
        Document tidied = Projects.document("Walk 2 (older copy)", URL, TIDIED);
        String file = """
                [{"type": "Annotation", "target": {"source": "%1$s", "selector": {"type": "TextQuoteSelector",
                   "exact": "Map\\n\\n\\n\\n\\nOur", "prefix": "notes  \\n\\n", "suffix": " route"}}},
                 {"type": "Annotation", "target": {"source": "%1$s", "selector": {"type": "TextQuoteSelector",
                   "exact": "Map\\n\\nOur", "prefix": "notes\\n\\n", "suffix": " route"}}}]""".formatted(URL);

        List<Annotation> placed = annotations(importFile(file, kept, tidied));

        assertEquals(List.of(kept.id(), tidied.id()), placed.stream().map(Annotation::documentId).toList());
    }

    @Test
    void aShortQuoteThatAPositionCountedOnTheOtherCopyMeetsByChanceGoesWhereItsContextIs() throws Exception {
        // Positions counted on a copy with other spacing point a few chars off; here they happen to hold another
        // "the" of this copy (in "crossed the ford"), while the quote's context names the one in "said the bridge".
        String file = """
                {"type": "Annotation", "target": {"source": "%s", "selector": [
                  {"type": "TextQuoteSelector", "exact": "the", "prefix": "said ", "suffix": " bridge"},
                  {"type": "TextPositionSelector", "start": %d, "end": %d}]}}""";
        int anotherThe = KEPT.indexOf("the ford");

        Annotation the = placedIn(KEPT, file.formatted(URL, anotherThe, anotherThe + 3)).get(0);

        assertEquals(KEPT.indexOf("the bridge"), the.passage().start());
    }

    private static String olderLecternExport() {
        return OLDER_LECTERN_EXPORT.formatted(DocumentSource.urnOf(TIDIED));
    }

    private List<Annotation> placedIn(String text, String file) throws Exception {
        ExchangeImport result = imported(text, file);
        assertEquals(List.of(), result.unplaced());
        return annotations(result);
    }

    private ExchangeImport imported(String text, String file) throws Exception {
        return importFile(file, Projects.document("Walk 2", URL, text));
    }

    private ExchangeImport importFile(String file, Document... documents) throws Exception {
        Path path = Files.writeString(folder.resolve("annotations.jsonld"), file, StandardCharsets.UTF_8);
        return new W3cImport().read(path, Projects.withDocuments(documents), "Ada");
    }

    private static List<Annotation> annotations(ExchangeImport result) {
        return result.changes().stream().map(Change::after).filter(Annotation.class::isInstance)
                .map(Annotation.class::cast).toList();
    }
}
