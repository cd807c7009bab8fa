package org.lectern.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An agreement report as a plain-text table for the command line, columns padded to line up. */
public final class AgreementText {
    private static final List<String> HEADER = List.of("Document", "Tag", "A", "B", "P strict", "R strict",
            "F1 strict", "P lenient", "R lenient", "F1 lenient", "κ chars", "α nominal");

    private AgreementText() {
    }

    public static String format(AgreementReport report) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        for (TagAgreement row : report.documentRows()) {
            lines.add(cells(row));
        }
        for (TagAgreement row : report.corpusRows()) {
            lines.add(cells(row));
        }
        StringBuilder text = new StringBuilder();
        text.append("Agreement of ").append(report.authorB()).append(" with ").append(report.authorA())
                .append(" (key)\n\n").append(table(lines)).append('\n');
        GradeAgreement grades = report.grades();
        text.append(String.format(Locale.ROOT, "Evidence grades: %d matched (%d only %s, %d only %s), "
                        + "%d same grade; α ordinal reliability %s, credibility %s%n",
                grades.matchedEvidence(), grades.evidenceOnlyA(), report.authorA(), grades.evidenceOnlyB(),
                report.authorB(), grades.sameGrade(), shown(grades.reliabilityAlpha()),
                shown(grades.credibilityAlpha())));
        LinkAgreement links = report.links();
        text.append(String.format(Locale.ROOT, "Links: %d evidence × %d claims = %d pairs, %d linked by either, "
                        + "%d with the same stance; agreement %s, κ %s, agreement where linked %s%n",
                links.matchedEvidence(), links.matchedClaims(), links.pairs(), links.linkedByEither(),
                links.sameStance(), shown(links.observedAgreement()), shown(links.kappa()),
                shown(links.agreementWhereLinked())));
        return text.toString();
    }

    private static List<String> cells(TagAgreement row) {
        SpanCounts spans = row.spans();
        return List.of(row.document(), row.tag(), Long.toString(spans.keys()), Long.toString(spans.responses()),
                shown(spans.strictPrecision()), shown(spans.strictRecall()), shown(spans.strictF1()),
                shown(spans.lenientPrecision()), shown(spans.lenientRecall()), shown(spans.lenientF1()),
                shown(row.kappa()), shown(row.alphaNominal()));
    }

    private static String table(List<List<String>> lines) {
        int[] widths = new int[HEADER.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                boolean text = i < 2;
                String padding = " ".repeat(widths[i] - cell.length());
                table.append(text ? cell + padding : padding + cell);
                table.append(i == line.size() - 1 ? "\n" : "  ");
            }
        }
        return table.toString();
    }

    private static String shown(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }
}
