package org.lectern.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.lectern.io.BundledSample;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Passage;
import org.lectern.model.Tag;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.ProjectSession;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.text.Passages;
import org.lectern.ui.MainWindow;

/**
 * Section 8: a corpus in the real window (headless, as sections 1 and 2). A project of 1,000 documents of about
 * 5,000 words each, with 200,000 annotations by 20 analysts (10 per analyst per document, most of them on passages
 * other analysts chose too), written straight into the project file with plain SQL batches. Measured: opening it
 * to an interactive window (target ≤ 1 s), switching document in the document list (≤ 100 ms), a tag key press
 * to committed and repainted (p99 ≤ 16 ms), the Review tab's figures brought up to date after such a press
 * (≤ 50 ms), and the heap in use after a full GC with the project open and the Review tab shown (≤ 1 GB).
 */
final class CorpusBench {
    static final int DOCUMENTS = 1_000;
    static final int ANALYSTS = 20;
    static final int PER_ANALYST_PER_DOCUMENT = 10;
    static final int PARAGRAPHS = 40;
    static final int CHARS_PER_DOCUMENT = 36_000;
    static final double OPEN_TARGET_MS = 1_000;
    static final double SWITCH_TARGET_MS = 100;
    static final double KEY_TARGET_MS = 16;
    static final double REVIEW_TARGET_MS = 50;
    static final double HEAP_TARGET_MB = 1_024;
    private static final String STAMP = "2026-11-01T09:00:00.000000000Z";

    private final Path work;
    private final PrintStream out;
    private final List<String> summary;
    private MainWindow window;
    private BenchDialogs dialogs;
    private PulseProbe probe;
    private Path corpus;
    private Path small;
    private long words;
    /** FX-thread CPU of the last key press's handler. */

    CorpusBench(Path work, PrintStream out, List<String> summary) {
        this.work = work;
        this.out = out;
        this.summary = summary;
    }

    void run(int presses, int reviewPresses) throws Exception {
        out.println();
        out.printf(Locale.ROOT, "8. A corpus: %,d documents, %,d annotations by %d analysts, in the window%n",
                DOCUMENTS, DOCUMENTS * ANALYSTS * PER_ANALYST_PER_DOCUMENT, ANALYSTS);
        corpus = work.resolve("corpus.lectern");
        small = work.resolve("small.lectern");
        long g0 = System.nanoTime();
        generate();
        out.printf(Locale.ROOT, "   Generated with plain SQL batches in %.1f s: %,d words, file %,d MB%n",
                (System.nanoTime() - g0) / 1e9, words, java.nio.file.Files.size(corpus) >> 20);

        StallBench.startToolkit(); // once per JVM; section 7 may have started it
        try {
            WindowBench.fx(() -> {
                dialogs = new BenchDialogs();
                Preferences node = Preferences.userRoot().node("lectern-bench-corpus-" + UUID.randomUUID());
                window = new MainWindow(new Stage(), new AnalystPreferences(node), dialogs);
                WindowBench.require(window.openProject(small, analyst(0)), "small project opened");
                ProjectSession session = window.model().session();
                session.perform(session.edits().addDocument("A short note", DocumentMetadata.EMPTY,
                        "A short note, shown between runs so that each run starts from a small project."));
                window.show();
                return null;
            });
            probe = WindowBench.fx(() -> new PulseProbe(window.stage().getScene()));
            probe.settle(3);
            open();
            switchDocuments();
            keyPresses(presses);
            if (Boolean.getBoolean("lectern.benchmark.corpusProfile")) {
                profile();
            }
            double heapBeforeReview = heapMb();
            showUntouchedDocument();
            reviewRefresh(reviewPresses);
            double heap = heapMb();
            out.printf(Locale.ROOT, "   (e) heap in use after a full GC: %,.0f MB with the corpus open, %,.0f MB with the"
                    + " Review tab shown too (max heap %,d MB)  target <= %,.0f MB  %s%n", heapBeforeReview, heap,
                    Runtime.getRuntime().maxMemory() >> 20, HEAP_TARGET_MB, Stats.verdict(heap <= HEAP_TARGET_MB));
            summary.add(String.format(Locale.ROOT, "8e corpus heap after GC, Review open: %,8.0f MB"
                    + "                     target <= 1 GB     %s", heap, Stats.verdict(heap <= HEAP_TARGET_MB)));
            WindowBench.require(dialogs.messages.isEmpty(), "no messages: " + dialogs.messages);
        } finally {
            WindowBench.fx(() -> {
                window.stage().close();
                window.model().detach();
                return null;
            });
            // JavaFX stays up for the window sections that follow in this JVM (they end it).
        }
    }

    private static String analyst(int index) {
        return String.format(Locale.ROOT, "Analyst %02d", index + 1);
    }

    /** The article of document {@code index}, made again from its seed when needed rather than kept in memory. */
    private static ArticleGenerator article(int index) {
        return new ArticleGenerator(1_000_003L * (index + 1), PARAGRAPHS, CHARS_PER_DOCUMENT);
    }

    // Generation ------------------------------------------------------------------------------------------------

    private void generate() throws Exception {
        List<Tag> tags = BundledSample.defaultTags().stream().map(t -> t.toTag(UUID.randomUUID())).toList();
        try (ProjectStore store = ProjectFiles.create(corpus)) {
            store.schemaVersion();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + corpus.toAbsolutePath());
             Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA journal_mode = WAL");
            pragma.execute("PRAGMA synchronous = NORMAL");
            connection.setAutoCommit(false);
            List<String> authorIds = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO author (id, name) VALUES (?, ?)")) {
                for (int a = 0; a < ANALYSTS; a++) {
                    String id = UUID.randomUUID().toString();
                    authorIds.add(id);
                    insert.setString(1, id);
                    insert.setString(2, analyst(a));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO tag (id, name, color, hotkey, description) VALUES (?, ?, ?, ?, ?)")) {
                for (Tag tag : tags) {
                    insert.setString(1, tag.id().toString());
                    insert.setString(2, tag.name());
                    insert.setString(3, tag.color());
                    insert.setInt(4, tag.key());
                    insert.setString(5, tag.description());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement document = connection.prepareStatement("""
                    INSERT INTO document (id, title, text, text_sha256, author_id, created, modified)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement annotation = connection.prepareStatement("""
                    INSERT INTO annotation (id, document_id, start_offset, end_offset, quote, prefix, suffix, tag_id,
                                            note, author_id, created, modified)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)""")) {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                for (int d = 0; d < DOCUMENTS; d++) {
                    ArticleGenerator article = article(d);
                    words += article.text.split("\\s+").length;
                    String documentId = UUID.randomUUID().toString();
                    document.setString(1, documentId);
                    document.setString(2, String.format(Locale.ROOT, "Report %04d", d + 1));
                    document.setString(3, article.text);
                    document.setString(4, HexFormat.of().formatHex(
                            sha256.digest(article.text.getBytes(StandardCharsets.UTF_8))));
                    document.setString(5, authorIds.get(d % ANALYSTS));
                    document.setString(6, STAMP);
                    document.setString(7, STAMP);
                    document.executeUpdate();
                    annotate(article, documentId, d, tags, authorIds, annotation);
                    if (d % 100 == 99) {
                        annotation.executeBatch();
                    }
                }
                annotation.executeBatch();
            }
            connection.commit();
        }
    }

    /**
     * Each analyst marks 10 of the document's 30 passages worth marking: half of them exactly, the others a few
     * characters off at either end; seven times in ten with the tag most analysts give that passage.
     */
    private static void annotate(ArticleGenerator article, String documentId, int index, List<Tag> tags,
                                 List<String> authorIds, PreparedStatement insert) throws Exception {
        List<int[]> worth = article.highlights(77L + index, 30, tags.size());
        Random random = new Random(991L * (index + 1));
        int length = article.text.length();
        for (int a = 0; a < ANALYSTS; a++) {
            for (int n = 0; n < PER_ANALYST_PER_DOCUMENT; n++) {
                int[] passage = worth.get(random.nextInt(worth.size()));
                int start = passage[0];
                int end = passage[1];
                if (random.nextBoolean()) {
                    start = Math.min(length - 1, Math.max(0, start + random.nextInt(7) - 3));
                    end = Math.min(length, Math.max(start + 1, end + random.nextInt(7) - 3));
                }
                int tag = random.nextInt(10) < 7 ? passage[2] : random.nextInt(tags.size());
                Passage text = Passages.of(article.text, start, end);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, documentId);
                insert.setInt(3, start);
                insert.setInt(4, end);
                insert.setString(5, text.quote());
                insert.setString(6, text.prefix());
                insert.setString(7, text.suffix());
                insert.setString(8, tags.get(tag).id().toString());
                insert.setString(9, authorIds.get(a));
                insert.setString(10, STAMP);
                insert.setString(11, STAMP);
                insert.addBatch();
            }
        }
    }

    // (a) Open --------------------------------------------------------------------------------------------------

    private void open() throws Exception {
        out.println("   Timed from the request on the FX thread to the end of painting of the first pulse after it.");
        out.println("   (a) open the corpus from a small project: openProject(corpus.lectern), first document shown");
        List<PulseProbe.Timing> opens = repeat(1, 5,
                () -> WindowBench.require(window.openProject(small, analyst(0)), "small"),
                () -> WindowBench.require(window.openProject(corpus, analyst(0)), "corpus"));
        WindowBench.require(WindowBench.fx(() -> window.model().documents().size()) == DOCUMENTS, "1,000 documents listed");
        WindowBench.require(WindowBench.fx(() -> window.model().annotations().size())
                == ANALYSTS * PER_ANALYST_PER_DOCUMENT, "the first document's highlights shown");
        Stats open = report(opens, OPEN_TARGET_MS);
        summary.add(String.format(Locale.ROOT, "8a open the corpus to the window:     median %7.1f ms  max %7.1f ms"
                + "   target <= 1 s      %s", open.median(), open.max(), Stats.verdict(open.median() <= OPEN_TARGET_MS)));
    }

    // (b) Switch ------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private void switchDocuments() throws Exception {
        out.println("   (b) switch document: choose another document in the document list");
        ListView<Document> list = WindowBench.fx(() ->
                (ListView<Document>) window.stage().getScene().lookup("#document-list"));
        Random random = new Random(7);
        List<PulseProbe.Timing> switches = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            int index = random.nextInt(DOCUMENTS);
            PulseProbe.Timing t = probe.measure(() -> {
                list.getSelectionModel().select(index);
                list.scrollTo(index);
            });
            String title = String.format(Locale.ROOT, "Report %04d", index + 1);
            WindowBench.require(WindowBench.fx(() -> window.model().currentDocument().orElseThrow().title()
                    .equals(title)), "switched to " + title);
            WindowBench.require(WindowBench.fx(() -> window.model().annotations().size())
                    == ANALYSTS * PER_ANALYST_PER_DOCUMENT, "its highlights shown");
            probe.settle(2);
            if (i >= 3) {
                switches.add(t);
            }
        }
        Stats switched = report(switches, SWITCH_TARGET_MS);
        summary.add(String.format(Locale.ROOT, "8b switch document (corpus):         median %7.1f ms  max %7.1f ms"
                + "   target <= 100 ms   %s", switched.median(), switched.max(),
                Stats.verdict(switched.percentile(95) <= SWITCH_TARGET_MS)));
    }

    // (c) Key presses -------------------------------------------------------------------------------------------

    private void keyPresses(int presses) throws Exception {
        int warmups = Math.max(10, presses / 10);
        out.printf(Locale.ROOT, "   (c) tag key press -> committed and repainted, %d presses after %d warm-up ones%n",
                presses, warmups);
        StyleClassedTextArea area = window.article().textArea();
        ArticleGenerator article = currentArticle();
        Random random = new Random(42);
        List<PulseProbe.Timing> timings = new ArrayList<>();
        for (int i = 0; i < warmups; i++) {
            press(area, article, random);
        }
        try (GcPauses gc = new GcPauses()) {
            long[] jiffies = CoreShare.cpuJiffies();
            for (int i = 0; i < presses; i++) {
                timings.add(press(area, article, random));
            }
            printPresses(timings, gc, CoreShare.stolenSince(jiffies, CoreShare.cpuJiffies()));
        }
    }

    private void printPresses(List<PulseProbe.Timing> timings, GcPauses gc, double stolen) {
        Stats work = new Stats(timings.stream().map(PulseProbe.Timing::work).toList());
        out.println("         handler + pulse work: " + work.percentiles());
        out.println("         of it, the handler:   " + new Stats(timings.stream().map(PulseProbe.Timing::action)
                .toList()).percentiles());
        out.println("         CSS and layout:       " + new Stats(timings.stream()
                .map(PulseProbe.Timing::cssAndLayout).toList()).percentiles());
        out.println("         sync and paint:       " + new Stats(timings.stream()
                .map(PulseProbe.Timing::syncAndRender).toList()).percentiles());
        out.println("         FX-thread CPU of the handler alone: " + new Stats(timings.stream()
                .map(PulseProbe.Timing::actionCpu).toList()).percentiles());
        PressTail.print(out, "         ", timings, gc, stolen, 5);
        summary.add(String.format(Locale.ROOT, "8c tag key press (corpus), work:     p99 %7.2f ms  max %7.2f ms"
                + "   target p99 <= 16 ms %s", work.percentile(99), work.max(),
                Stats.verdict(work.percentile(99) <= KEY_TARGET_MS)));
    }

    private ArticleGenerator currentArticle() throws Exception {
        String title = WindowBench.fx(() -> window.model().currentDocument().orElseThrow().title());
        return article(Integer.parseInt(title.substring("Report ".length())) - 1);
    }

    private PulseProbe.Timing press(StyleClassedTextArea area, ArticleGenerator article, Random random)
            throws Exception {
        int[] range = article.randomSelection(random);
        int key = 1 + random.nextInt(9);
        WindowBench.fx(() -> {
            area.selectRange(range[0], range[1]);
            area.requestFollowCaret();
            return null;
        });
        probe.settle(2);
        int before = WindowBench.fx(() -> window.model().annotations().size());
        KeyCode code = KeyCode.valueOf("DIGIT" + key);
        PulseProbe.Timing t = probe.measure(() -> Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED,
                String.valueOf(key), code.getName(), code, false, false, false, false)));
        int after = WindowBench.fx(() -> window.model().annotations().size());
        WindowBench.require(after == before + 1, "a press added one highlight: " + dialogs.messages);
        return t;
    }

    /** Where the time goes (with -Dlectern.benchmark.corpusProfile=true): JFR samples of opens, switches, presses. */
    @SuppressWarnings("unchecked")
    private void profile() throws Exception {
        try (Profile profile = new Profile(work.resolve("open.jfr"))) {
            for (PulseProbe.Timing t : repeat(0, 2, () -> window.openProject(small, analyst(0)),
                    () -> window.openProject(corpus, analyst(0)))) {
                profile.window(t.start(), t.rendered());
            }
            profile.report(out, "2 opens of the corpus", 30);
        }
        ListView<Document> list = WindowBench.fx(() ->
                (ListView<Document>) window.stage().getScene().lookup("#document-list"));
        try (Profile profile = new Profile(work.resolve("switch.jfr"))) {
            Random random = new Random(8);
            for (int i = 0; i < 20; i++) {
                int index = random.nextInt(DOCUMENTS);
                PulseProbe.Timing t = probe.measure(() -> list.getSelectionModel().select(index));
                profile.window(t.start(), t.rendered());
            }
            profile.report(out, "20 document switches", 30);
        }
        StyleClassedTextArea area = window.article().textArea();
        ArticleGenerator article = currentArticle();
        try (Profile profile = new Profile(work.resolve("keys.jfr"))) {
            Random random = new Random(9);
            for (int i = 0; i < 60; i++) {
                PulseProbe.Timing t = press(area, article, random);
                profile.window(t.start(), t.rendered());
            }
            profile.report(out, "60 key presses", 30);
        }
    }

    // (d) Review refresh ----------------------------------------------------------------------------------------

    /**
     * The key presses left their document with as many highlights more; the review refresh is measured on the
     * next document in the list, which holds the corpus's own number of highlights, as a document an analyst
     * turns to does.
     */
    @SuppressWarnings("unchecked")
    private void showUntouchedDocument() throws Exception {
        ListView<Document> list = WindowBench.fx(() ->
                (ListView<Document>) window.stage().getScene().lookup("#document-list"));
        int index = WindowBench.fx(() -> (list.getSelectionModel().getSelectedIndex() + 1) % DOCUMENTS);
        WindowBench.fx(() -> {
            list.getSelectionModel().select(index);
            list.scrollTo(index);
            return null;
        });
        probe.settle(3);
        WindowBench.require(WindowBench.fx(() -> window.model().annotations().size())
                == ANALYSTS * PER_ANALYST_PER_DOCUMENT, "an untouched document shown for the review refresh");
    }

    /**
     * With the Review tab open (Analyst 01, at the keyboard, against the colleague with most highlights), from the
     * tag key press to the moment the tab's summary line shows the new count: the press, the commit, and the
     * comparison and agreement figures brought up to date.
     */
    private void reviewRefresh(int presses) throws Exception {
        out.printf(Locale.ROOT, "   (d) review refresh: with the Review tab open, tag key press -> the tab's differences"
                + " and agreement figures up to date, %d presses%n", presses);
        Profile opening = Boolean.getBoolean("lectern.benchmark.corpusProfile")
                ? new Profile(work.resolve("review-open.jfr")) : null;
        long t0 = System.nanoTime();
        long openCpu = WindowBench.fx(() -> {
            long cpuBefore = fxCpu();
            TabPane panels = (TabPane) window.stage().getScene().getRoot().lookupAll(".tab-pane").stream()
                    .filter(node -> node instanceof TabPane pane && pane.getTabs().stream()
                            .anyMatch(tab -> tab.getText().equals("Review"))).findFirst().orElseThrow();
            Tab review = panels.getTabs().stream().filter(tab -> tab.getText().equals("Review")).findFirst()
                    .orElseThrow();
            panels.getSelectionModel().select(review);
            return fxCpu() - cpuBefore;
        });
        // The figures are computed on a worker: the tab is open once they are shown.
        var figures = WindowBench.fx(() -> ((org.lectern.ui.review.ReviewPanel) window.stage().getScene()
                .lookup("#review-panel")).viewModel().agreement().computingProperty());
        for (int wait = 0; wait < 6_000 && WindowBench.fx(figures::get); wait++) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
        WindowBench.require(!WindowBench.fx(figures::get), "the first figures were computed");
        if (opening != null) {
            opening.window(t0, System.nanoTime());
            opening.report(out, "opening the Review tab, to the first figures", 30);
            opening.close();
        }
        probe.settle(3);
        out.printf(Locale.ROOT, "         opening the Review tab: FX thread %.0f ms (CPU of the request), first figures"
                + " shown after %.0f ms%n", openCpu / 1e6, (System.nanoTime() - t0) / 1e6);
        Label summaryLine = WindowBench.fx(() -> (Label) window.stage().getScene().lookup("#review-summary"));
        WindowBench.require(WindowBench.fx(() -> !summaryLine.getText().isEmpty()), "review shows two analysts");
        long[] changedAt = new long[2];
        boolean[] summaryChanged = new boolean[1];
        WindowBench.fx(() -> {
            summaryLine.textProperty().addListener((obs, old, now) -> summaryChanged[0] = true);
            // Up to date: the differences shown and the agreement figures computed for the project after the press.
            figures.addListener((obs, was, now) -> {
                if (!now && summaryChanged[0]) {
                    changedAt[0] = System.nanoTime();
                    changedAt[1] = fxCpu();
                }
            });
            return null;
        });
        StyleClassedTextArea area = window.article().textArea();
        ArticleGenerator article = currentArticle();
        Random random = new Random(4242);
        List<Long> refreshes = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        int warmups = 5;
        for (int i = 0; i < warmups + presses; i++) {
            changedAt[0] = 0;
            WindowBench.fx(() -> summaryChanged[0] = false);
            long cpuBefore = WindowBench.fx(CorpusBench::fxCpu);
            PulseProbe.Timing t = press(area, article, random);
            long done = waitForReview(changedAt);
            WindowBench.require(done != 0, "the review summary followed the press");
            if (i >= warmups) {
                refreshes.add(done - t.start());
                cpu.add(WindowBench.fx(() -> changedAt[1]) - cpuBefore);
            }
        }
        Stats refresh = new Stats(refreshes);
        out.println("         FX-thread CPU from the press to the review up to date (what an idle machine would"
                + " take at most): " + new Stats(cpu).percentiles());
        if (Boolean.getBoolean("lectern.benchmark.corpusProfile")) {
            try (Profile profile = new Profile(work.resolve("review.jfr"))) {
                for (int i = 0; i < 30; i++) {
                    changedAt[0] = 0;
                    WindowBench.fx(() -> summaryChanged[0] = false);
                    PulseProbe.Timing t = press(area, article, random);
                    profile.window(t.start(), waitForReview(changedAt));
                }
                profile.report(out, "30 key presses with the Review tab open, to the review up to date", 30);
            }
        }
        out.println("         press -> review up to date: " + refresh.percentiles() + String.format(Locale.ROOT,
                "  target p99 <= %.0f ms  %s", REVIEW_TARGET_MS, Stats.verdict(refresh.percentile(99)
                        <= REVIEW_TARGET_MS)));
        summary.add(String.format(Locale.ROOT, "8d review refresh after an edit:     p50 %7.1f ms  p99 %7.1f ms"
                + "   target <= 50 ms    %s", refresh.median(), refresh.percentile(99),
                Stats.verdict(refresh.percentile(99) <= REVIEW_TARGET_MS)));
    }

    /** When the review was up to date after a press (0 if not within a minute): the figures come from a worker. */
    private static long waitForReview(long[] changedAt) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long done = 0;
        while (done == 0 && System.nanoTime() < deadline) {
            done = WindowBench.fx(() -> changedAt[0]);
            java.util.concurrent.locks.LockSupport.parkNanos(500_000L);
        }
        return done;
    }

    // -----------------------------------------------------------------------------------------------------------

    /** CPU time of the calling thread (the FX thread, where it is called): unlike wall time, not slowed by a busy machine. */
    private static long fxCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double heapMb() {
        // A full, stop-the-world collection each time (G1 runs System.gc() to its end before returning); the
        // second and third catch what finalisation and reference clearing freed after the first.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private List<PulseProbe.Timing> repeat(int warmups, int runs, Runnable before, Runnable action) throws Exception {
        List<PulseProbe.Timing> timings = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            WindowBench.fx(() -> {
                before.run();
                return null;
            });
            probe.settle(3);
            System.gc();
            probe.settle(1);
            PulseProbe.Timing timing = probe.measure(action);
            WindowBench.require(dialogs.messages.isEmpty(), "no messages: " + dialogs.messages);
            if (i >= warmups) {
                timings.add(timing);
            }
        }
        return timings;
    }

    private Stats report(List<PulseProbe.Timing> timings, double target) {
        out.println("       run   total  = request (sync) + wait for pulse + CSS&layout + sync&paint");
        int n = 1;
        for (PulseProbe.Timing t : timings) {
            out.printf(Locale.ROOT, "       %2d  %7.1f  = %7.1f + %7.1f + %7.1f + %7.1f ms%n", n++, t.total() / 1e6,
                    t.action() / 1e6, t.waitForPulse() / 1e6, t.cssAndLayout() / 1e6, t.syncAndRender() / 1e6);
        }
        Stats total = new Stats(timings.stream().map(PulseProbe.Timing::total).toList());
        out.printf(Locale.ROOT, "       median %.1f ms, max %.1f ms  (target <= %.0f ms)  %s%n", total.median(),
                total.max(), target, Stats.verdict(total.median() <= target));
        out.println("       FX-thread CPU of the request alone: " + new Stats(timings.stream()
                .map(PulseProbe.Timing::actionCpu).toList()).percentiles());
        return total;
    }
}
