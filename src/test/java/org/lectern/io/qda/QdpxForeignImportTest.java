package org.lectern.io.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
import org.lectern.model.Tag;

/** Files as other QDA programs write them: braces in GUIDs, CRLF texts, inline text, short colours. */
class QdpxForeignImportTest {
    private static final String QDE = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Fieldwork" origin="QualCoder">
              <Users><User guid="{AAAAAAAA-0000-0000-0000-000000000001}" name="Jo"/></Users>
              <CodeBook><Codes>
                <Code guid="{C0DE0000-0000-0000-0000-000000000001}" name="claim" isCodable="true" color="#F0A"/>
                <Code guid="{C0DE0000-0000-0000-0000-000000000002}" name="Place" isCodable="true">
                  <Description>Where it happened</Description>
                </Code>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="{50000000-0000-0000-0000-000000000001}" name="Interview 1"
                    plainTextPath="internal://interview.txt" creatingUser="{AAAAAAAA-0000-0000-0000-000000000001}"
                    creationDateTime="2023-03-04T05:06:07">
                  <PlainTextSelection guid="{5E100000-0000-0000-0000-000000000001}" name="harbour"
                      startPosition="7" endPosition="14" creatingUser="{aaaaaaaa-0000-0000-0000-000000000001}"
                      creationDateTime="2023-03-04T06:00:00+01:00">
                    <Coding guid="{C0D10000-0000-0000-0000-000000000001}">
                      <CodeRef targetGUID="{C0DE0000-0000-0000-0000-000000000002}"/></Coding>
                    <Coding guid="{C0D10000-0000-0000-0000-000000000002}">
                      <CodeRef targetGUID="{C0DE0000-0000-0000-0000-000000000001}"/></Coding>
                    <NoteRef targetGUID="{4E000000-0000-0000-0000-000000000001}"/>
                  </PlainTextSelection>
                  <PlainTextSelection guid="{5E100000-0000-0000-0000-000000000002}" name="after crlf"
                      startPosition="18" endPosition="22">
                    <Coding guid="{C0D10000-0000-0000-0000-000000000003}">
                      <CodeRef targetGUID="{C0DE0000-0000-0000-0000-000000000002}"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="{5E100000-0000-0000-0000-000000000003}" name="too far"
                      startPosition="20" endPosition="900">
                    <Coding guid="{C0D10000-0000-0000-0000-000000000004}">
                      <CodeRef targetGUID="{C0DE0000-0000-0000-0000-000000000002}"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="{5E100000-0000-0000-0000-000000000004}" name="unknown code"
                      startPosition="0" endPosition="5">
                    <Coding guid="{C0D10000-0000-0000-0000-000000000005}">
                      <CodeRef targetGUID="{C0DE0000-0000-0000-0000-0000000000FF}"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="{5E100000-0000-0000-0000-000000000005}" name="uncoded"
                      startPosition="0" endPosition="5"/>
                </TextSource>
                <TextSource guid="{50000000-0000-0000-0000-000000000002}" name="Memo">
                  <PlainTextContent>🇪🇸 𝔸 inline text</PlainTextContent>
                  <PlainTextSelection guid="{5E100000-0000-0000-0000-000000000006}" name="inline"
                      startPosition="5" endPosition="11">
                    <Coding guid="{C0D10000-0000-0000-0000-000000000006}">
                      <CodeRef targetGUID="{C0DE0000-0000-0000-0000-000000000002}"/></Coding>
                  </PlainTextSelection>
                </TextSource>
                <PDFSource guid="{50000000-0000-0000-0000-000000000003}" name="Scan"/>
              </Sources>
              <Notes>
                <Note guid="{4E000000-0000-0000-0000-000000000001}" name="memo">
                  <PlainTextContent>Check the date.</PlainTextContent>
                </Note>
              </Notes>
            </Project>
            """;
    /**
     * CRLF line ends, which Lectern normalises to LF, and trailing spaces, which it keeps, after a byte order
     * mark, which is not part of the text (positions count from after it).
     */
    private static final String INTERVIEW = "\uFEFFAt the harbour  \r\nthey saw ships.";

    @TempDir
    Path folder;

    private ExchangeImport importInto(ProjectSnapshot project) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", QDE.getBytes(StandardCharsets.UTF_8));
        entries.put("sources/interview.txt", INTERVIEW.getBytes(StandardCharsets.UTF_8));
        return new QdpxImport().read(QdaFixtures.zip(folder.resolve("fieldwork.qdpx"), entries), project, "Analyst");
    }

    @Test
    void selectionsAreFoundInTheNormalisedTextAndStampedWithTheirUsers() throws Exception {
        ExchangeImport imported = importInto(QdaFixtures.empty());
        List<Document> documents = QdaFixtures.created(imported.changes(), Document.class);
        assertEquals(List.of("Interview 1", "Memo"), documents.stream().map(Document::title).toList());
        Document interview = documents.get(0);
        assertEquals("At the harbour  \nthey saw ships.", interview.text());
        assertEquals(new Stamp("Jo", Instant.parse("2023-03-04T05:06:07Z"), Instant.parse("2023-03-04T05:06:07Z")),
                interview.stamp());

        List<Annotation> annotations = QdaFixtures.created(imported.changes(), Annotation.class);
        List<String> quotes = annotations.stream().map(a -> a.passage().quote()).toList();
        assertEquals(List.of("harbour", "harbour", "they", "inline"), quotes);
        Annotation harbour = annotations.get(0);
        assertEquals(7, harbour.passage().start());
        assertEquals("Check the date.", harbour.note());
        assertEquals(new Stamp("Jo", Instant.parse("2023-03-04T05:00:00Z"), Instant.parse("2023-03-04T05:00:00Z")),
                harbour.stamp());
        assertEquals("Analyst", annotations.get(2).stamp().author(), "no creating user: the importing analyst");
        // "🇪🇸 𝔸 " is 5 code points and 8 chars.
        assertEquals(8, annotations.get(3).passage().start());
    }

    @Test
    void codesBecomeTagsWithTheirColourOrANeutralOne() throws Exception {
        List<Tag> tags = QdaFixtures.created(importInto(QdaFixtures.empty()).changes(), Tag.class);
        assertEquals(2, tags.size());
        Tag place = tags.stream().filter(t -> t.name().equals("Place")).findFirst().orElseThrow();
        assertEquals(ImportPlanner.NEUTRAL_COLOR, place.color());
        assertEquals("Where it happened", place.description());
        Tag claim = tags.stream().filter(t -> t.name().equals("claim")).findFirst().orElseThrow();
        assertEquals("#ff00aa", claim.color());
    }

    @Test
    void codesMatchExistingTagsIgnoringCaseAndDocumentsByText() throws Exception {
        Tag existingClaim = new Tag(UUID.randomUUID(), "Claim", "#123456", 1, "");
        Document existing = new Document(UUID.randomUUID(), "Harbour interview", DocumentMetadata.EMPTY,
                "At the harbour\nthey saw ships.", Stamp.now("Someone"));
        ProjectSnapshot project = new ProjectSnapshot(List.of(existing), List.of(existingClaim), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        ExchangeImport imported = importInto(project);
        assertEquals(List.of("Memo"),
                QdaFixtures.created(imported.changes(), Document.class).stream().map(Document::title).toList());
        assertEquals(List.of("Place"),
                QdaFixtures.created(imported.changes(), Tag.class).stream().map(Tag::name).toList());
        Annotation claimed = QdaFixtures.created(imported.changes(), Annotation.class).stream()
                .filter(a -> a.tagId().equals(existingClaim.id())).findFirst().orElseThrow();
        assertEquals(existing.id(), claimed.documentId());
    }

    @Test
    void whatCannotBePlacedIsSaidInWords() throws Exception {
        List<String> unplaced = importInto(QdaFixtures.empty()).unplaced();
        assertEquals(4, unplaced.size(), String.join("\n", unplaced));
        assertTrue(unplaced.get(0).startsWith("PDFSource “Scan” is not a text source"), unplaced.get(0));
        assertEquals("The selection “too far” in “Interview 1” was not imported: its positions 20–900 are not"
                + " inside the text's 33 characters.", unplaced.get(1));
        assertTrue(unplaced.get(2).startsWith("The selection “unknown code” in “Interview 1” is coded with a code"
                + " the file does not define"), unplaced.get(2));
        assertEquals("The selection “uncoded” in “Interview 1” has no code, and a Lectern highlight needs a tag.",
                unplaced.get(3));
    }

    @Test
    void importingTwiceAddsNothingTheSecondTime() throws Exception {
        ExchangeImport first = importInto(QdaFixtures.empty());
        ExchangeImport second = importInto(QdaFixtures.applied(QdaFixtures.empty(), first.changes()));
        assertEquals(List.of(), second.changes());
    }
}
