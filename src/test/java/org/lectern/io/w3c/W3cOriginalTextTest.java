package org.lectern.io.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.DocumentImporter;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stamp;

/**
 * Annotations made on a plain text file in a browser (as Hypothesis makes them) or by a tool that gives only a
 * TextPositionSelector land on exactly the characters their author selected in the document Lectern made of the
 * same file. A browser shows a CRLF file with LF line endings and no byte order mark, so that is the text the
 * positions count; Hypothesis counts them in UTF-16 units, the W3C model in code points.
 */
class W3cOriginalTextTest {
    private static final String URL = "https://fieldwork.example/walk-2.txt";
    /** The file as saved on Windows: a byte order mark, CRLF, blank-line runs, trailing spaces, a tab. */
    private static final String FILE = "\uFEFFWalk 2 \u2014 notes  \r\n\r\nMap\r\n\r\n\r\n\r\n\r\nOur route\tcrossed the"
            + " ford 🧭 at dawn.   \r\nThe cafe\u0301 owner said \"the bridge 𝔸 is gone\".\r\n";

    /** Positions: 18–29 before any character outside the BMP; 89–109 in code points is 90–111 in UTF-16 units. */
    private static final String ANNOTATIONS = """
            [{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
              "id": "https://hypothes.is/a/Xq3mD2fQEe-map", "creator": "acct:mia@hypothes.is",
              "created": "2024-05-04T08:00:00.000000+00:00", "modified": "2024-05-04T08:00:00.000000+00:00",
              "body": [{"type": "TextualBody", "value": "where the path splits", "format": "text/markdown"},
                       {"type": "TextualBody", "purpose": "tagging", "value": "Place"}],
              "target": [{"source": "https://fieldwork.example/walk-2.txt",
                          "selector": [{"type": "RangeSelector", "startContainer": "/pre[1]", "startOffset": 18,
                                        "endContainer": "/pre[1]", "endOffset": 29},
                                       {"type": "TextPositionSelector", "start": 18, "end": 29},
                                       {"type": "TextQuoteSelector", "exact": "Map\\n\\n\\n\\n\\nOur",
                                        "prefix": "Walk 2 \u2014 notes  \\n\\n", "suffix": " route\\tcrossed the"}]}]},
             {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
              "id": "https://hypothes.is/a/Xq3mD2fQEe-bridge", "creator": "acct:mia@hypothes.is",
              "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Event"}],
              "target": [{"source": "https://fieldwork.example/walk-2.txt",
                          "selector": [{"type": "TextPositionSelector", "start": 90, "end": 111},
                                       {"type": "TextQuoteSelector", "exact": "the bridge 𝔸 is gone",
                                        "prefix": "owner said \\"", "suffix": "\\"."}]}]},
             {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
              "id": "urn:uuid:6a1f0c1e-8f7b-4c1d-9a43-2b5f3f1d0e01", "creator": "Mia",
              "body": {"type": "TextualBody", "purpose": "tagging", "value": "Place"},
              "target": {"source": "https://fieldwork.example/walk-2.txt",
                         "selector": {"type": "TextPositionSelector", "start": 89, "end": 109}}}]
            """;

    @TempDir
    Path folder;

    private Document importedDocument() throws Exception {
        Path file = Files.write(folder.resolve("walk-2.txt"), FILE.getBytes(StandardCharsets.UTF_8));
        String text = new DocumentImporter().importFile(file).text();
        return new Document(UUID.randomUUID(), "Walk 2", new DocumentMetadata("", "", "", URL), text,
                Stamp.now("Ada"));
    }

    private List<Annotation> importInto(Document document) throws Exception {
        Path file = Files.writeString(folder.resolve("hypothesis.jsonld"), ANNOTATIONS, StandardCharsets.UTF_8);
        ExchangeImport imported = new W3cImport().read(file, Projects.withDocuments(document), "Ada");
        assertEquals(List.of(), imported.unplaced());
        return imported.changes().stream().map(Change::after).filter(Annotation.class::isInstance)
                .map(Annotation.class::cast).toList();
    }

    @Test
    void aBrowserAnnotationAcrossARunOfBlankLinesLandsOnTheSelectedCharacters() throws Exception {
        Document walk = importedDocument();

        Annotation map = importInto(walk).get(0);

        assertEquals("Map\n\n\n\n\nOur", map.passage().quote());
        assertEquals(18, map.passage().start());
        assertEquals(29, map.passage().end());
        assertEquals("where the path splits", map.note());
    }

    @Test
    void positionsAfterCharactersOutsideTheBmpLandOnTheSameWordsWhetherCountedInUnitsOrCodePoints()
            throws Exception {
        Document walk = importedDocument();
        int bridge = walk.text().indexOf("the bridge 𝔸 is gone");

        List<Annotation> annotations = importInto(walk);

        for (Annotation annotation : annotations.subList(1, 3)) {
            assertEquals("the bridge 𝔸 is gone", annotation.passage().quote());
            assertEquals(bridge, annotation.passage().start());
            assertEquals(bridge + "the bridge 𝔸 is gone".length(), annotation.passage().end());
        }
    }
}
