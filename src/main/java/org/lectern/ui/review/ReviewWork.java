package org.lectern.ui.review;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the Review tab's figures are computed: in the window ({@link #inBackground}) on a worker, so that the
 * window never waits for them, unless the work is quick; one step at a time under a test's control.
 */
public interface ReviewWork {
    /**
     * Runs {@code work}, then hands its result to {@code done}, or its failure to {@code failed}, on the window's
     * thread; work cancelled from the status line fails with a {@link java.util.concurrent.CancellationException}.
     *
     * @param quick whether the work is quick (a few documents compared after an edit): in the window it is then
     *              done at once, on the window's thread, which is sooner than a worker's result that waits for the
     *              next frame; other work runs on a worker, and the status line shows it with its Cancel button
     */
    <T> void run(String title, boolean quick, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs {@code step} on the window's thread once the current event is done (and the edit it made painted). */
    void later(Runnable step);

    /** The window's pooled workers ({@link org.lectern.ui.BackgroundWork}). */
    static ReviewWork inBackground(org.lectern.ui.BackgroundWork background) {
        return new ReviewWork() {
            @Override
            public <T> void run(String title, boolean quick, Callable<T> work, Consumer<T> done,
                                Consumer<Throwable> failed) {
                if (quick) {
                    T result;
                    try {
                        result = work.call();
                    } catch (Exception failure) {
                        failed.accept(failure);
                        return;
                    }
                    done.accept(result);
                    return;
                }
                javafx.concurrent.Task<T> task = new javafx.concurrent.Task<>() {
                    {
                        updateTitle(title);
                    }

                    @Override
                    protected T call() throws Exception {
                        return work.call();
                    }
                };
                task.setOnSucceeded(event -> done.accept(task.getValue()));
                task.setOnFailed(event -> failed.accept(task.getException()));
                task.setOnCancelled(event -> failed.accept(new java.util.concurrent.CancellationException()));
                background.run(task);
            }

            @Override
            public void later(Runnable step) {
                javafx.application.Platform.runLater(step);
            }
        };
    }
}
