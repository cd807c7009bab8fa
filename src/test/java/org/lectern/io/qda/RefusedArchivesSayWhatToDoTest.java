package org.lectern.io.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.ExchangeFormatException;

/** A REFI-QDA project refused for safety says why, and what the analyst can do to get a copy Lectern reads. */
class RefusedArchivesSayWhatToDoTest {
    @TempDir
    Path folder;

    @Test
    void aProjectDeclaringAnExternalEntityIsRefusedWithWhatToDo() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path file = QdaFixtures.zip(folder.resolve("study.qdpx"), Map.of("project.qde", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Project [ <!ENTITY leak SYSTEM "%s"> ]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="&leak;"/>
                """.formatted(secret.toUri())).getBytes(StandardCharsets.UTF_8)));

        ExchangeFormatException refused = assertThrows(ExchangeFormatException.class,
                () -> new QdpxImport().read(file, QdaFixtures.empty(), "Ana"));

        assertEquals("study.qdpx is refused: its project.qde declares a DOCTYPE, which can make a reader fetch files"
                + " or expand entities, and which REFI-QDA projects never need: export it again from the program that"
                + " made it, and import that.", refused.getMessage());
    }

    @Test
    void aProjectUnpackingFarBeyondTheLimitIsRefusedAsAPossibleZipBombWithWhatToDo() throws Exception {
        String huge = "x".repeat(3 << 20);
        Path file = QdaFixtures.zip(folder.resolve("study.qdpx"), Map.of("project.qde",
                ("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"" + huge + "\"/>").getBytes(StandardCharsets.UTF_8)));

        ExchangeFormatException refused = assertThrows(ExchangeFormatException.class, () ->
                new QdpxImport(new ArchiveLimits(100, 2 << 20, 2 << 20)).read(file, QdaFixtures.empty(), "Ana"));

        assertEquals("study.qdpx is refused: its entry “project.qde” unpacks to more than 2 MB, too large to be a"
                + " project's text (it may be a zip bomb, made to exhaust memory): if it is a genuine project, export"
                + " it again in parts, with fewer sources in each.", refused.getMessage());
    }
}
