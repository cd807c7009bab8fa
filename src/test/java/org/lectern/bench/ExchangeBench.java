package org.lectern.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.lectern.io.BundledSample;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Exporter;
import org.lectern.io.export.Progress;
import org.lectern.io.w3c.W3cExport;
import org.lectern.io.w3c.W3cImport;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Likelihood;
import org.lectern.model.Link;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;
import org.lectern.service.ExportFormat;
import org.lectern.text.Passages;

/**
 * Section 4: reports and exchange files from a 1 MB article with 10,000 annotations (HTML under 1 s, PDF under
 * 10 s), and bringing 10,000 W3C annotations into a project that has the article (under 1 s). No window: these
 * run the same code as the command line.
 */
final class ExchangeBench {
    private final Path work;
    private final PrintStream out;
    private final List<String> summary;

    ExchangeBench(Path work, PrintStream out, List<String> summary) {
        this.work = work;
        this.out = out;
        this.summary = summary;
    }

    void run() throws Exception {
        ProjectSnapshot project = bigProject();
        out.println();
        out.printf(Locale.ROOT, "4. Reports and exchange: a 1 MB article (%,d chars) with %,d annotations, %d claims,"
                        + " %d evidence, %d links%n", project.documents().get(0).text().length(),
                project.annotations().size(), project.claims().size(), project.evidence().size(),
                project.links().size());
        Stats html = time("HTML report", ExportFormat.HTML, project, 2, 5);
        Stats pdf = time("PDF report", ExportFormat.PDF, project, 1, 3);
        time("Markdown report", ExportFormat.MARKDOWN, project, 1, 3);
        time("CSV", ExportFormat.CSV, project, 1, 3);
        time("REFI-QDA (.qdpx)", ExportFormat.QDPX, project, 1, 3);
        time("W3C Web Annotation export", ExportFormat.W3C, project, 1, 3);
        Stats w3c = timeW3cImport(project, 2, 5);
        summary.add(line("4  HTML export, 1 MB / 10k annotations:", html, 1_000));
        summary.add(line("4  PDF export, 1 MB / 10k annotations: ", pdf, 10_000));
        summary.add(line("4  W3C import of 10k annotations:      ", w3c, 1_000));
    }

    private Stats time(String name, ExportFormat format, ProjectSnapshot project, int warmups, int runs)
            throws Exception {
        Exporter exporter = format.exporter(Optional.empty());
        Path target = work.resolve("export." + format.extension());
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            long t0 = System.nanoTime();
            exporter.export(project, ExportScope.EVERYTHING, target, Progress.NONE);
            long t1 = System.nanoTime();
            if (i >= warmups) {
                times.add(t1 - t0);
            }
        }
        Stats stats = new Stats(times);
        out.printf(Locale.ROOT, "   %-28s median %8.1f ms  max %8.1f ms  (%d runs after %d warm-up; %,d bytes)%n",
                name, stats.median(), stats.max(), runs, warmups, Files.size(target));
        return stats;
    }

    /** The same 10,000 annotations exported as W3C, read back into a project that has the article but none. */
    private Stats timeW3cImport(ProjectSnapshot project, int warmups, int runs) throws Exception {
        Path file = work.resolve("colleague.jsonld");
        new W3cExport().export(project, ExportScope.EVERYTHING, file, Progress.NONE);
        ProjectSnapshot empty = new ProjectSnapshot(project.documents(), project.tags(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        List<Long> times = new ArrayList<>();
        ExchangeImport result = null;
        for (int i = 0; i < warmups + runs; i++) {
            long t0 = System.nanoTime();
            result = new W3cImport().read(file, empty, "Ben");
            long t1 = System.nanoTime();
            if (i >= warmups) {
                times.add(t1 - t0);
            }
        }
        Stats stats = new Stats(times);
        out.printf(Locale.ROOT, "   %-28s median %8.1f ms  max %8.1f ms  (%d runs after %d warm-up; %,d bytes;"
                        + " %,d changes, %d unplaced)%n", "W3C import of 10,000", stats.median(), stats.max(), runs,
                warmups, Files.size(file), result.changes().size(), result.unplaced().size());
        return stats;
    }

    private static String line(String label, Stats stats, double targetMs) {
        return String.format(Locale.ROOT, "%s median %8.1f ms  max %8.1f ms   target < %,.0f ms   %s", label,
                stats.median(), stats.max(), targetMs, Stats.verdict(stats.median() < targetMs));
    }

    /** The article and highlights of the window benchmark, with actors, claims, evidence, links and notes. */
    private static ProjectSnapshot bigProject() {
        ArticleGenerator article = new ArticleGenerator(20_240_601L, 2_000, 1_000_000);
        Stamp stamp = new Stamp("Ana", Instant.parse("2026-11-01T09:00:00Z"), Instant.parse("2026-11-01T09:00:00Z"));
        Document document = new Document(UUID.randomUUID(), "Benchmark article", DocumentMetadata.EMPTY, article.text,
                stamp);
        List<Tag> tags = BundledSample.defaultTags().stream().map(t -> t.toTag(UUID.randomUUID())).toList();
        List<Annotation> annotations = new ArrayList<>();
        int n = 0;
        for (int[] h : article.highlights(7L, 10_000, tags.size())) {
            annotations.add(new Annotation(UUID.randomUUID(), document.id(), Passages.of(article.text, h[0], h[1]),
                    tags.get(h[2]).id(), n++ % 10 == 0 ? "Check this against the ministry's figures." : "", stamp));
        }
        List<Actor> actors = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            actors.add(new Actor(UUID.randomUUID(), "Actor " + i, ActorKind.PERSON, List.of("A" + i), "",
                    List.of(annotations.get(i * 3).id()), stamp));
        }
        for (int i = 0; i < 30; i++) {
            claims.add(new Claim(UUID.randomUUID(), "Claim number " + i + " about the shipment", actors.get(i).id(),
                    List.of(annotations.get(1_000 + i).id()), ClaimStatus.ASSERTED, Likelihood.LIKELY, stamp));
            evidence.add(new Evidence(UUID.randomUUID(), "Evidence item " + i, List.of(annotations.get(2_000 + i).id()),
                    Grade.parse("B2"), stamp));
        }
        for (int i = 0; i < 30; i++) {
            for (int j = i; j < Math.min(30, i + 3); j++) {
                links.add(new Link(UUID.randomUUID(), evidence.get(i).id(), claims.get(j).id(),
                        j % 2 == 0 ? Stance.SUPPORTS : Stance.REFUTES, Strength.MODERATE, stamp));
            }
        }
        return new ProjectSnapshot(List.of(document), tags, annotations, actors, claims, evidence, links, List.of());
    }
}
