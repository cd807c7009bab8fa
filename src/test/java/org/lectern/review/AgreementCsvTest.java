package org.lectern.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.review.ProjectBuilder.ANA;
import static org.lectern.review.ProjectBuilder.BEN;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.lectern.model.Document;
import org.lectern.model.Tag;

/** The agreement table as a spreadsheet and as plain text. */
class AgreementCsvTest {
    private final AgreementReport report = partialOverlapReport();

    @Test
    void theCsvHasOneRowPerDocumentAndTagThenThePooledRows() throws IOException {
        List<CSVRecord> rows = parse(write(report));

        assertEquals(AgreementCsv.TAG_COLUMNS, rows.get(0).getParser().getHeaderNames());
        assertEquals(List.of("Report, \"draft\"|Person", "Report, \"draft\"|All tags", "All documents|Person",
                "All documents|All tags"), rows.stream().map(row -> row.get("document") + "|" + row.get("tag")).toList());
        CSVRecord person = rows.get(0);
        assertEquals("1", person.get("correct"));
        assertEquals("1", person.get("partial"));
        assertEquals("0.5000", person.get("strict_f1"));
        assertEquals("1.0000", person.get("lenient_f1"));
        assertEquals("0.7619", person.get("kappa"));
        assertEquals("–", person.get("alpha_nominal"), "both matched pairs are Person/Person: nothing varied");
        assertEquals("alpha_nominal: only one category used: the tag is on every matched passage",
                person.get("undefined"));
    }

    @Test
    void anUndefinedMeasureIsADashWithItsReasonBesideIt() throws IOException {
        List<CSVRecord> rows = parse(writeRecords(report));
        Map<String, String> measures = rows.stream()
                .collect(Collectors.toMap(row -> row.get("measure"), row -> row.get("value")));
        Map<String, String> reasons = rows.stream()
                .collect(Collectors.toMap(row -> row.get("measure"), row -> row.get("undefined_because")));

        assertEquals("0", measures.get("matched_evidence"));
        assertEquals("–", measures.get("reliability_alpha_ordinal"));
        assertEquals("no matched evidence", reasons.get("reliability_alpha_ordinal"));
        assertEquals("0", measures.get("evidence_claim_pairs"));
        assertEquals("–", measures.get("link_kappa"));
        assertEquals("no matched evidence and claims", reasons.get("link_kappa"));
        assertEquals("–", measures.get("link_agreement_where_linked"));
        assertEquals("", reasons.get("matched_evidence"));
    }

    @Test
    void thePlainTextTableLinesUpOneLinePerRow() {
        String text = AgreementText.format(report);
        List<String> block = text.lines().skip(2).takeWhile(line -> !line.isEmpty()).toList();
        List<String> tableLines = block.stream().filter(line -> !line.startsWith("[")).toList();
        List<String> notes = block.stream().filter(line -> line.startsWith("[")).toList();

        assertEquals(5, tableLines.size(), text);
        assertTrue(tableLines.get(0).startsWith("Document"));
        assertEquals(1, tableLines.stream().map(String::length).distinct().count(), "columns line up");
        assertEquals(List.of("[1] only one category used: the tag is on every matched passage",
                "[2] only one category used"), notes, text);
        assertTrue(tableLines.get(1).matches(".* 0\\.762 +– \\[1\\]"), "κ, then the undefined α with its note: " + text);
        assertTrue(text.contains("Evidence grades: 0 matched"), text);
        assertTrue(text.contains("α ordinal reliability – (no matched evidence)"), text);
    }

    private static AgreementReport partialOverlapReport() {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Report, \"draft\"", "x".repeat(100));
        Tag person = project.tag("Person");
        project.annotate(ANA, document, person, 0, 10);
        project.annotate(ANA, document, person, 20, 40);
        project.annotate(BEN, document, person, 0, 10);
        project.annotate(BEN, document, person, 25, 45);
        return Agreement.between(project.snapshot(), ANA, BEN);
    }

    private static String write(AgreementReport report) throws IOException {
        StringWriter out = new StringWriter();
        AgreementCsv.write(report, out);
        return out.toString();
    }

    private static String writeRecords(AgreementReport report) throws IOException {
        StringWriter out = new StringWriter();
        AgreementCsv.writeRecords(report, out);
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
