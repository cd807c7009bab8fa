package org.lectern.io.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.io.w3c.Projects.ANALYST;
import static org.lectern.io.w3c.Projects.applied;
import static org.lectern.io.w3c.Projects.document;
import static org.lectern.io.w3c.Projects.project;
import static org.lectern.io.w3c.Projects.tag;
import static org.lectern.io.w3c.Projects.tagName;
import static org.lectern.io.w3c.Projects.withDocuments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;

/** Files as other tools write them: fewer selectors, other shapes, positions counted against other texts. */
class W3cImportTest {
    private static final String TEXT = """
            The harbour master said the port was closed on Monday.
            Shipping agents said the port was closed until further notice.
            By Friday 🚢 the port was open again.""";

    @TempDir
    Path folder;

    private final Document report = document("Harbour report", "https://news.example/harbour", TEXT);
    private final Document other = document("Unrelated", "", "Nothing about harbours here. Or ports.");

    @Test
    void anAnnotationWithOnlyAQuoteIsPlacedWhereItsContextMatches() throws Exception {
        Path file = write("""
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://tool.example/anno/1",
                 "type": "Annotation",
                 "body": {"type": "TextualBody", "value": "Shipping is halted", "purpose": "commenting"},
                 "target": {"source": "https://elsewhere.example/copy",
                            "selector": {"type": "TextQuoteSelector", "exact": "the port was closed",
                                         "prefix": "Shipping agents said ", "suffix": " until"}}}""");

        Annotation placed = onlyAnnotation(importInto(withDocuments(other, report), file));

        int second = TEXT.indexOf("the port was closed", TEXT.indexOf("Shipping"));
        assertEquals(report.id(), placed.documentId());
        assertEquals(second, placed.passage().start());
        assertEquals("the port was closed", placed.passage().quote());
        assertEquals("Shipping is halted", placed.note());
        assertEquals(ANALYST, placed.stamp().author(), "no creator: the analyst importing it");
    }

    @Test
    void aWrongPositionWithTheRightQuoteIsAnchoredByTheQuote() throws Exception {
        Path file = write(annotationJson(report.metadata().url(), "the port was open again", "🚢 ", ".", 3, 26));

        Annotation placed = onlyAnnotation(importInto(withDocuments(report), file));

        assertEquals(TEXT.indexOf("the port was open again"), placed.passage().start());
        assertEquals("the port was open again", placed.passage().quote());
    }

    @Test
    void aRightPositionIsTrustedAmongSeveralOccurrencesOfTheQuote() throws Exception {
        int first = TEXT.codePointCount(0, TEXT.indexOf("the port was closed"));
        Path file = write(annotationJson(report.metadata().url(), "the port was closed", "", "", first, first + 19));

        Annotation placed = onlyAnnotation(importInto(withDocuments(report), file));

        assertEquals(TEXT.indexOf("the port was closed"), placed.passage().start());
    }

    @Test
    void positionsCountCodePointsSoAPassageAfterAnEmojiLandsOnTheRightChars() throws Exception {
        int chars = TEXT.indexOf("open again");
        int codePoints = TEXT.codePointCount(0, chars);
        Path file = write("""
                {"type": "Annotation", "target": {"source": {"id": "https://news.example/harbour"},
                  "selector": {"type": "TextPositionSelector", "start": %d, "end": %d}}}"""
                .formatted(codePoints, codePoints + 10));

        Annotation placed = onlyAnnotation(importInto(withDocuments(report), file));

        assertEquals(chars, placed.passage().start());
        assertEquals("open again", placed.passage().quote());
    }

    @Test
    void aQuoteInNoDocumentIsReportedAsUnplacedAndTheRestIsImported() throws Exception {
        Path file = write("[" + annotationJson("https://news.example/harbour", "the port was open again", "", "",
                -1, -1) + "," + annotationJson("https://news.example/harbour",
                "an entirely different sentence that appears in no document at all", "", "", -1, -1) + "]");

        ExchangeImport result = importInto(withDocuments(report, other), file);

        assertEquals(1, result.changes().stream().filter(c -> c.after() instanceof Annotation).count());
        assertEquals(2, result.changes().size(), "the placed annotation and its new tag, nothing else");
        assertEquals(List.of("“an entirely different sentence that appe…” — no document in this project contains it"),
                result.unplaced());
        assertEquals("Import 1 annotation from notes.jsonld", result.description());
    }

    @Test
    void aUrnSourceFindsTheDocumentWithThatTextAmongDocumentsWithTheSameQuote() throws Exception {
        Document copy = document("Copy", "", "Shipping agents said the port was closed until further notice.");
        Path file = write(annotationJson(DocumentSource.urnOf(TEXT), "the port was closed until", "", "", -1, -1));

        Annotation placed = onlyAnnotation(importInto(withDocuments(copy, report), file));

        assertEquals(report.id(), placed.documentId(), "the text hash names the document, whatever its URL");
    }

    @Test
    void tagsMatchTheProjectsTagsWhateverTheirCaseAndUnknownTagsAreCreatedOnce() throws Exception {
        Tag claim = tag("Claim");
        Path file = write("""
                {"type": "AnnotationPage", "items": [
                  {"type": "Annotation", "body": [{"type": "TextualBody", "purpose": "tagging", "value": "CLAIM"}],
                   "target": {"source": "https://news.example/harbour",
                              "selector": {"type": "TextQuoteSelector", "exact": "harbour master"}}},
                  {"type": "Annotation", "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Port status"}],
                   "target": {"source": "https://news.example/harbour",
                              "selector": {"type": "TextQuoteSelector", "exact": "closed on Monday"}}},
                  {"type": "Annotation", "body": [{"type": "TextualBody", "purpose": "tagging", "value": "port STATUS"}],
                   "target": {"source": "https://news.example/harbour",
                              "selector": {"type": "TextQuoteSelector", "exact": "open again"}}}]}""");
        ProjectSnapshot project = project(List.of(report), List.of(claim), List.of());

        ExchangeImport result = importInto(project, file);
        ProjectSnapshot after = applied(project, result.changes());

        List<Tag> created = result.changes().stream().map(Change::after).filter(Tag.class::isInstance)
                .map(Tag.class::cast).toList();
        assertEquals(1, created.size());
        assertEquals("Port status", created.get(0).name());
        assertEquals(Tag.NO_KEY, created.get(0).key());
        assertEquals(List.of("Claim", "Port status", "Port status"),
                after.annotations().stream().map(a -> tagName(after, a.tagId())).toList());
    }

    @Test
    void creatorTimesAndSeveralNotesComeFromTheFile() throws Exception {
        UUID id = UUID.randomUUID();
        Path file = write("""
                {"type": "Annotation", "id": "urn:uuid:%s", "creator": "Grace Hopper",
                 "created": "2023-01-02T03:04:05+01:00", "modified": "2023-02-03",
                 "body": [{"type": "TextualBody", "value": "First thought"},
                          {"type": "TextualBody", "purpose": ["commenting"], "value": "Second thought"},
                          {"type": "TextualBody", "purpose": "highlighting", "value": "ignored"}],
                 "target": [{"source": "https://news.example/harbour",
                             "selector": [{"type": "RangeSelector"},
                                          {"type": "oa:TextQuoteSelector", "exact": "harbour master"}]}]}"""
                .formatted(id));

        ExchangeImport result = importInto(withDocuments(report), file);
        Annotation placed = onlyAnnotation(result);

        assertEquals(id, placed.id());
        assertEquals("Grace Hopper", placed.stamp().author());
        assertEquals(Instant.parse("2023-01-02T02:04:05Z"), placed.stamp().created());
        assertEquals(Instant.parse("2023-02-03T00:00:00Z"), placed.stamp().modified());
        assertEquals("First thought\n\nSecond thought", placed.note());
        assertEquals(ImportedTags.FALLBACK_NAME, tagName(applied(withDocuments(report), result.changes()),
                placed.tagId()), "an annotation with no tag gets the import's own tag");
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() throws Exception {
        Path file = write("[" + annotationJson("https://news.example/harbour", "harbour master", "The ", " said", -1, -1)
                + "," + annotationJson("https://news.example/harbour", "open again", "", "", -1, -1) + "]");
        ProjectSnapshot empty = withDocuments(report);

        ProjectSnapshot once = applied(empty, importInto(empty, file).changes());
        ExchangeImport second = importInto(once, file);

        assertEquals(2, once.annotations().size());
        assertEquals(List.of(), second.changes());
        assertEquals(List.of(), second.unplaced());
        assertEquals("Import 0 annotations from notes.jsonld (2 already in the project)", second.description());
    }

    @Test
    void anIdTheProjectAlreadyUsesForAnotherAnnotationIsReplacedByANewOne() throws Exception {
        Tag claim = tag("Claim");
        Annotation existing = Projects.annotation(report, "harbour master", claim, "", ANALYST);
        Path file = write("""
                {"type": "Annotation", "id": "urn:uuid:%s",
                 "body": {"type": "TextualBody", "purpose": "tagging", "value": "Claim"},
                 "target": {"source": "https://news.example/harbour",
                            "selector": {"type": "TextQuoteSelector", "exact": "open again"}}}"""
                .formatted(existing.id()));

        Annotation placed = onlyAnnotation(importInto(project(List.of(report), List.of(claim), List.of(existing)),
                file));

        assertTrue(!placed.id().equals(existing.id()));
        assertEquals("open again", placed.passage().quote());
    }

    @Test
    void aPositionWithoutAQuoteOnAnUnknownSourceIsUnplaced() throws Exception {
        Path file = write("""
                {"type": "Annotation", "id": "https://tool.example/7",
                 "target": {"source": "https://unknown.example/page",
                            "selector": {"type": "TextPositionSelector", "start": 4, "end": 10}}}""");

        ExchangeImport result = importInto(withDocuments(report), file);

        assertEquals(List.of(), result.changes());
        assertEquals(List.of("annotation https://tool.example/7 (code points 4–10) — no document in this project"
                + " is its source, https://unknown.example/page"), result.unplaced());
    }

    @Test
    void aSingleAnnotationAnArrayAPageAndACollectionAreAllRead() throws Exception {
        String one = annotationJson("https://news.example/harbour", "harbour master", "", "", -1, -1);
        for (String shape : List.of(one, "[" + one + "]", "{\"type\": \"AnnotationPage\", \"items\": [" + one + "]}",
                "{\"type\": \"AnnotationCollection\", \"first\": {\"type\": \"AnnotationPage\", \"items\": [" + one
                        + "]}}")) {
            Path file = write(shape);
            assertEquals(1, importInto(withDocuments(report), file).changes().stream()
                    .filter(c -> c.after() instanceof Annotation).count(), shape);
        }
    }

    private Path write(String json) throws Exception {
        Path file = folder.resolve("notes.jsonld");
        Files.writeString(file, json);
        return file;
    }

    private static ExchangeImport importInto(ProjectSnapshot project, Path file) throws Exception {
        return new W3cImport().read(file, project, ANALYST);
    }

    private static Annotation onlyAnnotation(ExchangeImport result) {
        assertEquals(List.of(), result.unplaced());
        List<Annotation> annotations = result.changes().stream().map(Change::after)
                .filter(Annotation.class::isInstance).map(Annotation.class::cast).toList();
        assertEquals(1, annotations.size());
        return annotations.get(0);
    }

    /** An annotation tagged "Claim"; a position of -1 leaves the TextPositionSelector out. */
    static String annotationJson(String source, String exact, String prefix, String suffix, int start, int end) {
        String position = start < 0 ? ""
                : ", {\"type\": \"TextPositionSelector\", \"start\": " + start + ", \"end\": " + end + "}";
        return """
                {"type": "Annotation",
                 "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Claim"}],
                 "target": {"source": "%s", "selector": [
                   {"type": "TextQuoteSelector", "exact": "%s", "prefix": "%s", "suffix": "%s"}%s]}}"""
                .formatted(source, exact, prefix, suffix, position);
    }
}
