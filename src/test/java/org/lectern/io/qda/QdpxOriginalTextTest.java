package org.lectern.io.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.text.TextNormalizer;

/**
 * Codings made in MAXQDA (a Windows text: CRLF) and QualCoder (a byte order mark, LF) on texts with runs of blank
 * lines, trailing spaces, tabs, emoji and combining marks land on exactly the characters their author coded.
 * The positions in the files were counted by hand, in code points of the text as the archive holds it (after a
 * byte order mark), as REFI-QDA programs count them.
 */
class QdpxOriginalTextTest {
    /** As MAXQDA on Windows writes a source: CRLF line endings, no byte order mark. */
    static final String WALK = "Walk 2 \u2014 notes  \r\n\r\nMap\r\n\r\n\r\n\r\n\r\nOur route\tcrossed the ford 🧭 at"
            + " dawn.   \r\nThe cafe\u0301 owner said \"the bridge 𝔸 is gone\".\r\n";
    /** As QualCoder writes a source: UTF-8 with a byte order mark, LF line endings. */
    static final String INTERVIEW = "\uFEFFInterview, 4 May\n\n\n\nMap\n\n\n\n\nOur  \nguide 😀 said: \"Te\u0301a\u0300"
            + " first\".\t\n";

    static final String MAXQDA = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Fieldwork" origin="MAXQDA 2022 (Release 22.8.0)"
                creatingUserGUID="7E4E1B4E-2A3C-4B5D-9E6F-10A1B2C3D4E5">
              <Users><User guid="7E4E1B4E-2A3C-4B5D-9E6F-10A1B2C3D4E5" name="Mia"/></Users>
              <CodeBook><Codes>
                <Code guid="C1A00000-0000-4000-8000-000000000001" name="Place" isCodable="true" color="#ff0000"/>
                <Code guid="C1A00000-0000-4000-8000-000000000002" name="Event" isCodable="true" color="#0000ff"/>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="5A000000-0000-4000-8000-000000000001" name="Walk 2"
                    plainTextPath="internal://5A000000-0000-4000-8000-000000000001.txt"
                    creatingUser="7E4E1B4E-2A3C-4B5D-9E6F-10A1B2C3D4E5" creationDateTime="2024-05-03T10:00:00Z">
                  <PlainTextSelection guid="5E000000-0000-4000-8000-000000000001" name="Map...Our"
                      startPosition="20" endPosition="36" creatingUser="7E4E1B4E-2A3C-4B5D-9E6F-10A1B2C3D4E5">
                    <Coding guid="C0000000-0000-4000-8000-000000000001">
                      <CodeRef targetGUID="C1A00000-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="5E000000-0000-4000-8000-000000000002" name="ford"
                      startPosition="55" endPosition="69" creatingUser="7E4E1B4E-2A3C-4B5D-9E6F-10A1B2C3D4E5">
                    <Coding guid="C0000000-0000-4000-8000-000000000002">
                      <CodeRef targetGUID="C1A00000-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="5E000000-0000-4000-8000-000000000003" name="bridge"
                      startPosition="97" endPosition="117" creatingUser="7E4E1B4E-2A3C-4B5D-9E6F-10A1B2C3D4E5">
                    <Coding guid="C0000000-0000-4000-8000-000000000003">
                      <CodeRef targetGUID="C1A00000-0000-4000-8000-000000000002"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="5E000000-0000-4000-8000-000000000004" name="heading"
                      startPosition="0" endPosition="16" creatingUser="7E4E1B4E-2A3C-4B5D-9E6F-10A1B2C3D4E5">
                    <Coding guid="C0000000-0000-4000-8000-000000000004">
                      <CodeRef targetGUID="C1A00000-0000-4000-8000-000000000002"/></Coding>
                  </PlainTextSelection>
                </TextSource>
              </Sources>
            </Project>
            """;

    static final String QUALCODER = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Interviews" origin="QualCoder 3.6">
              <Users><User guid="a1b2c3d4-0000-4000-8000-000000000001" name="Jo"/></Users>
              <CodeBook><Codes>
                <Code guid="c0de0000-0000-4000-8000-000000000001" name="Place" isCodable="true" color="#FF0000"/>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="50000000-0000-4000-8000-000000000002" name="Interview 4 May"
                    plainTextPath="internal://50000000-0000-4000-8000-000000000002.txt">
                  <PlainTextSelection guid="5e000000-0000-4000-8000-000000000011" name="Map\n\n\n\n\nOur"
                      startPosition="20" endPosition="31" creatingUser="a1b2c3d4-0000-4000-8000-000000000001">
                    <Coding guid="c0000000-0000-4000-8000-000000000011" creatingUser="a1b2c3d4-0000-4000-8000-000000000001">
                      <CodeRef targetGUID="c0de0000-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="5e000000-0000-4000-8000-000000000012" name="guide said"
                      startPosition="34" endPosition="46" creatingUser="a1b2c3d4-0000-4000-8000-000000000001">
                    <Coding guid="c0000000-0000-4000-8000-000000000012" creatingUser="a1b2c3d4-0000-4000-8000-000000000001">
                      <CodeRef targetGUID="c0de0000-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="5e000000-0000-4000-8000-000000000013" name="first"
                      startPosition="49" endPosition="60" creatingUser="a1b2c3d4-0000-4000-8000-000000000001">
                    <Coding guid="c0000000-0000-4000-8000-000000000013" creatingUser="a1b2c3d4-0000-4000-8000-000000000001">
                      <CodeRef targetGUID="c0de0000-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                </TextSource>
              </Sources>
            </Project>
            """;

    /**
     * As ATLAS.ti writes a project: the same CRLF text, but positions that count each line break as one
     * character. (ATLAS.ti puts its sources under {@code Sources/}; the folder is not what this is about.)
     */
    static final String ATLAS = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Fieldwork" origin="ATLAS.ti 23.2.1 (Windows)">
              <Users><User guid="0b1e2f3a-0000-4000-8000-000000000001" name="Lea"/></Users>
              <CodeBook><Codes>
                <Code guid="0c0de000-0000-4000-8000-000000000001" name="Place" isCodable="true" color="#00ff00"/>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="0a000000-0000-4000-8000-000000000001" name="Walk 2"
                    plainTextPath="internal://0a000000-0000-4000-8000-000000000001.txt">
                  <PlainTextSelection guid="0e000000-0000-4000-8000-000000000001" name="1:1 Map Our"
                      startPosition="18" endPosition="29" creatingUser="0b1e2f3a-0000-4000-8000-000000000001">
                    <Coding guid="0c000000-0000-4000-8000-000000000001">
                      <CodeRef targetGUID="0c0de000-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="0e000000-0000-4000-8000-000000000002" name="1:2 the bridge"
                      startPosition="89" endPosition="109" creatingUser="0b1e2f3a-0000-4000-8000-000000000001">
                    <Coding guid="0c000000-0000-4000-8000-000000000002">
                      <CodeRef targetGUID="0c0de000-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                </TextSource>
              </Sources>
            </Project>
            """;

    @TempDir
    Path folder;

    static Path maxqdaFile(Path folder) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", MAXQDA.getBytes(StandardCharsets.UTF_8));
        entries.put("sources/5A000000-0000-4000-8000-000000000001.txt", WALK.getBytes(StandardCharsets.UTF_8));
        return QdaFixtures.zip(folder.resolve("fieldwork.qdpx"), entries);
    }

    private Path qualCoderFile() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", QUALCODER.getBytes(StandardCharsets.UTF_8));
        entries.put("sources/50000000-0000-4000-8000-000000000002.txt", INTERVIEW.getBytes(StandardCharsets.UTF_8));
        return QdaFixtures.zip(folder.resolve("interviews.qdpx"), entries);
    }

    private static List<String> quotes(ExchangeImport imported) {
        return QdaFixtures.created(imported.changes(), Annotation.class).stream().map(a -> a.passage().quote())
                .toList();
    }

    private static void assertInPlace(Document document, List<Annotation> annotations) {
        for (Annotation annotation : annotations) {
            assertEquals(document.id(), annotation.documentId());
            assertEquals(annotation.passage().quote(),
                    document.text().substring(annotation.passage().start(), annotation.passage().end()));
        }
    }

    @Test
    void aMaxqdaSourceIsKeptAsItCameWithItsLineEndingsNormalised() throws Exception {
        ExchangeImport imported = new QdpxImport().read(maxqdaFile(folder), QdaFixtures.empty(), "Analyst");

        Document walk = QdaFixtures.created(imported.changes(), Document.class).get(0);
        assertEquals(WALK.replace("\r\n", "\n"), walk.text());
    }

    @Test
    void maxqdaCodingsCountedOnTheCrlfTextLandOnTheCodedCharacters() throws Exception {
        ExchangeImport imported = new QdpxImport().read(maxqdaFile(folder), QdaFixtures.empty(), "Analyst");

        assertEquals(List.of(), imported.unplaced());
        assertEquals(List.of("Map\n\n\n\n\nOur", "ford 🧭 at dawn", "the bridge 𝔸 is gone", "Walk 2 \u2014 notes  "),
                quotes(imported));
        assertInPlace(QdaFixtures.created(imported.changes(), Document.class).get(0),
                QdaFixtures.created(imported.changes(), Annotation.class));
    }

    @Test
    void qualCoderCodingsCountedAfterTheByteOrderMarkLandOnTheCodedCharacters() throws Exception {
        ExchangeImport imported = new QdpxImport().read(qualCoderFile(), QdaFixtures.empty(), "Analyst");

        assertEquals(List.of(), imported.unplaced());
        Document interview = QdaFixtures.created(imported.changes(), Document.class).get(0);
        assertEquals(INTERVIEW.substring(1), interview.text());
        assertEquals(List.of("Map\n\n\n\n\nOur", "guide 😀 said", "Te\u0301a\u0300 first"), quotes(imported));
        assertInPlace(interview, QdaFixtures.created(imported.changes(), Annotation.class));
    }

    @Test
    void atlasTiCodingsThatCountALineBreakAsOneCharacterLandOnTheCodedCharacters() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", ATLAS.getBytes(StandardCharsets.UTF_8));
        entries.put("sources/0a000000-0000-4000-8000-000000000001.txt", WALK.getBytes(StandardCharsets.UTF_8));

        ExchangeImport imported = new QdpxImport().read(QdaFixtures.zip(folder.resolve("atlas.qdpx"), entries),
                QdaFixtures.empty(), "Analyst");

        assertEquals(List.of(), imported.unplaced());
        assertEquals(List.of("Map\n\n\n\n\nOur", "the bridge 𝔸 is gone"), quotes(imported));
        Document walk = QdaFixtures.created(imported.changes(), Document.class).get(0);
        assertEquals(WALK.replace("\r\n", "\n"), walk.text());
        assertInPlace(walk, QdaFixtures.created(imported.changes(), Annotation.class));
    }

    @Test
    void aColleaguesFileFromAnOlderLecternFindsTheArticleKeptAsItCame() throws Exception {
        String tidied = TextNormalizer.tidy(WALK);
        // The older Lectern's export: its tidied text, and a coding counted on it ("Map\n\nOur" at 16–24).
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Walks" origin="Lectern">
                  <Users><User guid="0b1e2f3a-0000-4000-8000-00000000000b" name="Ben"/></Users>
                  <CodeBook><Codes>
                    <Code guid="0c0de000-0000-4000-8000-00000000000b" name="Place" isCodable="true" color="#00ff00"/>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="0a000000-0000-4000-8000-00000000000b" name="Walk 2"
                        plainTextPath="internal://0a000000-0000-4000-8000-00000000000b.txt">
                      <PlainTextSelection guid="0e000000-0000-4000-8000-00000000000b" name="Map Our"
                          startPosition="16" endPosition="24" creatingUser="0b1e2f3a-0000-4000-8000-00000000000b">
                        <Coding guid="0c000000-0000-4000-8000-00000000000b">
                          <CodeRef targetGUID="0c0de000-0000-4000-8000-00000000000b"/></Coding>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                </Project>
                """;
        assertEquals("Map\n\nOur", tidied.substring(16, 24));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        entries.put("sources/0a000000-0000-4000-8000-00000000000b.txt", tidied.getBytes(StandardCharsets.UTF_8));
        Document kept = new Document(UUID.randomUUID(), "Walk 2", DocumentMetadata.EMPTY, WALK.replace("\r\n", "\n"),
                Stamp.now("Ada"));
        ProjectSnapshot project = new ProjectSnapshot(List.of(kept), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());

        ExchangeImport imported = new QdpxImport().read(QdaFixtures.zip(folder.resolve("ben.qdpx"), entries),
                project, "Ada");

        assertEquals(List.of(), QdaFixtures.created(imported.changes(), Document.class), "no second copy");
        assertEquals(List.of("Map\n\n\n\n\nOur"), quotes(imported));
        assertInPlace(kept, QdaFixtures.created(imported.changes(), Annotation.class));
    }

    @Test
    void inADocumentTodaysLecternStoredTidiedTheCodingsLandOnTheSameWords() throws Exception {
        // What Lectern stored for this source before it kept texts as they came.
        Document tidied = new Document(UUID.randomUUID(), "Walk 2", DocumentMetadata.EMPTY,
                "Walk 2 \u2014 notes\n\nMap\n\nOur route\tcrossed the ford 🧭 at dawn.\nThe cafe\u0301 owner said"
                        + " \"the bridge 𝔸 is gone\".", Stamp.now("Mia"));
        assertEquals(TextNormalizer.tidy(WALK), tidied.text());
        ProjectSnapshot project = new ProjectSnapshot(List.of(tidied), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());

        ExchangeImport imported = new QdpxImport().read(maxqdaFile(folder), project, "Analyst");

        assertEquals(List.of(), QdaFixtures.created(imported.changes(), Document.class), "no second copy");
        assertEquals(List.of(), imported.unplaced());
        assertEquals(List.of("Map\n\nOur", "ford 🧭 at dawn", "the bridge 𝔸 is gone", "Walk 2 \u2014 notes"),
                quotes(imported));
        assertInPlace(tidied, QdaFixtures.created(imported.changes(), Annotation.class));
    }
}
