package org.lectern.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.Annotation;
import org.lectern.review.TwoReadings;
import org.lectern.service.ProjectSession;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

/** The report's agreement section compares what the analysts read, not what a reviewer decided about it. */
class ReportAgreementDecisionsTest {
    @TempDir
    Path folder;

    @Test
    void decisionsByAnAnalystOrAThirdReviewerLeaveTheAgreementSectionAsItWas() throws Exception {
        Path project = folder.resolve("case.lectern");
        TwoReadings.create(project);
        Element before = agreementSection(project, "before.html");
        assertEquals(List.of("Ben compared with Ana"), before.select("h3").eachText());

        decide(project, "Ana", 0);
        decide(project, "Zoe", 1);
        Element after = agreementSection(project, "after.html");

        assertEquals(List.of("Ben compared with Ana"), after.select("h3").eachText(),
                "Zoe, who only decided, is no analyst to compare");
        assertEquals(before.outerHtml(), after.outerHtml());
    }

    /** Actor, on no matched passage, has no α: "– [n]" in its cell and note n below the table says why. */
    @Test
    void anUndefinedFigureReadsAsADashWithANoteSayingWhy() throws Exception {
        Path project = folder.resolve("case.lectern");
        TwoReadings.create(project);
        Element section = agreementSection(project, "report.html");

        Element actor = section.select("table.agreement tbody tr").stream()
                .filter(row -> row.child(0).text().equals("Actor")).findFirst().orElseThrow();
        String alpha = actor.child(4).text();
        assertTrue(alpha.matches("– \\[\\d\\]"), alpha);
        String number = alpha.substring(3, 4);
        assertTrue(section.select("ul.undefined li").eachText().contains(
                "[" + number + "] only one category used: the tag is on no matched passage"), section.html());
    }

    /** The reviewer accepts one of Ben's highlights, amends another and rejects a third. */
    private static void decide(Path project, String reviewer, int offset) throws Exception {
        try (ProjectSession session = new ProjectSession(ProjectFiles.open(project), reviewer)) {
            var document = session.state().documents().get(0).id();
            List<Annotation> bens = session.state().annotationsOf(document).stream()
                    .filter(a -> a.stamp().author().equals("Ben")).toList();
            session.perform(session.reviewEdits().accept(bens.get(offset % 3).id(), "yes"));
            session.perform(session.reviewEdits().amend(bens.get((offset + 1) % 3).id(), 4, 21,
                    session.state().tagNamed("Actor").orElseThrow().id(), "the authority itself"));
            session.perform(session.reviewEdits().reject(bens.get((offset + 2) % 3).id(), "no"));
        }
    }

    private Element agreementSection(Path project, String name) throws Exception {
        Path target = folder.resolve(name);
        try (ProjectStore store = ProjectFiles.openForReading(project)) {
            new HtmlReport().export(store.load(), ExportScope.EVERYTHING, target, Progress.NONE);
        }
        return Jsoup.parse(Files.readString(target, StandardCharsets.UTF_8)).selectFirst("section#agreement");
    }
}
