package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CountDownLatch stop = new CountDownLatch(1);
        Thread busy = new Thread(() -> {
            while (stop.getCount() > 0) {
                Math.sqrt(System.nanoTime()); // work, not waiting
            }
        }, "busy-spinner");
        busy.start();
        try {
            CoreShare.Snapshot before = CoreShare.Snapshot.now();
            long cpuAtStart = threads.getThreadCpuTime(busy.getId());
            // However the cores are shared, until the spinner has had 30 ms of one (at most 20 s).
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (threads.getThreadCpuTime(busy.getId()) - cpuAtStart < 30_000_000 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(1_000_000);
            }
            long cpuAtEnd = threads.getThreadCpuTime(busy.getId());
            CoreShare.Snapshot after = CoreShare.Snapshot.now();

            CoreShare.Share share = CoreShare.between(before, after);
            long ran = share.othersRan().getOrDefault("busy-spinner", 0L);
            // The snapshots enclose the two readings of its CPU clock, which counts what the scheduler does.
            assertTrue(ran >= cpuAtEnd - cpuAtStart, "the spinner ran " + ran + " ns by the scheduler's figures, "
                    + (cpuAtEnd - cpuAtStart) + " ns by its CPU clock: " + share.othersRan());
            assertTrue(share.describe().contains("busy-spinner"), share.describe());
        } finally {
            stop.countDown();
            busy.join();
        }
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
