package org.lectern.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.lectern.ui.review.ReviewWork;

/**
 * The Review tab's work held until a test lets it happen, without a window or a thread: the window's own events
 * (a refresh after an edit) and the worker's computations are queued apart, so that a test can put edits and
 * refreshes between the start of a computation and the moment its result is handed back. Quick work waits too:
 * what a test checks is that nothing is lost whenever a result comes back.
 */
final class StepByStepWork implements ReviewWork {
    private final Deque<Runnable> windowEvents = new ArrayDeque<>();
    private final Deque<Runnable> computations = new ArrayDeque<>();
    private final Deque<Consumer<Throwable>> failures = new ArrayDeque<>();

    @Override
    public <T> void run(String title, boolean quick, Callable<T> work, Consumer<T> done,
                        Consumer<Throwable> failed) {
        computations.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception failure) {
                failed.accept(failure);
                return;
            }
            done.accept(result);
        });
        failures.add(failed);
    }

    @Override
    public void later(Runnable step) {
        windowEvents.add(step);
    }

    /** The window's thread runs the events waiting for it (a refresh after an edit, say). */
    void runWindowEvents() {
        while (!windowEvents.isEmpty()) {
            windowEvents.remove().run();
        }
    }

    /** The oldest computation under way finishes, and its result is handed back on the window's thread. */
    void finishComputation() {
        failures.remove();
        computations.remove().run();
    }

    /** The oldest computation under way is stopped (Cancel in the status line) before it finishes. */
    void cancelComputation() {
        computations.remove();
        failures.remove().accept(new java.util.concurrent.CancellationException());
    }

    /** Everything happens, in turn, until nothing is left. */
    void runAll() {
        while (!windowEvents.isEmpty() || !computations.isEmpty()) {
            runWindowEvents();
            if (!computations.isEmpty()) {
                finishComputation();
            }
        }
    }
}
