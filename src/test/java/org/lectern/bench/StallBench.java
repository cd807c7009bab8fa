package org.lectern.bench;

import static org.lectern.bench.WindowBench.fx;
import static org.lectern.bench.WindowBench.require;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.lectern.io.BundledSample;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.io.w3c.W3cExport;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.ExportFormat;
import org.lectern.service.ProjectSession;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.text.Passages;
import org.lectern.ui.ExportRequest;
import org.lectern.ui.MainWindow;

/**
 * Section 7: the longest time the window's thread is held up by one action, in the real window (headless), for
 * the big actions of a 1 MB article with 10,000 highlights: a 10k W3C import, its undo and redo, bringing in a
 * colleague's 10k-annotation project, opening a project, an HTML export, the review bundle, opening a project
 * that shows a 1 MB document with 30,000 highlights (done once it is all filled in) and removing that document
 * (target: no block over 50 ms).
 *
 * <p>A watcher thread posts a tiny task to the window's thread, waits for it to run, notes how long that took,
 * and posts the next a millisecond later, all through the action and a short while after it: the longest wait is
 * the longest the window could not answer (a pulse, a listener, a slice of the action). Beside it, the CPU time the
 * window's thread itself spent during its longest-working wait: on a machine busy with other builds a wait also
 * counts the time the thread was kept off a core, which this figure does not.
 */
final class StallBench {
    static final double TARGET_MS = 50;
    private static final String ANALYST = "Ana Reyes";
    private static final String COLLEAGUE = "Ben Okafor";
    private static final int HIGHLIGHTS = 10_000;
    private static final String IDLE = "nothing (the window idle)";
    private static final int BIG_DOCUMENT_HIGHLIGHTS = 30_000;
    private static final boolean SHOW_STACKS = Boolean.getBoolean("lectern.benchmark.stallStacks");
    /** Profiles recorded so far: each is kept under a number of its own. */
    private int profiles;

    private final Path work;
    private final PrintStream out;
    private final List<String> summary;
    private final ArticleGenerator article = new ArticleGenerator(20_240_601L, 2_000, 1_000_000);
    private final Stamp stamp = new Stamp(COLLEAGUE, Instant.parse("2026-11-01T09:00:00Z"),
            Instant.parse("2026-11-01T09:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindow window;

    StallBench(Path work, PrintStream out, List<String> summary) {
        this.work = work;
        this.out = out;
        this.summary = summary;
    }

    /** Starts JavaFX unless another section already has (it can start once per JVM). */
    static void startToolkit() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(60, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }

    void run(int runs) throws Exception {
        startToolkit();
        out.println();
        out.printf(Locale.ROOT, "7. The window's thread during big actions (a 1 MB article, %,d highlights; longest"
                + " block per action, %d runs; target ≤ %.0f ms)%n", HIGHLIGHTS, runs, TARGET_MS);
        Document big = new Document(UUID.randomUUID(), "A big article", DocumentMetadata.EMPTY, article.text, stamp);
        Path colleague = colleagueProject(big);
        Path w3c = work.resolve("ben.jsonld");
        try (ProjectStore store = ProjectFiles.open(colleague)) {
            new W3cExport().export(store.load(), ExportScope.EVERYTHING, w3c, Progress.NONE);
        }
        Path mine = work.resolve("mine.lectern");
        Path other = work.resolve("other.lectern");
        Path removal = work.resolve("removal.lectern");
        fx(() -> {
            window = new MainWindow(new Stage(), new AnalystPreferences(Preferences.userRoot()
                    .node("lectern-bench-stall-" + UUID.randomUUID())), dialogs);
            require(window.openProject(removal, ANALYST), "removal project");
            ProjectSession session = window.model().session();
            session.perform(session.edits().addDocument("A big article", DocumentMetadata.EMPTY, article.text));
            Document doc = session.state().documents().get(session.state().documents().size() - 1);
            session.perform(new org.lectern.service.Edit("Benchmark highlights", highlights(session, doc,
                    BIG_DOCUMENT_HIGHLIGHTS)));
            require(window.openProject(other, ANALYST), "other project");
            session = window.model().session();
            session.perform(session.edits().addDocument("A big article", DocumentMetadata.EMPTY, article.text));
            doc = session.state().documents().get(session.state().documents().size() - 1);
            session.perform(new org.lectern.service.Edit("Benchmark highlights", highlights(session, doc,
                    HIGHLIGHTS)));
            require(window.openProject(mine, ANALYST), "my project");
            session = window.model().session();
            session.perform(session.edits().addDocument(big.title(), big.metadata(), big.text()));
            window.show();
            return null;
        });
        Map<String, List<Long>> blocks = new java.util.LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            // For comparison: the same watch over a window that only shows the article and does nothing (once the
            // article is all there: in the first run it is still being filled in, a slice per frame).
            waitFor(() -> !window.article().isFilling());
            measure(blocks, IDLE, () -> { }, () -> true);
            dialogs.files.add(w3c);
            measure(blocks, "10k W3C import", () -> window.actions().importAnnotations(), () -> settled(1));
            measure(blocks, "its undo", () -> window.model().undo(), () -> settled(0));
            measure(blocks, "its redo", () -> window.model().redo(), () -> settled(0));
            fx(() -> window.model().undo());
            waitFor(() -> settled(0));
            dialogs.files.add(colleague);
            measure(blocks, "bring in a colleague's 10k", () -> window.actions().bringInColleagueWork(),
                    () -> settled(1));
            fx(() -> window.model().undo());
            waitFor(() -> settled(0));
            dialogs.files.add(other);
            measure(blocks, "open a 10k project", () -> menuItem("menu-open-project").fire(),
                    () -> !window.model().work().isBusy() && window.model().session().location().equals(other));
            Path report = work.resolve("report-" + i + ".html");
            dialogs.export = new ExportRequest(ExportFormat.HTML, ExportScope.EVERYTHING, report, Optional.empty(),
                    false);
            measure(blocks, "HTML export", () -> window.actions().export(),
                    () -> window.model().saveStateProperty().get().startsWith("Exported"));
            dialogs.files.add(work.resolve("bundle-" + i + ".lectern"));
            measure(blocks, "review bundle", () -> window.actions().exportReviewBundle(),
                    () -> window.model().saveStateProperty().get().startsWith("Review bundle written"));
            dialogs.files.add(removal);
            measure(blocks, "open a 30k-highlight doc", () -> menuItem("menu-open-project").fire(),
                    () -> !window.model().work().isBusy() && window.model().session().location().equals(removal)
                            && !window.article().isFilling());
            // The removal starts from a window at rest: the document all shown, as the analyst would see it.
            measure(blocks, "remove a 30k-highlight doc", () -> window.actions().removeCurrentDocument(),
                    () -> settled(0));
            fx(() -> window.model().undo());
            waitFor(() -> settled(0));
            fx(() -> window.openProject(mine, ANALYST));
            require(dialogs.errors.isEmpty(), "no errors: " + dialogs.errors);
        }
        blocks.forEach((action, times) -> {
            Stats stats = new Stats(times);
            if (action.equals(IDLE)) {
                out.printf(Locale.ROOT, "   %-28s longest block: max %7.1f ms, median %7.1f ms   (no target: what"
                        + " the machine gives)%n", action, stats.max(), stats.median());
                summary.add(String.format(Locale.ROOT, "7  %-28s longest FX-thread block %7.1f ms (max of %d)"
                        + "  for comparison", action + ":", stats.max(), times.size()));
                return;
            }
            Stats cpu = new Stats(cpuBlocks.get(action));
            out.printf(Locale.ROOT, "   %-28s longest block: max %7.1f ms, median %7.1f ms   (target ≤ %.0f ms);"
                    + " its CPU: max %5.1f ms, median %5.1f ms; done in %.0f ms (median); run by run: %s%n", action,
                    stats.max(), stats.median(), TARGET_MS, cpu.max(), cpu.median(),
                    new Stats(doneIn.get(action)).median(), times.stream().map(nanos -> String.format(Locale.ROOT,
                            "%.0f", nanos / 1e6)).collect(java.util.stream.Collectors.joining(" · ")));
            summary.add(String.format(Locale.ROOT, "7  %-28s longest FX-thread block %7.1f ms (max of %d)  target ≤"
                    + " %.0f ms   %s", action + ":", stats.max(), times.size(), TARGET_MS,
                    Stats.verdict(stats.max() <= TARGET_MS)));
        });
        fx(() -> {
            window.stage().close();
            return null;
        });
    }

    /** A menu item of the window's menu bar, as the analyst would choose it. */
    private javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.stage().getScene().lookup("#menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private List<Change> highlights(ProjectSession session, Document document, int count) {
        List<Tag> tags = session.state().tags();
        List<Change> changes = new ArrayList<>();
        for (int[] h : article.highlights(11L, count, tags.size())) {
            changes.add(Change.created(new Annotation(UUID.randomUUID(), document.id(),
                    Passages.of(article.text, h[0], h[1]), tags.get(h[2]).id(), "",
                    new Stamp(ANALYST, stamp.created(), stamp.modified()))));
        }
        return changes;
    }

    /** Ben's project: the same article, with 10,000 highlights of his. */
    private Path colleagueProject(Document big) throws Exception {
        Path file = work.resolve("ben.lectern");
        List<Tag> tags = BundledSample.defaultTags().stream().map(t -> t.toTag(UUID.randomUUID())).toList();
        List<Change> changes = new ArrayList<>();
        changes.add(Change.created(big));
        tags.forEach(tag -> changes.add(Change.created(tag)));
        for (int[] h : article.highlights(7L, HIGHLIGHTS, tags.size())) {
            changes.add(Change.created(new Annotation(UUID.randomUUID(), big.id(), Passages.of(article.text, h[0],
                    h[1]), tags.get(h[2]).id(), "", stamp)));
        }
        try (ProjectStore store = ProjectFiles.create(file)) {
            store.write(changes);
        }
        return file;
    }

    /** No long edit under way, and the window has said what it did {@code reports} times since the last look. */
    private boolean settled(int reports) {
        if (window.model().longEditRunningProperty().get() || window.model().work().isBusy()) {
            return false;
        }
        if (dialogs.infos.size() < reports) {
            return false;
        }
        dialogs.infos.clear();
        return true;
    }

    /**
     * The window thread's own CPU time through its longest wait, per action: on a machine busy with other work a
     * wait also counts the time the thread was not given a core, this does not.
     */
    private final Map<String, List<Long>> cpuBlocks = new java.util.HashMap<>();
    /** How long each action took until done (saved and shown), per action: what the analyst waits for. */
    private final Map<String, List<Long>> doneIn = new java.util.HashMap<>();

    private void measure(Map<String, List<Long>> blocks, String action, Runnable start, Callable<Boolean> done)
            throws Exception {
        waitFor(() -> true);
        String profiled = System.getProperty("lectern.benchmark.stallProfile");
        Profile profile = profiled != null && action.contains(profiled)
                ? new Profile(work.resolve("stall-" + ++profiles + ".jfr")) : null;
        try (Watcher watcher = new Watcher()) {
            long begun = System.nanoTime();
            Platform.runLater(start);
            waitFor(done);
            doneIn.computeIfAbsent(action, k -> new ArrayList<>()).add(System.nanoTime() - begun);
            // What follows the action (the frames that show it) counts too.
            long until = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < until) {
                LockSupport.parkNanos(5_000_000L);
            }
            blocks.computeIfAbsent(action, k -> new ArrayList<>()).add(watcher.longest());
            if (profile != null && watcher.longestSpan != null) {
                profile.window(watcher.longestSpan[0], watcher.longestSpan[1]);
            }
            cpuBlocks.computeIfAbsent(action, k -> new ArrayList<>()).add(watcher.longestCpu());
            if (SHOW_STACKS) {
                watcher.stacks.forEach(stack -> out.println("   " + action + ", blocked at:\n" + stack));
            }
        } finally {
            if (profile != null) {
                profile.report(out, action + ": its longest block", 40);
                profile.close();
            }
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!fx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Benchmark action did not finish in 120 s");
            }
            LockSupport.parkNanos(10_000_000L);
        }
    }

    /** Posts a tiny task to the window's thread, one after another, and keeps the longest wait for one. */
    private static final class Watcher implements AutoCloseable {
        private final Thread thread;
        private volatile boolean watching = true;
        private volatile long longest;
        private volatile long longestCpu;
        /** When the longest block began and ended (System.nanoTime()). */
        private volatile long[] longestSpan;

        Watcher() {
            thread = new Thread(() -> {
                while (watching) {
                    CountDownLatch ran = new CountDownLatch(1);
                    long posted = System.nanoTime();
                    long cpuPosted = fxThreadCpu();
                    long[] at = new long[1];
                    long[] cpuAt = new long[1];
                    Platform.runLater(() -> {
                        at[0] = System.nanoTime();
                        cpuAt[0] = THREADS.getCurrentThreadCpuTime();
                        ran.countDown();
                    });
                    try {
                        while (!ran.await(40, TimeUnit.MILLISECONDS)) {
                            if (SHOW_STACKS) {
                                stacks.add(fxStack());
                            }
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (at[0] - posted > longest) {
                        longest = at[0] - posted;
                        longestSpan = new long[] {posted, at[0]};
                    }
                    longestCpu = Math.max(longestCpu, cpuAt[0] - cpuPosted);
                    LockSupport.parkNanos(1_000_000L);
                }
            }, "stall-watcher");
            thread.setDaemon(true);
            thread.start();
        }

        long longest() {
            return longest;
        }

        long longestCpu() {
            return longestCpu;
        }

        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private long fxThreadId = -1;

        /** The window thread's CPU time so far, read from the watcher's thread. */
        private long fxThreadCpu() {
            if (fxThreadId < 0) {
                for (Thread thread : Thread.getAllStackTraces().keySet()) {
                    if (thread.getName().equals("JavaFX Application Thread")) {
                        fxThreadId = thread.getId();
                    }
                }
            }
            return THREADS.getThreadCpuTime(fxThreadId);
        }

        /** Where the window's thread was when a wait passed 40 ms (with -Dlectern.benchmark.stallStacks=true). */
        final List<String> stacks = new java.util.concurrent.CopyOnWriteArrayList<>();

        private static String fxStack() {
            for (var entry : Thread.getAllStackTraces().entrySet()) {
                if (entry.getKey().getName().equals("JavaFX Application Thread")) {
                    StringBuilder text = new StringBuilder();
                    int shown = 0;
                    // The top of the stack, and below it Lectern's own frames: which of its calls led there.
                    for (StackTraceElement frame : entry.getValue()) {
                        if (shown++ < 25 || frame.getClassName().startsWith("org.lectern.")) {
                            text.append("        ").append(frame).append('\n');
                        }
                    }
                    return text.toString();
                }
            }
            return "";
        }

        @Override
        public void close() throws InterruptedException {
            watching = false;
            thread.join();
        }
    }

    /** Answers as the analyst would: yes, this file, this export; remembers what the window said. */
    private static final class ScriptedDialogs extends BenchDialogs {
        final List<String> infos = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.Deque<Path> files = new java.util.concurrent.ConcurrentLinkedDeque<>();
        volatile ExportRequest export;

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions) {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String description, String extension) {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public Optional<ExportRequest> askExport(Document current, List<String> authors, Path folder,
                                                 String projectName) {
            return Optional.ofNullable(export);
        }
    }
}
