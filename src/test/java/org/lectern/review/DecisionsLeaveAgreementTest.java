package org.lectern.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.review.TwoReadings.ANA;
import static org.lectern.review.TwoReadings.BEN;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;
import org.lectern.service.ProjectSession;
import org.lectern.store.ProjectFiles;

/**
 * Agreement measures two independent readings: a reviewer's decisions (accept and amend copy a colleague's
 * annotation into the reviewer's name) are results of the review, never a reading of the reviewer's own.
 */
class DecisionsLeaveAgreementTest {
    @TempDir
    Path folder;

    /**
     * Ana's and Ben's Evidence highlights never coincide: strict F1 0. Accepting Ben's "denied that …" as Ana
     * used to make it Ana's too, and F1 jumped to 0.67.
     */
    @Test
    void acceptingAColleaguesHighlightDoesNotMakeItTheReviewersReading() throws Exception {
        Path file = folder.resolve("case.lectern");
        TwoReadings.create(file);
        try (ProjectSession ana = new ProjectSession(ProjectFiles.open(file), ANA)) {
            String before = figures(ana.state().snapshot());
            Annotation bens = bensHighlight(ana, "denied that the freighter carried rifles");

            ana.perform(ana.reviewEdits().accept(bens.id(), "Evidence is the better tag"));

            AgreementReport after = Agreement.between(ana.state().snapshot(), ANA, BEN);
            TagAgreement evidence = after.corpusRows().stream().filter(r -> r.tag().equals("Evidence"))
                    .findFirst().orElseThrow();
            assertEquals(new SpanCounts(0, 0, 1, 2), evidence.spans(), "Ana's one Evidence against Ben's two");
            assertEquals(before, figures(ana.state().snapshot()));
        }
    }

    /**
     * Random sequences of accept, amend, reject, withdraw, undo and redo — by Ana, by Ben on Ana's work, and by
     * Zoe, a third reviewer — leave every figure of the table, the grades and the links as it was.
     */
    @Test
    void noSequenceOfDecisionsChangesAnyAgreementFigure() throws Exception {
        Random random = new Random(8);
        for (String reviewer : List.of(ANA, BEN, "Zoe")) {
            Path file = folder.resolve(reviewer + ".lectern");
            TwoReadings.create(file);
            try (ProjectSession session = new ProjectSession(ProjectFiles.open(file), reviewer)) {
                String before = figures(session.state().snapshot());
                for (int step = 0; step < 40; step++) {
                    String did = decideAtRandom(session, random);
                    assertEquals(before, figures(session.state().snapshot()), reviewer + ", step " + step + ": " + did);
                }
            }
        }
    }

    private static String decideAtRandom(ProjectSession session, Random random) {
        List<Annotation> colleagues = session.state().annotationsOf(session.state().documents().get(0).id()).stream()
                .filter(a -> !a.stamp().author().equals(session.analyst()))
                .filter(a -> session.state().decisions().stream().noneMatch(d -> a.id().equals(d.resultId())))
                .toList();
        Annotation target = colleagues.get(random.nextInt(colleagues.size()));
        List<Tag> tags = session.state().tags();
        switch (random.nextInt(6)) {
            case 0 -> session.perform(session.reviewEdits().accept(target.id(), "agreed"));
            case 1 -> {
                int start = random.nextInt(TwoReadings.ARTICLE.length() - 1);
                int end = start + 1 + random.nextInt(Math.min(30, TwoReadings.ARTICLE.length() - start));
                session.perform(session.reviewEdits().amend(target.id(), start, end,
                        tags.get(random.nextInt(tags.size())).id(), "closer to the text"));
                return "amend " + target.passage().quote() + " to " + start + ".." + end;
            }
            case 2 -> session.perform(session.reviewEdits().reject(target.id(), "not in the text"));
            case 3 -> session.perform(session.reviewEdits().undecide(target.id()));
            case 4 -> session.undo();
            default -> session.redo();
        }
        return "decision on " + target.passage().quote();
    }

    private static Annotation bensHighlight(ProjectSession session, String quote) {
        return session.state().annotationsOf(session.state().documents().get(0).id()).stream()
                .filter(a -> a.stamp().author().equals(BEN) && a.passage().quote().equals(quote))
                .findFirst().orElseThrow();
    }

    /** Every figure Lectern shows for Ana and Ben: the text table, the CSV table and the grade and link rows. */
    static String figures(ProjectSnapshot project) throws Exception {
        AgreementReport report = Agreement.between(project, ANA, BEN);
        StringWriter csv = new StringWriter();
        AgreementCsv.write(report, csv);
        AgreementCsv.writeRecords(report, csv);
        return AgreementText.format(report) + "\n" + csv;
    }
}
