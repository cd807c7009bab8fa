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
 * as measure,value rows. Numbers use a dot and four decimals. An undefined measure is "–", and the
 * row says why: the last column ({@code undefined}) of the tag table lists "measure: reason" for each, the
 * {@code undefined_because} column of the measure rows gives the reason beside it.
 */
public final class AgreementCsv {
    static final List<String> TAG_COLUMNS = List.of("document", "tag", "a_annotations", "b_annotations",
            "correct", "partial", "missing", "spurious", "strict_precision", "strict_recall", "strict_f1",
            "lenient_precision", "lenient_recall", "lenient_f1", "chars_both", "chars_only_a", "chars_only_b",
            "chars_neither", "char_agreement", "kappa", "matched_passages", "same_tag", "alpha_nominal", "undefined");

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
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("measure", "value", "undefined_because").get());
        GradeAgreement grades = report.grades();
        csv.printRecord("matched_evidence", grades.matchedEvidence(), "");
        csv.printRecord("evidence_only_a", grades.evidenceOnlyA(), "");
        csv.printRecord("evidence_only_b", grades.evidenceOnlyB(), "");
        csv.printRecord("same_grade", grades.sameGrade(), "");
        printFigure(csv, "reliability_alpha_ordinal", grades.reliabilityAlpha());
        printFigure(csv, "credibility_alpha_ordinal", grades.credibilityAlpha());
        LinkAgreement links = report.links();
        csv.printRecord("matched_claims", links.matchedClaims(), "");
        csv.printRecord("evidence_claim_pairs", links.pairs(), "");
        for (LinkJudgement a : LinkJudgement.values()) {
            for (LinkJudgement b : LinkJudgement.values()) {
                csv.printRecord("pairs_a_" + key(a) + "_b_" + key(b), links.count(a, b), "");
            }
        }
        printFigure(csv, "link_agreement", links.observedAgreement());
        printFigure(csv, "link_kappa", links.kappa());
        printFigure(csv, "link_agreement_where_linked", links.agreementWhereLinked());
        csv.flush();
    }

    private static void printFigure(CSVPrinter csv, String measure, Figure figure) throws IOException {
        csv.printRecord(measure, number(figure), figure.defined() ? "" : figure.undefinedBecause());
    }

    private static List<Object> cells(TagAgreement row) {
        SpanCounts spans = row.spans();
        CharacterCounts chars = row.characters();
        List<Object> cells = new ArrayList<>(TAG_COLUMNS.size());
        List<String> undefined = new ArrayList<>();
        cells.add(row.document());
        cells.add(row.tag());
        cells.add(spans.keys());
        cells.add(spans.responses());
        cells.add(spans.correct());
        cells.add(spans.partial());
        cells.add(spans.missing());
        cells.add(spans.spurious());
        cells.add(figure("strict_precision", spans.strictPrecision(), undefined));
        cells.add(figure("strict_recall", spans.strictRecall(), undefined));
        cells.add(figure("strict_f1", spans.strictF1(), undefined));
        cells.add(figure("lenient_precision", spans.lenientPrecision(), undefined));
        cells.add(figure("lenient_recall", spans.lenientRecall(), undefined));
        cells.add(figure("lenient_f1", spans.lenientF1(), undefined));
        cells.add(chars.both());
        cells.add(chars.onlyA());
        cells.add(chars.onlyB());
        cells.add(chars.neither());
        cells.add(figure("char_agreement", chars.observedAgreement(), undefined));
        cells.add(figure("kappa", chars.kappa(), undefined));
        cells.add(row.matchedPassages());
        cells.add(row.sameTag());
        cells.add(figure("alpha_nominal", row.alphaNominal(), undefined));
        cells.add(String.join("; ", undefined));
        return cells;
    }

    private static String figure(String column, Figure figure, List<String> undefined) {
        if (!figure.defined()) {
            undefined.add(column + ": " + figure.undefinedBecause());
        }
        return number(figure);
    }

    static String number(Figure figure) {
        return figure.shown(4);
    }

    private static String key(LinkJudgement judgement) {
        return judgement.name().toLowerCase(Locale.ROOT);
    }
}
