package org.lectern.io.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.ExchangeFormatException;

/** Files made to attack whatever reads them, and files that are simply not projects, are refused whole. */
class QdpxImportSafetyTest {
    private static final String MINIMAL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="x"/>
            """;

    @TempDir
    Path folder;

    private ExchangeFormatException refused(Path file) {
        return assertThrows(ExchangeFormatException.class,
                () -> new QdpxImport().read(file, QdaFixtures.empty(), "Analyst"));
    }

    private Path zip(String name, Map<String, String> entries) throws Exception {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        entries.forEach((entry, text) -> bytes.put(entry, text.getBytes(StandardCharsets.UTF_8)));
        return QdaFixtures.zip(folder.resolve(name), bytes);
    }

    @Test
    void aZipSlipEntryIsRefusedAndNothingIsWritten() throws Exception {
        Path file = zip("slip.qdpx", Map.of("project.qde", MINIMAL, "../evil.txt", "owned"));
        ExchangeFormatException e = refused(file);
        assertTrue(e.getMessage().startsWith("slip.qdpx is refused"), e.getMessage());
        assertTrue(e.getMessage().contains("../evil.txt"), e.getMessage());
        assertFalse(Files.exists(folder.resolve("evil.txt")));
        assertFalse(Files.exists(folder.getParent().resolve("evil.txt")));
    }

    @Test
    void absolutePathsAndDriveLettersAreRefusedToo() throws Exception {
        for (String entry : new String[] {"/etc/evil.txt", "C:\\Windows\\evil.txt", "sources\\..\\..\\evil.txt",
                "sources/../../evil.txt"}) {
            Path file = zip("bad.qdpx", Map.of("project.qde", MINIMAL, entry, "owned"));
            assertTrue(refused(file).getMessage().contains("points outside the archive"), entry);
        }
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedAndTheEntityNeverRead() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Project [ <!ENTITY leak SYSTEM "%s"> ]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="x">
                  <CodeBook><Codes><Code guid="11111111-1111-1111-1111-111111111111" name="&leak;"
                     isCodable="true"/></Codes></CodeBook>
                </Project>
                """.formatted(secret.toUri());
        ExchangeFormatException e = refused(zip("xxe.qdpx", Map.of("project.qde", qde)));
        assertTrue(e.getMessage().startsWith("xxe.qdpx is refused: its project.qde declares a DOCTYPE"),
                e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"), "the entity was never expanded");
        assertFalse(String.valueOf(e.getCause()).contains("TOP-SECRET"));
    }

    @Test
    void anEntityExpansionBombIsRefused() throws Exception {
        String qde = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>
                """;
        assertTrue(refused(zip("laughs.qdpx", Map.of("project.qde", qde))).getMessage().contains("DOCTYPE"));
    }

    @Test
    void notAZipIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.qdpx"), "just some text");
        assertEquals("notes.qdpx is not a REFI-QDA project: it is not a zip archive.", refused(file).getMessage());
        Path empty = Files.write(folder.resolve("empty.qdpx"), new byte[0]);
        assertTrue(refused(empty).getMessage().startsWith("empty.qdpx"));
    }

    @Test
    void aZipWithoutAProjectIsRefused() throws Exception {
        Path file = zip("other.qdpx", Map.of("readme.txt", "hello"));
        assertEquals("other.qdpx is not a REFI-QDA project: it holds no project.qde.", refused(file).getMessage());
    }

    @Test
    void malformedXmlIsRefusedNamingTheFile() throws Exception {
        Path file = zip("broken.qdpx", Map.of("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\">"));
        String message = refused(file).getMessage();
        assertTrue(message.startsWith("broken.qdpx is not a REFI-QDA project: its project.qde is not well-formed"),
                message);
        Path wrongRoot = zip("wrong.qdpx", Map.of("project.qde", "<html/>"));
        assertTrue(refused(wrongRoot).getMessage().contains("<html>"));
    }

    @Test
    void anEntryInflatingBeyondTheLimitIsRefused() throws Exception {
        String huge = "a".repeat(100_000);
        Path file = zip("bomb.qdpx", Map.of("project.qde", MINIMAL.replace("name=\"x\"", "name=\"" + huge + "\"")));
        ExchangeFormatException e = assertThrows(ExchangeFormatException.class, () ->
                new QdpxImport(new ArchiveLimits(100, 10_000, 50_000)).read(file, QdaFixtures.empty(), "Analyst"));
        assertTrue(e.getMessage().startsWith("bomb.qdpx is refused: its entry “project.qde” unpacks to more than"),
                e.getMessage());
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("project.qde", MINIMAL);
        for (int i = 0; i < 20; i++) {
            entries.put("sources/" + i + ".txt", "x");
        }
        Path file = zip("many.qdpx", entries);
        ExchangeFormatException e = assertThrows(ExchangeFormatException.class, () ->
                new QdpxImport(new ArchiveLimits(10, 10_000, 50_000)).read(file, QdaFixtures.empty(), "Analyst"));
        assertTrue(e.getMessage().contains("more than 10 entries"), e.getMessage());
    }

    @Test
    void sourcePathsOutsideTheArchiveAreNotFollowed() throws Exception {
        Path outside = Files.writeString(folder.resolve("outside.txt"), "Read from the analyst's disk.");
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>
                  <TextSource guid="22222222-2222-2222-2222-222222222222" name="Outside"
                      plainTextPath="absolute://%s"/>
                  <TextSource guid="33333333-3333-3333-3333-333333333333" name="Climbing"
                      plainTextPath="internal://../outside.txt"/>
                </Sources></Project>
                """.formatted(outside);
        var imported = new QdpxImport().read(zip("paths.qdpx", Map.of("project.qde", qde)), QdaFixtures.empty(),
                "Analyst");
        assertEquals(0, imported.changes().size());
        assertEquals(2, imported.unplaced().size());
        assertTrue(imported.unplaced().get(0).contains("outside the archive"), imported.unplaced().get(0));
        assertTrue(imported.unplaced().get(1).contains("points outside the archive"), imported.unplaced().get(1));
    }
}
