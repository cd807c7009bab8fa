package org.lectern.io.report;

import java.util.ArrayList;
import java.util.List;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.ReviewDecision;
import org.lectern.review.Agreement;
import org.lectern.review.AgreementReport;
import org.lectern.review.TagAgreement;
import org.lectern.review.UndefinedNotes;

/**
 * The report's agreement section: for every two analysts whose highlights the report holds, how far they
 * agree over its documents. Nothing when one analyst did all the work.
 */
final class ReportAgreement {
    private ReportAgreement() {
    }

    /**
     * @param decisions the whole project's review decisions, which a scope does not carry: the copies they put
     *                  into the adjudicated layer are no one's reading, so they are left out of every figure
     */
    static List<ReportContent.AgreementSection> between(ProjectSnapshot scopedWork, List<ReviewDecision> decisions) {
        ProjectSnapshot scoped = new ProjectSnapshot(scopedWork.documents(), scopedWork.tags(),
                scopedWork.annotations(), scopedWork.actors(), scopedWork.claims(), scopedWork.evidence(),
                scopedWork.links(), scopedWork.authors(), List.of(), decisions);
        List<String> analysts = Agreement.analysts(scoped).stream().sorted().toList();
        List<ReportContent.AgreementSection> sections = new ArrayList<>();
        for (int i = 0; i < analysts.size(); i++) {
            for (int j = i + 1; j < analysts.size(); j++) {
                AgreementReport report = Agreement.between(scoped, analysts.get(i), analysts.get(j));
                UndefinedNotes undefined = new UndefinedNotes();
                List<ReportContent.AgreementRow> rows = report.corpusRows().stream()
                        .map(row -> row(row, undefined)).toList();
                sections.add(new ReportContent.AgreementSection(analysts.get(i), analysts.get(j), rows,
                        undefined.notes()));
            }
        }
        return sections;
    }

    private static ReportContent.AgreementRow row(TagAgreement row, UndefinedNotes undefined) {
        return new ReportContent.AgreementRow(row.tag(), undefined.show(row.spans().strictF1(), 2),
                undefined.show(row.spans().lenientF1(), 2), undefined.show(row.kappa(), 2),
                undefined.show(row.alphaNominal(), 2));
    }
}
