package org.lectern.io.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.io.w3c.Projects.ANALYST;
import static org.lectern.io.w3c.Projects.document;
import static org.lectern.io.w3c.Projects.withDocuments;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.ExchangeFormatException;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.ProjectSnapshot;

/**
 * A file that is not what it claims gives one clear sentence naming it, and no changes at all; one annotation
 * that says something impossible, among good ones, is listed with its reason while the others come in.
 */
class MalformedW3cFilesTest {
    private static final String GOOD = W3cImportTest.annotationJson("https://news.example/a", "closed", "", "", -1, -1);

    @TempDir
    Path folder;

    private final ProjectSnapshot project =
            withDocuments(document("A", "https://news.example/a", "The port is closed."));

    @Test
    void aFileThatIsNotJsonSaysSoAndWhere() throws Exception {
        String message = refused("<html><body>Annotations</body></html>");

        assertTrue(message.startsWith("notes.jsonld is not valid JSON"), message);
        assertTrue(message.contains("line 1"), message);
    }

    @Test
    void jsonFollowedByAnythingElseIsNotAValidFile() throws Exception {
        assertTrue(refused(GOOD + " and then some").startsWith("notes.jsonld is not valid JSON"));
    }

    @Test
    void jsonOfAnotherShapeIsNotWebAnnotation() throws Exception {
        for (String json : new String[] {"42", "\"annotations\"", "{\"hello\": \"world\"}", "null"}) {
            String message = refused(json);
            assertTrue(message.contains("not W3C Web Annotation"), json + ": " + message);
        }
    }

    @Test
    void aPageWhoseItemsAreNotAListIsRefused() throws Exception {
        assertTrue(refused("{\"type\": \"AnnotationPage\", \"items\": {\"a\": 1}}").contains("must be a list"));
    }

    @Test
    void anAnnotationWithoutATargetIsListedWithItsReasonWhileTheGoodOnesComeIn() throws Exception {
        Path file = folder.resolve("notes.jsonld");
        Files.writeString(file, "[" + GOOD + ", {\"type\": \"Annotation\", \"id\": \"https://tool.example/a/2\","
                + " \"body\": \"x\"}, " + GOOD.replace("closed", "port") + "]");

        ExchangeImport result = new W3cImport().read(file, project, ANALYST);

        assertEquals(2, result.changes().stream().filter(c -> c.after() instanceof Annotation).count());
        assertEquals(List.of("annotation https://tool.example/a/2 was not imported: it has no target, so it does not"
                + " say what it annotates"), result.unplaced());
    }

    @Test
    void aFileWhoseAnnotationsAreAllMalformedIsRefusedNamingTheFirstProblem() throws Exception {
        String message = refused("[{\"type\": \"Annotation\", \"body\": \"x\"}, 42]");

        assertEquals("notes.jsonld is not a W3C annotation file Lectern can read: annotation 1 has no target, so it"
                + " does not say what it annotates, and none of its 2 annotations can be read.", message);
    }

    @Test
    void aPositionThatEndsBeforeItStartsIsRefused() throws Exception {
        String message = refused(W3cImportTest.annotationJson("https://news.example/a", "closed", "", "", 12, 6));

        assertTrue(message.contains("ends (6) before it starts (12)"), message);
    }

    @Test
    void aNegativeOrFractionalPositionIsRefused() throws Exception {
        for (String start : new String[] {"-3", "1.5", "\"four\""}) {
            String json = """
                    {"type": "Annotation", "target": {"source": "https://news.example/a",
                     "selector": {"type": "TextPositionSelector", "start": %s, "end": 9}}}""".formatted(start);
            assertTrue(refused(json).contains("not a whole number"), start);
        }
    }

    @Test
    void aQuoteSelectorWithoutItsExactTextIsRefused() throws Exception {
        String json = """
                {"type": "Annotation", "target": {"source": "https://news.example/a",
                 "selector": {"type": "TextQuoteSelector", "prefix": "The port "}}}""";

        assertTrue(refused(json).contains("without the exact text"));
    }

    @Test
    void annotationsOnPagesElsewhereCannotBeImported() throws Exception {
        String json = "{\"type\": \"AnnotationCollection\", \"first\": \"https://tool.example/page1\"}";

        assertTrue(refused(json).contains("pages elsewhere (https://tool.example/page1)"));
    }

    @Test
    void nestingThousandsOfLevelsDeepIsRefusedWithoutOverflowingTheStack() throws Exception {
        String message = refused("[".repeat(5_000) + "]".repeat(5_000));

        assertTrue(message.contains("nests too deeply"), message);
    }

    @Test
    void aFileOfMoreThan200MegabytesIsRefusedBeforeItIsRead() throws Exception {
        Path file = folder.resolve("notes.jsonld");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(200L * 1024 * 1024 + 1);
        }

        String message = assertThrows(ExchangeFormatException.class,
                () -> new W3cImport().read(file, project, ANALYST)).getMessage();

        assertTrue(message.startsWith("notes.jsonld is too large to import"), message);
    }

    @Test
    void anEmptyFileAndAMissingFileAreNamed() throws Exception {
        assertTrue(refused("").startsWith("notes.jsonld is empty"));
        Path missing = folder.resolve("gone.jsonld");
        String message = assertThrows(ExchangeFormatException.class,
                () -> new W3cImport().read(missing, project, ANALYST)).getMessage();
        assertTrue(message.startsWith("gone.jsonld cannot be found"), message);
    }

    /** The message for a refused file: it names the file and is one sentence on one line. */
    private String refused(String content) throws Exception {
        Path file = folder.resolve("notes.jsonld");
        Files.writeString(file, content);
        String message = assertThrows(ExchangeFormatException.class,
                () -> new W3cImport().read(file, project, ANALYST)).getMessage();
        assertTrue(message.contains("notes.jsonld"), message);
        assertTrue(message.endsWith("."), message);
        assertFalse(message.contains("\n"), message);
        return message;
    }
}
