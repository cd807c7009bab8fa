package org.lectern.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who had the cores while a press was being handled (Linux only, from {@code /proc/self/task/<id>/schedstat}):
 * how long the window's thread and the render thread stood ready to run without a core, and which other threads
 * of this JVM ran meanwhile (the collector's, the compiler's, Lectern's own workers). A slow press whose threads
 * waited for a core while the compiler ran is the machine's doing; one whose threads ran throughout is Lectern's.
 */
final class CoreShare {
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final String WINDOW_THREAD = "JavaFX Applicat"; // names are cut to 15 characters
    private static final String RENDER_THREAD = "QuantumRenderer";

    /** One thread's running and waiting-for-a-core time so far, in ns. */
    private record Times(String name, long running, long waiting) {
    }

    /** Every thread of the JVM at one moment; empty where /proc is not there. */
    static final class Snapshot {
        private final Map<String, Times> byTask;

        private Snapshot(Map<String, Times> byTask) {
            this.byTask = byTask;
        }

        static Snapshot now() {
            Map<String, Times> tasks = new HashMap<>();
            if (!Files.isDirectory(TASKS)) {
                return new Snapshot(tasks);
            }
            try (Stream<Path> list = Files.list(TASKS)) {
                for (Path task : list.toList()) {
                    try {
                        String[] stat = Files.readString(task.resolve("schedstat")).trim().split(" ");
                        String name = Files.readString(task.resolve("comm")).trim();
                        tasks.put(task.getFileName().toString(),
                                new Times(name, Long.parseLong(stat[0]), Long.parseLong(stat[1])));
                    } catch (IOException | RuntimeException ended) {
                        // The thread ended between the listing and the read.
                    }
                }
            } catch (IOException e) {
                // No figures: the line says so.
            }
            return new Snapshot(tasks);
        }
    }

    /** What happened between two snapshots. */
    record Share(boolean known, long windowWaited, long renderWaited, Map<String, Long> othersRan) {
        /**
         * The part of a span of {@code wall} ns, in which the two threads ran {@code cpu} ns (one after the other:
         * the window's thread waits for the paint), when neither ran nor stood ready for a core: blocked, or their
         * virtual core stopped by the host. Approximate, and never below zero.
         */
        long unaccounted(long wall, long cpu) {
            return known() ? Math.max(0, wall - cpu - windowWaited - renderWaited) : 0;
        }

        /** E.g. "waited for a core 12.1 + 3.0 ms; others ran: C2 CompilerThre 9.8, G1 Conc#0 4.1 ms". */
        String describe() {
            if (!known()) {
                return "(no scheduler figures)";
            }
            String others = othersRan.entrySet().stream().filter(e -> e.getValue() >= 500_000)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                    .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / 1e6))
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "waited for a core %.1f + %.1f ms; others ran: %s", windowWaited / 1e6,
                    renderWaited / 1e6, others.isEmpty() ? "none over 0.5 ms" : others + " ms");
        }
    }

    private CoreShare() {
    }

    /**
     * The share of the machine's CPU time the host took for itself ("steal": the virtual cores stood still) since
     * {@code since} until {@code now}, both readings of {@link #cpuJiffies()}; -1 where either is missing (no
     * /proc/stat).
     */
    static double stolenSince(long[] since, long[] now) {
        if (since == null || now == null || now[1] <= since[1]) {
            return -1;
        }
        return (double) (now[0] - since[0]) / (now[1] - since[1]);
    }

    /** Steal and total jiffies of all CPUs so far; null where /proc/stat is not there. */
    static long[] cpuJiffies() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) { // user … steal (guest time is inside user)
                total += Long.parseLong(fields[i]);
            }
            return new long[] {fields.length > 8 ? Long.parseLong(fields[8]) : 0, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The share of the cores between {@code before} and {@code after}, by thread name (threads alike summed). */
    static Share between(Snapshot before, Snapshot after) {
        long windowWaited = 0;
        long renderWaited = 0;
        Map<String, Long> others = new HashMap<>();
        for (Map.Entry<String, Times> entry : after.byTask.entrySet()) {
            Times now = entry.getValue();
            Times then = before.byTask.getOrDefault(entry.getKey(), new Times(now.name(), 0, 0));
            long ran = now.running() - then.running();
            long waited = now.waiting() - then.waiting();
            if (now.name().equals(WINDOW_THREAD)) {
                windowWaited = waited;
            } else if (now.name().startsWith(RENDER_THREAD)) {
                renderWaited += waited;
            } else if (ran > 0) {
                others.merge(now.name().replaceAll("#?\\d+$", ""), ran, Long::sum);
            }
        }
        return new Share(!after.byTask.isEmpty(), windowWaited, renderWaited, others);
    }
}
