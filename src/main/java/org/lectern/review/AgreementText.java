package org.lectern.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An agreement report as a plain-text table for the command line, columns padded to line up. An undefined
 * figure is "– [n]", and note n under the table says why.
 */
public final class AgreementText {
    private static final List<String> HEADER = List.of("Document", "Tag", "A", "B", "P strict", "R strict",
            "F1 strict", "P lenient", "R lenient", "F1 lenient", "κ chars", "α nominal");

    private AgreementText() {
    }

    public static String format(AgreementReport report) {
        UndefinedNotes notes = new UndefinedNotes();
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        for (TagAgreement row : report.documentRows()) {
            lines.add(cells(row, notes));
        }
        for (TagAgreement row : report.corpusRows()) {
            lines.add(cells(row, notes));
        }
        StringBuilder text = new StringBuilder();
        text.append("Agreement of ").append(report.authorB()).append(" with ").append(report.authorA())
                .append(" (key)\n\n").append(table(lines));
        for (String note : notes.notes()) {
            text.append(note).append('\n');
        }
        text.append('\n');
        GradeAgreement grades = report.grades();
        text.append(String.format(Locale.ROOT, "Evidence grades: %d matched (%d only %s, %d only %s), "
                        + "%d same grade; α ordinal reliability %s, credibility %s%n",
                grades.matchedEvidence(), grades.evidenceOnlyA(), report.authorA(), grades.evidenceOnlyB(),
                report.authorB(), grades.sameGrade(), grades.reliabilityAlpha().shownWithReason(3),
                grades.credibilityAlpha().shownWithReason(3)));
        LinkAgreement links = report.links();
        text.append(String.format(Locale.ROOT, "Links: %d evidence × %d claims = %d pairs, %d linked by either, "
                        + "%d with the same stance; agreement %s, κ %s, agreement where linked %s%n",
                links.matchedEvidence(), links.matchedClaims(), links.pairs(), links.linkedByEither(),
                links.sameStance(), links.observedAgreement().shownWithReason(3),
                links.kappa().shownWithReason(3), links.agreementWhereLinked().shownWithReason(3)));
        return text.toString();
    }

    private static List<String> cells(TagAgreement row, UndefinedNotes notes) {
        SpanCounts spans = row.spans();
        return List.of(row.document(), row.tag(), Long.toString(spans.keys()), Long.toString(spans.responses()),
                notes.show(spans.strictPrecision(), 3), notes.show(spans.strictRecall(), 3),
                notes.show(spans.strictF1(), 3), notes.show(spans.lenientPrecision(), 3),
                notes.show(spans.lenientRecall(), 3), notes.show(spans.lenientF1(), 3),
                notes.show(row.kappa(), 3), notes.show(row.alphaNominal(), 3));
    }

    private static String table(List<List<String>> lines) {
        int[] widths = new int[HEADER.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], width(line.get(i)));
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                boolean text = i < 2;
                String padding = " ".repeat(widths[i] - width(cell));
                table.append(text ? cell + padding : padding + cell);
                table.append(i == line.size() - 1 ? "\n" : "  ");
            }
        }
        return table.toString();
    }

    /** Columns a cell takes in a terminal: one per code point (titles may hold emoji). */
    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
