package org.lectern.ui.review;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the Review tab's figures are computed: on a worker in the window ({@link #inBackground}), so that the
 * window never waits for them; one step at a time under a test's control.
 */
public interface ReviewWork {
    /**
     * Runs {@code work} away from the window's thread, then hands its result to {@code done}, or its failure to
     * {@code failed}, on the window's thread; work cancelled from the status line fails with a
     * {@link java.util.concurrent.CancellationException}.
     *
     * @param shown whether the status line shows the work (with its Cancel button): long work is shown, a quick
     *              update after an edit is not, so that it does not flicker at every key press
     */
    <T> void run(String title, boolean shown, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs {@code step} on the window's thread once the current event is done (and the edit it made painted). */
    void later(Runnable step);

    /** The window's pooled workers ({@link org.lectern.ui.BackgroundWork}). */
    static ReviewWork inBackground(org.lectern.ui.BackgroundWork background) {
        return new ReviewWork() {
            @Override
            public <T> void run(String title, boolean shown, Callable<T> work, Consumer<T> done,
                                Consumer<Throwable> failed) {
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
                if (shown) {
                    background.run(task);
                } else {
                    background.runUnshown(task);
                }
            }

            @Override
            public void later(Runnable step) {
                javafx.application.Platform.runLater(step);
            }
        };
    }
}
