package org.lectern.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.lectern.ui.review.ReviewWork;

/**
 * The Review tab's work held in a queue until a test runs it, one step at a time: what a worker would compute
 * meanwhile can be put between an edit and the next, without a window or a thread.
 */
final class StepByStepWork implements ReviewWork {
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    int computations;

    @Override
    public <T> void run(String title, boolean shown, Callable<T> work, Consumer<T> done,
                        Consumer<Throwable> failed) {
        waiting.add(() -> {
            computations++;
            T result;
            try {
                result = work.call();
            } catch (Exception failure) {
                failed.accept(failure);
                return;
            }
            done.accept(result);
        });
    }

    @Override
    public void later(Runnable step) {
        waiting.add(step);
    }

    boolean isIdle() {
        return waiting.isEmpty();
    }

    /** Runs the step waiting longest (a computation with its result handed back, or a refresh). */
    void step() {
        waiting.remove().run();
    }

    /** Runs every step, and those they start, until nothing is left. */
    void runAll() {
        while (!waiting.isEmpty()) {
            step();
        }
    }
}
