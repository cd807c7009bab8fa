package org.lectern.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.lectern.service.AnalystPreferences;
import org.lectern.ui.MainWindow;

/**
 * The child JVM of figure 7: opens one project in the real window (Monocle headless), from a window already showing
 * a small project, and prints {@code RESULT key=value} lines: whether it opened, the time from the request to the
 * first painted pulse, the heap in use after a full GC, and optionally how long a Find over the article blocks the
 * FX thread and how long until its count shows.
 *
 * <p>Arguments: the small project, the big project, and a query to find (or "-" for none).
 */
public final class BigDocumentWindow {
    private static MainWindow window;

    private BigDocumentWindow() {
    }

    public static void main(String[] args) throws Exception {
        Path small = Path.of(args[0]);
        Path big = Path.of(args[1]);
        String query = args[2];
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        BenchDialogs dialogs = new BenchDialogs();
        int status = 0;
        try {
            WindowBench.fx(() -> {
                Preferences node = Preferences.userRoot().node("lectern-bench-bigdoc-" + UUID.randomUUID());
                window = new MainWindow(new Stage(), new AnalystPreferences(node), dialogs);
                require(window.openProject(small, "Bench"), "small project opened");
                window.show();
                return null;
            });
            PulseProbe probe = WindowBench.fx(() -> new PulseProbe(window.stage().getScene()));
            probe.settle(3);
            System.gc();
            long requested = System.nanoTime();
            PulseProbe.Timing open = probe.measure(() -> require(window.openProject(big, "Bench"), "big opened"), 600);
            probe.settle(2);
            // A long article comes in slices after its first frame: the heap is measured with all of it in.
            while (WindowBench.fx(() -> window.article().isFilling())) {
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
            }
            probe.settle(2);
            System.out.printf(Locale.ROOT, "RESULT filledMs=%.0f%n", (System.nanoTime() - requested) / 1e6);
            if (!dialogs.messages.isEmpty()) {
                throw new IllegalStateException("the window reported: " + dialogs.messages);
            }
            System.out.printf(Locale.ROOT, "RESULT opened=true%nRESULT showMs=%.0f%n", open.total() / 1e6);
            System.out.printf(Locale.ROOT, "RESULT heapMb=%.0f%n", heapAfterGc() / 1048576.0);
            String histogram = System.getProperty("lectern.benchmark.histogram");
            if (histogram != null) {
                // For finding where the heap goes: the same table as jcmd PID GC.class_histogram.
                Object table = ManagementFactory.getPlatformMBeanServer().invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
                java.nio.file.Files.writeString(Path.of(histogram), String.valueOf(table));
            }
            if (!query.equals("-")) {
                find(probe, query);
            }
        } catch (Throwable failure) {
            boolean memory = failure instanceof OutOfMemoryError || failure.getCause() instanceof OutOfMemoryError
                    || String.valueOf(failure).contains("OutOfMemoryError");
            System.out.println("RESULT opened=false");
            System.out.println("RESULT failure=" + (memory ? "out of memory" : String.valueOf(failure)));
            status = 1;
        } finally {
            Runtime.getRuntime().halt(status);
        }
    }

    /** Opens the find bar and types the query in one go: the block is the FX thread's, the total until the count shows. */
    private static void find(PulseProbe probe, String query) throws Exception {
        WindowBench.fx(() -> {
            var ctrlF = new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.F, false, true, false, false);
            window.stage().getScene().getAccelerators().entrySet().stream()
                    .filter(e -> e.getKey().match(ctrlF)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Ctrl+F")).getValue().run();
            return null;
        });
        probe.settle(2);
        TextField field = WindowBench.fx(() -> (TextField) window.stage().getScene().lookup("#find-query"));
        Label count = WindowBench.fx(() -> (Label) window.stage().getScene().lookup("#find-count"));
        long start = System.nanoTime();
        PulseProbe.Timing typed = probe.measure(() -> field.setText(query));
        String shown;
        while (!(shown = WindowBench.fx(count::getText)).contains(" of ") && !shown.equals("No matches")) {
            probe.settle(1);
        }
        long total = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "RESULT findBlockMs=%.1f%nRESULT findMs=%.0f%nRESULT findCount=%s%n",
                typed.action() / 1e6, total / 1e6, shown);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("failed: " + what);
        }
    }
}
