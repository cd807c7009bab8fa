package org.lectern.bench;

import com.sun.javafx.scene.SceneHelper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Times one action on the FX thread and the first pulse after it: when the pulse started its work on the scene
 * (pre-layout listener, i.e. before CSS), when CSS and layout were done (post-layout listener), and when the
 * render thread had finished painting that pulse (the FX thread waits on the scene peer right after the pulse;
 * JavaFX's own next pulse would wait the same way). Beside the clock it notes the CPU time the window's thread
 * spent in the action and the pulse, and the render thread's in the pulse: a span far longer than its CPU time
 * waited for something (a core, the collector), rather than working.
 */
final class PulseProbe {
    /**
     * All times from System.nanoTime(); {@code actionCpu} is the window thread's CPU time in the action,
     * {@code fxCpu} in the action and the pulse, {@code renderCpu} the render thread's from the pulse's start until
     * its frame was painted.
     */
    record Timing(long start, long actionDone, long pulseStart, long layoutDone, long rendered, long actionCpu,
                  long fxCpu, long renderCpu, CoreShare.Share cores) {
        long action() {
            return actionDone - start;
        }

        long waitForPulse() {
            return pulseStart - actionDone;
        }

        long cssAndLayout() {
            return layoutDone - pulseStart;
        }

        long syncAndRender() {
            return rendered - layoutDone;
        }

        /** The pulse's own work: CSS, layout, copy to the render graph, paint. */
        long pulseWork() {
            return rendered - pulseStart;
        }

        long total() {
            return rendered - start;
        }

        /** The action's and the pulse's wall-clock work, as the key press target judges it. */
        long work() {
            return action() + pulseWork();
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Scene scene;
    private CompletableFuture<Timing> pending;
    private long start;
    private long actionDone;
    private long pulseStart;
    private long actionCpu;
    private long pulseStartCpu;
    private long pulseStartRenderCpu;
    private CoreShare.Snapshot coresBefore;
    private final long renderThread = renderThreadId();

    PulseProbe(Scene scene) {
        this.scene = scene;
        scene.addPreLayoutPulseListener(this::preLayout);
        scene.addPostLayoutPulseListener(this::postLayout);
    }

    private void preLayout() {
        if (pending != null && pulseStart == 0) {
            pulseStart = System.nanoTime();
            pulseStartCpu = THREADS.getCurrentThreadCpuTime();
            pulseStartRenderCpu = renderCpu();
        }
    }

    private long renderCpu() {
        return renderThread < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(renderThread));
    }

    /** JavaFX paints on a thread of its own, started with the toolkit; -1 when there is none to be found. */
    private static long renderThreadId() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }

    private void postLayout() {
        if (pending == null || pulseStart == 0) {
            return;
        }
        long layoutDone = System.nanoTime();
        CompletableFuture<Timing> done = pending;
        pending = null;
        long s = start;
        long a = actionDone;
        long p = pulseStart;
        long cpuOfAction = actionCpu;
        long cpuAtPulse = pulseStartCpu;
        long renderCpuAtPulse = pulseStartRenderCpu;
        CoreShare.Snapshot coresAtStart = coresBefore;
        // Runs once this pulse has handed its frame to the render thread.
        Platform.runLater(() -> {
            SceneHelper.getPeer(scene).waitForRenderingToComplete();
            long rendered = System.nanoTime();
            long fxCpu = cpuOfAction + THREADS.getCurrentThreadCpuTime() - cpuAtPulse;
            long renderCpu = renderCpu() - renderCpuAtPulse;
            // Read after the clock stopped, as the first snapshot was read before it started.
            done.complete(new Timing(s, a, p, layoutDone, rendered, cpuOfAction, fxCpu, renderCpu,
                    CoreShare.between(coresAtStart, CoreShare.Snapshot.now())));
        });
    }

    /** Runs {@code action} on the FX thread and waits until the first pulse after it has been rendered. */
    Timing measure(Runnable action) throws Exception {
        return measure(action, 60);
    }

    /** As {@link #measure(Runnable)}, waiting at most {@code seconds} (a big document may take long to show). */
    Timing measure(Runnable action, long seconds) throws Exception {
        CompletableFuture<Timing> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                pulseStart = 0;
                coresBefore = CoreShare.Snapshot.now();
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                start = System.nanoTime();
                action.run();
                actionDone = System.nanoTime();
                actionCpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
                pending = result;
                Platform.requestNextPulse();
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(seconds, TimeUnit.SECONDS);
    }

    /** Lets pulses run until the scene has been laid out and painted a few times with nothing new. */
    void settle(int pulses) throws Exception {
        for (int i = 0; i < pulses; i++) {
            measure(() -> { });
        }
    }
}
