package org.lectern.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.lectern.io.BundledSample;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.review.Agreement;
import org.lectern.review.AgreementReport;
import org.lectern.review.merge.MergePlan;
import org.lectern.service.ColleagueWork;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.text.Passages;

/**
 * Section 5: review. Two analysts with 10,000 annotations each on one 1 MB article: every agreement measure
 * between them (target under 1 s), and bringing the colleague's project file in (read, plan) at that size.
 */
final class ReviewBench {
    private final Path work;
    private final PrintStream out;
    private final List<String> summary;

    ReviewBench(Path work, PrintStream out, List<String> summary) {
        this.work = work;
        this.out = out;
        this.summary = summary;
    }

    void run() throws Exception {
        ArticleGenerator article = new ArticleGenerator(20_240_601L, 2_000, 1_000_000);
        List<Tag> tags = BundledSample.defaultTags().stream().map(t -> t.toTag(UUID.randomUUID())).toList();
        Document mine = document(article.text, "Ana");
        Document theirs = document(article.text, "Ben");
        List<Annotation> ana = annotations(article, mine, tags, 7L, "Ana");
        List<Annotation> ben = annotations(article, mine, tags, 8L, "Ben");
        // Ben agrees with Ana on a third of her passages exactly, as colleagues reading one article would.
        for (int i = 0; i < ben.size(); i += 3) {
            Annotation hers = ana.get(i);
            ben.set(i, new Annotation(UUID.randomUUID(), mine.id(), hers.passage(), hers.tagId(), "", stamp("Ben")));
        }
        out.println();
        out.printf(Locale.ROOT, "5. Review: two analysts with %,d and %,d annotations on one 1 MB article%n",
                ana.size(), ben.size());

        List<Annotation> both = new ArrayList<>(ana);
        both.addAll(ben);
        ProjectSnapshot compared = new ProjectSnapshot(List.of(mine), tags, both, List.of(), List.of(), List.of(),
                List.of(), List.of());
        List<Long> agreementTimes = new ArrayList<>();
        AgreementReport report = null;
        for (int i = 0; i < 7; i++) {
            long t0 = System.nanoTime();
            report = Agreement.between(compared, "Ana", "Ben");
            long t1 = System.nanoTime();
            if (i >= 2) {
                agreementTimes.add(t1 - t0);
            }
        }
        Stats agreement = new Stats(agreementTimes);
        out.printf(Locale.ROOT, "   %-34s median %8.1f ms  max %8.1f ms  (5 runs after 2 warm-up; strict F1 %.3f,"
                        + " lenient F1 %.3f, kappa %.3f)%n", "all agreement measures", agreement.median(),
                agreement.max(), report.corpusTotal().spans().strictF1().value(), report.corpusTotal().spans().lenientF1().value(),
                report.corpusTotal().kappa().value());

        Path bensFile = work.resolve("ben.lectern");
        try (ProjectStore store = ProjectFiles.create(bensFile)) {
            List<Change> changes = new ArrayList<>();
            changes.add(Change.created(theirs));
            tags.forEach(t -> changes.add(Change.created(t)));
            ben.forEach(a -> changes.add(Change.created(new Annotation(a.id(), theirs.id(), a.passage(), a.tagId(),
                    a.note(), a.stamp()))));
            store.write(changes);
        }
        ProjectSnapshot anasProject = new ProjectSnapshot(List.of(mine), tags, ana, List.of(), List.of(), List.of(),
                List.of(), List.of());
        List<Long> mergeTimes = new ArrayList<>();
        MergePlan plan = null;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            plan = ColleagueWork.read(bensFile, anasProject);
            long t1 = System.nanoTime();
            if (i >= 1) {
                mergeTimes.add(t1 - t0);
            }
        }
        Stats merge = new Stats(mergeTimes);
        out.printf(Locale.ROOT, "   %-34s median %8.1f ms  max %8.1f ms  (4 runs after 1 warm-up; %,d changes,"
                        + " %d orphans)%n", "bring in Ben's project file", merge.median(), merge.max(),
                plan.changes().size(), plan.orphans().size());
        summary.add(String.format(Locale.ROOT, "5  agreement, 10k x 10k annotations:   median %8.1f ms  max %8.1f ms"
                + "   target < 1,000 ms   %s", agreement.median(), agreement.max(), Stats.verdict(agreement.median() < 1_000)));
        summary.add(String.format(Locale.ROOT, "5  bring in a 10k colleague project:   median %8.1f ms  max %8.1f ms"
                + "   (open, read and plan; no target set)", merge.median(), merge.max()));
    }

    private static List<Annotation> annotations(ArticleGenerator article, Document document, List<Tag> tags,
                                                long seed, String author) {
        List<Annotation> annotations = new ArrayList<>();
        for (int[] h : article.highlights(seed, 10_000, tags.size())) {
            annotations.add(new Annotation(UUID.randomUUID(), document.id(), Passages.of(article.text, h[0], h[1]),
                    tags.get(h[2]).id(), "", stamp(author)));
        }
        return annotations;
    }

    private static Document document(String text, String author) {
        return new Document(UUID.randomUUID(), "Benchmark article", DocumentMetadata.EMPTY, text, stamp(author));
    }

    private static Stamp stamp(String author) {
        Instant when = Instant.parse("2026-11-01T09:00:00Z");
        return new Stamp(author, when, when);
    }
}
