package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.store.ProjectFiles;
import org.lectern.text.TextNormalizer;

/**
 * A project made before Lectern kept texts as they came holds its documents tidied (trailing spaces stripped,
 * runs of blank lines collapsed). It opens with every passage where it was, and codings from another tool made
 * on the original text still land on the same words in it.
 */
class ProjectsStoredTidiedTest {
    /** The article as the analyst's colleague has it, in MAXQDA on Windows. */
    private static final String ORIGINAL = "Walk 2 \u2014 notes  \r\n\r\nMap\r\n\r\n\r\n\r\n\r\nOur route\tcrossed"
            + " the ford 🧭 at dawn.   \r\nThe cafe\u0301 owner said \"the bridge 𝔸 is gone\".\r\n";
    /** What Lectern stored for it, written out so that the fixture does not depend on today's code. */
    private static final String STORED = "Walk 2 \u2014 notes\n\nMap\n\nOur route\tcrossed the ford 🧭 at dawn.\n"
            + "The cafe\u0301 owner said \"the bridge 𝔸 is gone\".";

    /** The colleague's coding across the run of blank lines: code points 20–36 of the CRLF text. */
    private static final String QDE = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Fieldwork" origin="MAXQDA 2022 (Release 22.8.0)">
              <Users><User guid="7E4E1B4E-2A3C-4B5D-9E6F-10A1B2C3D4E5" name="Mia"/></Users>
              <CodeBook><Codes>
                <Code guid="C1A00000-0000-4000-8000-000000000001" name="Place" isCodable="true" color="#ff0000"/>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="5A000000-0000-4000-8000-000000000001" name="Walk 2"
                    plainTextPath="internal://5A000000-0000-4000-8000-000000000001.txt">
                  <PlainTextSelection guid="5E000000-0000-4000-8000-000000000001" name="Map"
                      startPosition="20" endPosition="36" creatingUser="7E4E1B4E-2A3C-4B5D-9E6F-10A1B2C3D4E5">
                    <Coding guid="C0000000-0000-4000-8000-000000000001">
                      <CodeRef targetGUID="C1A00000-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                </TextSource>
              </Sources>
            </Project>
            """;

    @TempDir
    Path folder;

    private Path qdpx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : Map.of("project.qde", QDE,
                    "sources/5A000000-0000-4000-8000-000000000001.txt", ORIGINAL).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return Files.write(folder.resolve("fieldwork.qdpx"), bytes.toByteArray());
    }

    /** The project file as Lectern made it: the tidied text, a highlight on each side of the collapsed run. */
    private Path oldProject(List<String> quotes) throws Exception {
        assertEquals(TextNormalizer.tidy(ORIGINAL), STORED, "the fixture is what Lectern stored for the text");
        Path file = folder.resolve("walks.lectern");
        try (ProjectSession session = new ProjectSession(ProjectFiles.create(file), "Ada Lovelace")) {
            ProjectSetup.ensureDefaultTags(session);
            Edit add = session.edits().addDocument("Walk 2", DocumentMetadata.EMPTY, STORED);
            session.perform(add);
            UUID document = TestProject.created(add, Document.class).id();
            UUID tag = session.state().tags().get(0).id();
            for (String quote : quotes) {
                int start = STORED.indexOf(quote);
                session.perform(session.edits().annotate(document, start, start + quote.length(), tag));
            }
        }
        return file;
    }

    @Test
    void aProjectStoredTidiedOpensWithItsTextAndEveryPassageInPlace() throws Exception {
        List<String> quotes = List.of("Walk 2 \u2014 notes", "Map\n\nOur", "the bridge 𝔸 is gone");
        Path file = oldProject(quotes);

        try (ProjectSession session = new ProjectSession(ProjectFiles.open(file), "Ada Lovelace")) {
            Document document = session.state().documents().get(0);
            assertEquals(STORED, document.text());
            List<Annotation> annotations = session.state().annotationsOf(document.id());
            assertEquals(quotes, annotations.stream().map(a -> a.passage().quote()).toList());
            for (Annotation annotation : annotations) {
                assertEquals(annotation.passage().quote(),
                        STORED.substring(annotation.passage().start(), annotation.passage().end()));
            }
        }
    }

    @Test
    void aCodingMadeOnTheOriginalLandsOnTheSameWordsOfTheTidiedDocument() throws Exception {
        Path file = oldProject(List.of());

        try (ProjectSession session = new ProjectSession(ProjectFiles.open(file), "Ada Lovelace")) {
            ExchangeImport imported = AnnotationExchange.importInto(session, qdpx());

            assertEquals(List.of(), imported.unplaced());
            assertEquals(1, session.state().documents().size(), "the coding goes into the document there is");
            Document document = session.state().documents().get(0);
            assertEquals(STORED, document.text(), "a stored text is never rewritten");
            Annotation map = session.state().annotationsOf(document.id()).get(0);
            assertEquals("Map\n\nOur", map.passage().quote());
            assertEquals(STORED.indexOf("Map"), map.passage().start());
            assertEquals("Mia", map.stamp().author());
        }
    }
}
