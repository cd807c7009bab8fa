package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The benchmark names the threads that ran while a slow press was handled: a thread that keeps a core busy in
 * that span is named, with about the time it ran; the span's unaccounted part is what is left of its wall clock.
 */
class CoreShareTest {

    @Test
    void a_thread_busy_between_two_snapshots_is_named_with_the_time_it_ran() throws Exception {
        assumeTrue(Files.isRegularFile(Path.of("/proc/self/task", String.valueOf(ProcessHandle.current().pid()),
                "schedstat")), "Linux's per-thread scheduler figures");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stop = new CountDownLatch(1);
        long[] spun = new long[1];
        Thread busy = new Thread(() -> {
            started.countDown();
            long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            while (stop.getCount() > 0) {
                Math.sqrt(System.nanoTime()); // work, not waiting
            }
            spun[0] = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
        }, "busy-spinner");
        busy.start();
        started.await();
        CoreShare.Snapshot before = CoreShare.Snapshot.now();
        long until = System.nanoTime() + 60_000_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait(); // this thread spins too, but it is the one asking (named "main" or the like)
        }
        CoreShare.Snapshot after = CoreShare.Snapshot.now();
        stop.countDown();
        busy.join();

        CoreShare.Share share = CoreShare.between(before, after);
        long ran = share.othersRan().getOrDefault("busy-spinner", 0L);
        // On two cores shared with this thread it has most of one; its whole CPU time bounds it from above.
        assertTrue(ran >= 15_000_000, "the spinner ran " + ran + " ns in the 60 ms span: " + share.othersRan());
        assertTrue(ran <= spun[0], "no more than its own CPU time: " + ran + " > " + spun[0]);
        assertTrue(share.describe().contains("busy-spinner"), share.describe());
    }

    @Test
    void the_unaccounted_part_is_the_wall_clock_less_running_and_waiting_and_never_below_zero() {
        CoreShare.Share share = new CoreShare.Share(true, 2_000_000, 1_000_000, java.util.Map.of());
        assertEquals(7_000_000, share.unaccounted(20_000_000, 10_000_000));
        assertEquals(0, share.unaccounted(12_000_000, 10_000_000));
    }

    @Test
    void without_scheduler_figures_nothing_is_claimed() {
        CoreShare.Share unknown = new CoreShare.Share(false, 0, 0, java.util.Map.of());
        assertEquals("(no scheduler figures)", unknown.describe());
        assertEquals(0, unknown.unaccounted(20_000_000, 1_000_000));
    }
}
