package org.lectern.io.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.io.w3c.Projects.ANALYST;
import static org.lectern.io.w3c.Projects.EMOJI_TEXT;
import static org.lectern.io.w3c.Projects.annotation;
import static org.lectern.io.w3c.Projects.document;
import static org.lectern.io.w3c.Projects.project;
import static org.lectern.io.w3c.Projects.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;

class W3cExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final Document article = document("Puerto", "https://news.example/puerto", EMOJI_TEXT);
    private final Document memo = document("Memo", "", "A memo with no URL. The port is closed.");
    private final Tag claim = tag("Claim");
    private final Tag evidence = tag("Evidence");
    private final Annotation said = annotation(article, "el puerto estaba cerrado", claim, "Who told her?", ANALYST);
    private final Annotation reopened = annotation(article, "the port had reopened", evidence, "", "Grace Hopper");
    private final Annotation closed = annotation(memo, "The port is closed.", claim, "Memo line", ANALYST);
    private final ProjectSnapshot project = project(List.of(article, memo), List.of(claim, evidence),
            List.of(said, reopened, closed));

    @Test
    void theExportIsAnAnnotationCollectionWithItsAnnotationsInlineOnOnePage() throws Exception {
        JsonNode collection = export(ExportScope.EVERYTHING);

        assertEquals("http://www.w3.org/ns/anno.jsonld", collection.get("@context").asText());
        assertEquals("AnnotationCollection", collection.get("type").asText());
        assertTrue(collection.get("id").asText().startsWith("urn:uuid:"));
        assertFalse(collection.get("label").asText().isBlank());
        assertEquals(3, collection.get("total").asInt());
        JsonNode page = collection.get("first");
        assertEquals("AnnotationPage", page.get("type").asText());
        assertEquals(3, page.get("items").size());
    }

    @Test
    void eachAnnotationHasItsIdCreatorTimesTagAndNoteBodiesAndBothSelectors() throws Exception {
        JsonNode item = itemWithId(export(ExportScope.EVERYTHING), said);

        assertEquals("Annotation", item.get("type").asText());
        assertEquals("Person", item.at("/creator/type").asText());
        assertEquals(ANALYST, item.at("/creator/name").asText());
        assertEquals("2024-05-01T09:15:30.123456789Z", item.get("created").asText());
        assertEquals("2024-05-02T17:00:00Z", item.get("modified").asText());

        JsonNode body = item.get("body");
        assertEquals(2, body.size());
        assertEquals("TextualBody", body.get(0).get("type").asText());
        assertEquals("tagging", body.get(0).get("purpose").asText());
        assertEquals("Claim", body.get(0).get("value").asText());
        assertEquals("TextualBody", body.get(1).get("type").asText());
        assertEquals("commenting", body.get(1).get("purpose").asText());
        assertEquals("Who told her?", body.get(1).get("value").asText());
        assertEquals("text/plain", body.get(1).get("format").asText());

        JsonNode selectors = item.at("/target/selector");
        assertEquals("TextQuoteSelector", selectors.get(0).get("type").asText());
        assertEquals("el puerto estaba cerrado", selectors.get(0).get("exact").asText());
        assertEquals(said.passage().prefix(), selectors.get(0).get("prefix").asText());
        assertEquals(said.passage().suffix(), selectors.get(0).get("suffix").asText());
        assertEquals("TextPositionSelector", selectors.get(1).get("type").asText());
    }

    @Test
    void anAnnotationWithoutANoteHasOnlyItsTagBody() throws Exception {
        JsonNode body = itemWithId(export(ExportScope.EVERYTHING), reopened).get("body");

        assertEquals(1, body.size());
        assertEquals("tagging", body.get(0).get("purpose").asText());
        assertEquals("Evidence", body.get(0).get("value").asText());
    }

    @Test
    void textPositionsCountCodePointsNotJavaCharsAfterFlagsMathLettersAndEmojiSequences() throws Exception {
        JsonNode collection = export(ExportScope.EVERYTHING);
        for (Annotation annotation : List.of(said, reopened)) {
            JsonNode position = itemWithId(collection, annotation).at("/target/selector/1");
            int start = annotation.passage().start();
            int end = annotation.passage().end();
            assertEquals(EMOJI_TEXT.codePointCount(0, start), position.get("start").asInt());
            assertEquals(EMOJI_TEXT.codePointCount(0, end), position.get("end").asInt());
            assertTrue(position.get("start").asInt() < start, "astral characters stand before the passage");
            String byCodePoints = new String(EMOJI_TEXT.codePoints().skip(position.get("start").asInt())
                    .limit(position.get("end").asInt() - position.get("start").asInt()).toArray(), 0,
                    position.get("end").asInt() - position.get("start").asInt());
            assertEquals(annotation.passage().quote(), byCodePoints);
        }
    }

    @Test
    void theSourceIsTheDocumentsUrlOrElseAUrnOfTheHashOfItsText() throws Exception {
        JsonNode collection = export(ExportScope.EVERYTHING);

        assertEquals("https://news.example/puerto", itemWithId(collection, said).at("/target/source").asText());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(memo.text().getBytes(StandardCharsets.UTF_8)));
        assertEquals("urn:lectern:document:" + sha256, itemWithId(collection, closed).at("/target/source").asText());
    }

    @Test
    void theTextUrnIsTheSameInAnyProjectHoldingTheSameText() {
        Document again = document("Another title", "", memo.text());

        assertEquals(DocumentSource.of(memo), DocumentSource.of(again));
    }

    @Test
    void theScopeChoosesDocumentsAndAuthors() throws Exception {
        JsonNode onlyMemo = export(new ExportScope(Set.of(memo.id()), Set.of(), true));
        assertEquals(Set.of(closed.id().toString()), ids(onlyMemo));
        assertEquals(1, onlyMemo.get("total").asInt());

        JsonNode onlyGrace = export(new ExportScope(Set.of(), Set.of("Grace Hopper"), true));
        assertEquals(Set.of(reopened.id().toString()), ids(onlyGrace));
    }

    @Test
    void withNotesLeftOutNoAnnotationHasACommentingBody() throws Exception {
        JsonNode collection = export(new ExportScope(Set.of(), Set.of(), false));

        assertEquals(3, collection.get("total").asInt());
        for (JsonNode item : collection.at("/first/items")) {
            for (JsonNode body : item.get("body")) {
                assertEquals("tagging", body.get("purpose").asText());
            }
        }
    }

    @Test
    void progressIsReportedAndACancelledExportLeavesTheOldFileAlone() throws Exception {
        Path target = folder.resolve("notes.jsonld");
        Files.writeString(target, "the previous export");
        List<Long> done = new ArrayList<>();
        Progress cancelled = new Progress() {
            @Override
            public void update(long soFar, long total, String message) {
                done.add(soFar);
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThrows(ExportException.class, () -> new W3cExport().export(project, ExportScope.EVERYTHING, target,
                cancelled));
        assertEquals("the previous export", Files.readString(target));
        assertFalse(done.isEmpty());
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    private JsonNode export(ExportScope scope) throws Exception {
        Path target = folder.resolve("notes.jsonld");
        new W3cExport().export(project, scope, target, Progress.NONE);
        return JSON.readTree(target.toFile());
    }

    private static JsonNode itemWithId(JsonNode collection, Annotation annotation) {
        for (JsonNode item : collection.at("/first/items")) {
            if (item.get("id").asText().equals("urn:uuid:" + annotation.id())) {
                return item;
            }
        }
        throw new AssertionError("No item for annotation " + annotation.id());
    }

    private static Set<String> ids(JsonNode collection) {
        Set<String> ids = new java.util.HashSet<>();
        collection.at("/first/items").forEach(item -> ids.add(item.get("id").asText().substring("urn:uuid:".length())));
        return ids;
    }
}
