package org.lectern.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lectern's performance figures, printed with their targets; a benchmark, not a test. Run it with
 * {@code mvn -Pbenchmark -DskipTests verify} (see the benchmark profile in pom.xml), which starts this class
 * headless (Monocle, software rendering) with the test class path.
 *
 * <ol>
 *     <li>open and render a 1 MB article with 10,000 highlights (target under 300 ms);</li>
 *     <li>tag key press to highlight committed and repainted (target p99 under 16 ms over 1,000 presses);</li>
 *     <li>cold start of Lectern against a bare JavaFX window (target at most 1.5 times), without and with AppCDS;</li>
 *     <li>(4, 5) reports, exchange and review figures;</li>
 *     <li>(6) a 10,000-annotation edit, its undo and redo, and removing a document with 30,000 highlights, each
 *     against a raw JDBC batch of the same rows (target at most twice the raw batch);</li>
 *     <li>(7) the longest block of the window's thread during each big action (target at most 50 ms);</li>
 *     <li>(8) a corpus of 1,000 documents and 200,000 annotations in the window: open, switch, key, review, heap
 *     ({@link CorpusBench});</li>
 *     <li>(9) big single documents, each opened in a child JVM with a 1 GB heap, and Find over the biggest;</li>
 *     <li>(10) a team project on the embedded PostgreSQL: 50 analysts, 1,000 documents, 500,000 annotations on the
 *     server; its size per 100k annotations, the first download, 1,000 edits sent, and an edit's way to colleagues'
 *     projects with 50 clients editing at once ({@link TeamBench}).</li>
 * </ol>
 *
 * Everything is written under a fresh folder in {@code lectern.benchmark.workDir} (default: the temp folder); the
 * real home, data folder and preferences are never touched.
 *
 * <p>System properties: {@code lectern.benchmark.presses} (1000), {@code lectern.benchmark.warmupPresses} (100),
 * {@code lectern.benchmark.coldRuns} (5), {@code lectern.benchmark.coldJava} (the java section 3 starts its
 * windows with; default this JVM's, and a JDK 25+ found as installer/build.sh finds one for the ahead-of-time
 * cache), {@code lectern.benchmark.coldAotOnly} (true: section 3 measures only that cache, with a coldJava of 25+),
 * {@code lectern.benchmark.coldInstalledOnly} (true: only the start as installed without a cache),
 * {@code lectern.benchmark.profilePresses} (300; 0: no profiles), {@code lectern.benchmark.corpusPresses} (1000:
 * section 8's key presses, after a tenth as many warm-up ones),
 * {@code lectern.benchmark.skip} (the sections to leave out: numbers from 1 to 10 separated by commas; a run
 * of digits names each digit, 0 standing for 10, so {@code 123456789} runs section 10 alone), {@code lectern.benchmark.stallRuns} (3),
 * {@code lectern.benchmark.bigRuns} (3),
 * {@code lectern.benchmark.keep} (true: keep the work folder),
 * {@code lectern.benchmark.corpusProfile} (true: JFR profiles of the corpus's opens, switches and key presses),
 * {@code lectern.benchmark.stallProfile} (part of an action's name in section 7: a JFR profile of that action's
 * longest block in each run). A profile prints the busiest methods and, with {@code keep}, leaves its recording
 * and the window thread's samples in the measured spans as folded stacks ({@code *.jfr.fx.folded}) in the work
 * folder; {@code -XX:FlightRecorderOptions:stackdepth=256} keeps JavaFX's deep stacks whole.
 */
public final class Benchmark {
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Benchmark() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        PrintStream out = System.out;
        Path base = Path.of(System.getProperty("lectern.benchmark.workDir", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(base);
        Path work = Files.createTempDirectory(base.toAbsolutePath(), "lectern-bench-");
        // Never the real preferences or data home, even when started by hand without the profile's flags.
        defaultProperty("java.util.prefs.userRoot", work.resolve("prefs").toString());
        defaultProperty("lectern.data.home", work.resolve("inprocess-data").toString());
        defaultProperty("lectern.preferences.node", "lectern-bench-inprocess");
        defaultProperty("javafx.cachedir", work.resolve("javafx-cache").toString());
        String skip = System.getProperty("lectern.benchmark.skip", "");
        // Quiet: no "Created user preferences directory" notice, no JavaFX class-path warning (as Lectern does).
        Files.createDirectories(Path.of(System.getProperty("java.util.prefs.userRoot"), ".java", ".userPrefs"));
        JAVAFX_LOG.setFilter(entry -> entry.getMessage() == null
                || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));

        out.println("Lectern benchmark, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        out.printf(Locale.ROOT, "java %s (%s, %s), %d CPUs, max heap %d MB, glass.platform=%s prism.order=%s%n",
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.vendor"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("glass.platform"),
                System.getProperty("prism.order"));
        out.println("Work folder: " + work);

        List<String> windowSummary = new ArrayList<>();
        List<String> coldSummary = new ArrayList<>();
        List<String> exchangeSummary = new ArrayList<>();
        try {
            // Cold start first, while this JVM is idle (no JavaFX toolkit running beside the children).
            if (!skipped(skip, 3)) {
                Path coldWork = Files.createDirectories(work.resolve("coldstart"));
                new ColdStart(coldWork, out, coldSummary).run(Integer.getInteger("lectern.benchmark.coldRuns", 5));
            }
            if (!skipped(skip, 4)) {
                new ExchangeBench(Files.createDirectories(work.resolve("exchange")), out, exchangeSummary).run();
            }
            if (!skipped(skip, 5)) {
                new ReviewBench(Files.createDirectories(work.resolve("review")), out, exchangeSummary).run();
            }
            if (!skipped(skip, 6)) {
                new BulkWriteBench(Files.createDirectories(work.resolve("bulk")), out, exchangeSummary).run();
            }
            if (!skipped(skip, 7)) {
                new StallBench(Files.createDirectories(work.resolve("stall")), out, exchangeSummary)
                        .run(Integer.getInteger("lectern.benchmark.stallRuns", 3));
            }
            if (!skipped(skip, 8)) {
                // Key presses counted as section 2 counts them (1,000 after 100 warm-up ones); the review refresh is
                // then measured on another document, one of the corpus's own size.
                new CorpusBench(Files.createDirectories(work.resolve("corpus")), out, exchangeSummary).run(
                        Integer.getInteger("lectern.benchmark.corpusPresses", 1000), 50);
            }
            if (!skipped(skip, 9)) {
                new BigDocumentBench(Files.createDirectories(work.resolve("bigdoc")), out, exchangeSummary).run();
            }
            if (!skipped(skip, 10)) {
                new TeamBench(Files.createDirectories(work.resolve("team")), out, exchangeSummary).run();
            }
            if (!skipped(skip, 1) || !skipped(skip, 2)) {
                Path windowWork = Files.createDirectories(work.resolve("window"));
                new WindowBench(windowWork, out, windowSummary).run(
                        Integer.getInteger("lectern.benchmark.presses", 1_000),
                        Integer.getInteger("lectern.benchmark.warmupPresses", 100),
                        Integer.getInteger("lectern.benchmark.profilePresses", 300));
            }
        } finally {
            out.println();
            out.println("Summary (Monocle headless, software rendering; figures vary on a shared 2-core machine)");
            windowSummary.forEach(line -> out.println("  " + line));
            coldSummary.forEach(line -> out.println("  " + line));
            exchangeSummary.forEach(line -> out.println("  " + line));
            out.flush();
            if (!Boolean.getBoolean("lectern.benchmark.keep")) {
                deleteQuietly(work);
            }
        }
    }

    /**
     * Whether {@code section} is in the skip list: "10" names section 10; any other run of digits names each of
     * its digits, 0 standing for 10 (so that the old lists of single digits keep their meaning).
     */
    static boolean skipped(String skip, int section) {
        for (String token : skip.split("[^0-9]+")) {
            if (token.equals("10")) {
                if (section == 10) {
                    return true;
                }
            } else if (token.chars().map(digit -> digit == '0' ? 10 : digit - '0').anyMatch(s -> s == section)) {
                return true;
            }
        }
        return false;
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null || System.getProperty(key).isBlank()) {
            System.setProperty(key, value);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("Could not delete " + folder + ": " + e.getMessage());
        }
    }
}
