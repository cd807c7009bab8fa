package org.lectern.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Reads a file away from the window's thread (a large page or a colleague's project takes a moment), then
 * hands what was read back on the window's thread. A failure reaches the analyst as a message: the expected
 * kind with its own words, anything else as unexpected, naming the log file that has the details.
 */
final class BackgroundReading {
    private BackgroundReading() {
    }

    /** The reading itself, run on a worker thread. */
    @FunctionalInterface
    interface Reading<T> {
        T read() throws Exception;
    }

    static <T> void start(WorkbenchModel model, Path file, String failureTitle, Class<? extends Exception> expected,
                          Reading<T> reading, Consumer<T> whenRead) {
        start(model, file, failureTitle, expected, reading, whenRead, () -> { });
    }

    /** As above; {@code whenOver} runs once the reading is over, however it ended (even cancelled unstarted). */
    static <T> void start(WorkbenchModel model, Path file, String failureTitle, Class<? extends Exception> expected,
                          Reading<T> reading, Consumer<T> whenRead, Runnable whenOver) {
        model.status("Reading " + file.getFileName() + "…");
        Task<T> task = new Task<>() {
            {
                updateTitle("Reading " + file.getFileName());
                updateMessage("Cancel stops it; nothing is changed");
            }

            @Override
            protected T call() throws Exception {
                updateProgress(-1, 1);
                return reading.read();
            }
        };
        task.stateProperty().addListener((obs, old, now) -> {
            if (now == javafx.concurrent.Worker.State.SUCCEEDED || now == javafx.concurrent.Worker.State.FAILED
                    || now == javafx.concurrent.Worker.State.CANCELLED) {
                whenOver.run();
            }
        });
        task.setOnSucceeded(event -> {
            model.status("");
            whenRead.accept(task.getValue());
        });
        task.setOnCancelled(event -> model.status("Cancelled reading " + file.getFileName()
                + "; nothing was changed"));
        task.setOnFailed(event -> {
            model.status("");
            Throwable failure = task.getException();
            model.dialogs().showError(failureTitle, expected.isInstance(failure) ? failure.getMessage()
                    : UnexpectedErrors.explain(failure));
        });
        model.work().run(task);
    }
}
