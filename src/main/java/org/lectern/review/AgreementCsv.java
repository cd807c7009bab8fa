package org.lectern.review;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an agreement report as CSV (RFC 4180, through Commons CSV) for a spreadsheet: {@link #write}
 * one row per document and tag, then the pooled rows; {@link #writeRecords} the grade and link measures
 * as measure,value rows. Numbers use a dot and four decimals; an undefined measure is an empty cell.
 */
public final class AgreementCsv {
    static final List<String> TAG_COLUMNS = List.of("document", "tag", "a_annotations", "b_annotations",
            "correct", "partial", "missing", "spurious", "strict_precision", "strict_recall", "strict_f1",
            "lenient_precision", "lenient_recall", "lenient_f1", "chars_both", "chars_only_a", "chars_only_b",
            "chars_neither", "char_agreement", "kappa", "matched_passages", "same_tag", "alpha_nominal");

    private AgreementCsv() {
    }

    /** The tag table; does not close the writer. */
    public static void write(AgreementReport report, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(TAG_COLUMNS.toArray(String[]::new)).get());
        for (TagAgreement row : report.documentRows()) {
            csv.printRecord(cells(row));
        }
        for (TagAgreement row : report.corpusRows()) {
            csv.printRecord(cells(row));
        }
        csv.flush();
    }

    /** Grades and links, one measure a row; does not close the writer. */
    public static void writeRecords(AgreementReport report, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("measure", "value").get());
        GradeAgreement grades = report.grades();
        csv.printRecord("matched_evidence", grades.matchedEvidence());
        csv.printRecord("evidence_only_a", grades.evidenceOnlyA());
        csv.printRecord("evidence_only_b", grades.evidenceOnlyB());
        csv.printRecord("same_grade", grades.sameGrade());
        csv.printRecord("reliability_alpha_ordinal", number(grades.reliabilityAlpha()));
        csv.printRecord("credibility_alpha_ordinal", number(grades.credibilityAlpha()));
        LinkAgreement links = report.links();
        csv.printRecord("matched_claims", links.matchedClaims());
        csv.printRecord("evidence_claim_pairs", links.pairs());
        for (LinkJudgement a : LinkJudgement.values()) {
            for (LinkJudgement b : LinkJudgement.values()) {
                csv.printRecord("pairs_a_" + key(a) + "_b_" + key(b), links.count(a, b));
            }
        }
        csv.printRecord("link_agreement", number(links.observedAgreement()));
        csv.printRecord("link_kappa", number(links.kappa()));
        csv.printRecord("link_agreement_where_linked", number(links.agreementWhereLinked()));
        csv.flush();
    }

    private static List<Object> cells(TagAgreement row) {
        SpanCounts spans = row.spans();
        CharacterCounts chars = row.characters();
        List<Object> cells = new ArrayList<>(TAG_COLUMNS.size());
        cells.add(row.document());
        cells.add(row.tag());
        cells.add(spans.keys());
        cells.add(spans.responses());
        cells.add(spans.correct());
        cells.add(spans.partial());
        cells.add(spans.missing());
        cells.add(spans.spurious());
        cells.add(number(spans.strictPrecision()));
        cells.add(number(spans.strictRecall()));
        cells.add(number(spans.strictF1()));
        cells.add(number(spans.lenientPrecision()));
        cells.add(number(spans.lenientRecall()));
        cells.add(number(spans.lenientF1()));
        cells.add(chars.both());
        cells.add(chars.onlyA());
        cells.add(chars.onlyB());
        cells.add(chars.neither());
        cells.add(number(chars.observedAgreement()));
        cells.add(number(chars.kappa()));
        cells.add(row.matchedPassages());
        cells.add(row.sameTag());
        cells.add(number(row.alphaNominal()));
        return cells;
    }

    static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String key(LinkJudgement judgement) {
        return judgement.name().toLowerCase(Locale.ROOT);
    }
}
