package org.lectern.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What the slowest key presses are made of. The target judges a press by the wall clock of its work (handler and
 * pulse); on a shared 2-core machine that clock also runs while the window's thread waits for a core or for the
 * collector. Beside it this prints the CPU time the press took of the window's and the render thread, how many
 * presses a collector pause fell into, and the slowest presses part by part, so that a missed p99 can be told
 * apart from work Lectern does.
 */
final class PressTail {
    private PressTail() {
    }

    static void print(PrintStream out, String indent, List<PulseProbe.Timing> timings, GcPauses gc, double stolen,
                      int slowest) {
        Stats cpu = new Stats(timings.stream().map(t -> t.fxCpu() + t.renderCpu()).toList());
        out.println(indent + "CPU time of the press's work (window thread + render thread): " + cpu.percentiles());
        printCollectorPauses(out, indent, timings, gc);
        printCoreShare(out, indent, timings);
        if (stolen >= 0) {
            out.printf(Locale.ROOT, "%sthe host's share of the machine's cores while the presses ran (steal time): %.1f%%%n",
                    indent, stolen * 100);
        }
        out.print(indent + "the slowest " + slowest + " (press: work = handler + CSS&layout + sync&paint | CPU of"
                + " the window thread + render thread, ms):");
        IntStream.range(0, timings.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> timings.get(i).work()).reversed())
                .limit(slowest)
                .forEach(i -> {
                    PulseProbe.Timing t = timings.get(i);
                    out.printf(Locale.ROOT, "%n%s   %4d: %5.1f = %4.1f + %4.1f + %4.1f | %4.1f + %4.1f%s", indent,
                            i + 1, t.work() / 1e6, t.action() / 1e6, t.cssAndLayout() / 1e6,
                            t.syncAndRender() / 1e6, t.fxCpu() / 1e6, t.renderCpu() / 1e6,
                            paused(gc, t) ? "  (collector pause inside)" : "");
                    out.printf(Locale.ROOT, "%n%s         %s; neither running nor waiting: %.1f ms", indent,
                            t.cores().describe(), t.cores().unaccounted(t.work(), t.fxCpu() + t.renderCpu()) / 1e6);
                });
        out.println();
    }

    /** Whether a collector pause fell inside the press's handler or its pulse (not the wait between them). */
    static boolean paused(GcPauses gc, PulseProbe.Timing t) {
        return !gc.within(t.start(), t.actionDone()).isEmpty() || !gc.within(t.pulseStart(), t.rendered()).isEmpty();
    }

    /** How long the press's threads stood without a core, over all presses, and who ran meanwhile. */
    private static void printCoreShare(PrintStream out, String indent, List<PulseProbe.Timing> timings) {
        if (timings.isEmpty() || !timings.get(0).cores().known()) {
            return;
        }
        Stats waited = new Stats(timings.stream().map(t -> t.cores().windowWaited() + t.cores().renderWaited())
                .toList());
        java.util.Map<String, Long> others = new java.util.HashMap<>();
        timings.forEach(t -> t.cores().othersRan().forEach((name, ns) -> others.merge(name, ns, Long::sum)));
        String most = others.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue()
                .reversed()).limit(5).map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(),
                        e.getValue() / 1e6 / timings.size())).collect(java.util.stream.Collectors.joining(", "));
        out.println(indent + "time the window and render threads stood ready without a core: " + waited.percentiles());
        out.println(indent + "other threads running meanwhile, ms per press: " + most);
    }

    private static void printCollectorPauses(PrintStream out, String indent, List<PulseProbe.Timing> timings,
                                             GcPauses gc) {
        List<GcPauses.Pause> all = gc.all();
        if (all.isEmpty()) {
            out.println(indent + "collector pauses during the timed presses: none");
            return;
        }
        List<Long> clean = new ArrayList<>();
        for (PulseProbe.Timing t : timings) {
            if (!paused(gc, t)) {
                clean.add(t.work());
            }
        }
        Stats lengths = new Stats(all.stream().map(p -> p.millis() * 1_000_000).toList());
        out.printf(Locale.ROOT, "%scollector pauses during the timed presses: %d (p50 %.0f ms, max %.0f ms), inside"
                + " the work of %d presses; the other %d presses' work: p99 %s%n", indent, all.size(),
                lengths.median(), lengths.max(), timings.size() - clean.size(), clean.size(),
                clean.isEmpty() ? "-" : Stats.ms(new Stats(clean).percentile(99)));
    }
}
