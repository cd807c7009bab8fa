package org.lectern.io.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.ActorKind;
import org.lectern.model.ClaimStatus;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Likelihood;

class CsvExportTest {
    @TempDir
    Path folder;

    @Test
    void theFileStartsWithAByteOrderMarkAndUsesCrlf() throws Exception {
        byte[] bytes = export(ReportFixture.sample());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFdocument,start,end,quote,tag,note,author,actor,claim,evidence,created\r\n"));
    }

    @Test
    void eachAnnotationIsARowNamingTheRecordsThatUseIt() throws Exception {
        ReportFixture f = ReportFixture.sample();
        List<CSVRecord> rows = read(export(f));
        assertEquals(f.annotations.size(), rows.size());
        CSVRecord serials = rows.stream().filter(r -> r.get("quote").startsWith("Serial numbers")).findFirst()
                .orElseThrow();
        assertEquals("Evidence", serials.get("tag"));
        assertEquals("Serial numbers on 11 tubes fall within lot 21-0467", serials.get("evidence"));
        assertEquals("Ana", serials.get("author"));
        assertEquals("2024-03-15T09:30:00Z", serials.get("created"));
        int start = Integer.parseInt(serials.get("start"));
        assertEquals(serials.get("quote"), f.documents.get(0).text().substring(start,
                Integer.parseInt(serials.get("end"))));
        CSVRecord camg = rows.stream().filter(r -> r.get("quote").contains("(CAMG)")).findFirst().orElseThrow();
        assertEquals("Corridor Arms Monitoring Group", camg.get("actor"));
    }

    @Test
    void commasQuotesAndNewlinesSurvive() throws Exception {
        ReportFixture f = new ReportFixture();
        String text = "He said, \"no\"; then\r\nleft.\nZürich — 北京 😀";
        var document = f.document("Title, \"quoted\"", DocumentMetadata.EMPTY, text);
        var whole = f.highlight(document, text, "Quote", "Note with, comma\nand \"quotes\"\n", "Ana");
        var actor = f.actor("Actor; one", ActorKind.PERSON, List.of(), "Ana", whole);
        f.actor("Actor two", ActorKind.PERSON, List.of(), "Ana", whole);
        f.claim("Claim \"x\"", actor, ClaimStatus.ASSERTED, Likelihood.LIKELY, "Ana", whole);
        CSVRecord row = read(export(f)).get(0);
        assertEquals("Title, \"quoted\"", row.get("document"));
        assertEquals(text, row.get("quote"));
        assertEquals("Note with, comma\nand \"quotes\"\n", row.get("note"));
        assertEquals("Actor; one; Actor two", row.get("actor"));
        assertEquals("Claim \"x\"", row.get("claim"));
    }

    @Test
    void cellsThatWouldRunAsFormulasGetAnApostrophe() throws Exception {
        ReportFixture f = new ReportFixture();
        String text = "=HYPERLINK(\"http://x\") +1 -2 @SUM(A1) plain";
        var document = f.document("=1+1", DocumentMetadata.EMPTY, text);
        f.highlight(document, "=HYPERLINK(\"http://x\")", "Quote", "+note", "Ana");
        f.highlight(document, "-2", "Quote", "@note", "Ana");
        f.highlight(document, "plain", "Quote", "", "Ana");
        List<CSVRecord> rows = read(export(f));
        assertEquals("'=1+1", rows.get(0).get("document"));
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(0).get("quote"));
        assertEquals("'+note", rows.get(0).get("note"));
        assertEquals("'-2", rows.get(1).get("quote"));
        assertEquals("'@note", rows.get(1).get("note"));
        assertEquals("plain", rows.get(2).get("quote"));
        assertEquals("'\tx", CsvCells.safe("\tx"));
    }

    private byte[] export(ReportFixture f) throws Exception {
        Path target = folder.resolve("annotations.csv");
        new CsvExport().export(f.snapshot(), ExportScope.EVERYTHING, target, Progress.NONE);
        return Files.readAllBytes(target);
    }

    private static List<CSVRecord> read(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(reader)) {
            assertEquals(List.of(CsvExport.HEADER), parser.getHeaderNames());
            return parser.getRecords();
        }
    }
}
