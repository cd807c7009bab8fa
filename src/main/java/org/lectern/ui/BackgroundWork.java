package org.lectern.ui;

import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The window's long work (reading a file, saving an import, exporting, copying the project) runs here, on a small
 * pool of worker threads, never on the window's own thread, so that the window keeps answering. The status line
 * shows the latest piece of work with its progress and a Cancel button.
 */
public final class BackgroundWork {
    /** Two workers: one long piece of work never keeps a second from starting, and the machine keeps a core. */
    private static final int WORKERS = 2;

    private final java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(WORKERS,
            WORKERS, 30, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(),
            new Workers());

    public BackgroundWork() {
        pool.allowCoreThreadTimeOut(true); // an idle window keeps no threads
    }
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Task<?>> shown = new ReadOnlyObjectWrapper<>();

    /** Work that stops by its own means rather than by interrupting its thread (a write that must roll back). */
    interface Stoppable {
        void stop();
    }

    /** Starts {@code task} on a worker; called on the window's thread. */
    public <T> Task<T> run(Task<T> task) {
        running.add(task);
        shown.set(task);
        task.stateProperty().addListener((obs, old, now) -> {
            if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                running.remove(task);
                shown.set(running.isEmpty() ? null : running.get(running.size() - 1));
            }
        });
        pool.execute(task);
        return task;
    }

    /**
     * Work too short and too ordinary to show in the status line or to cancel (preparing the styles of the article
     * about to be shown): it runs on a worker all the same. Fails, rather than runs, once the window has closed.
     */
    public <T> java.util.concurrent.CompletableFuture<T> prepare(java.util.function.Supplier<T> work) {
        try {
            return java.util.concurrent.CompletableFuture.supplyAsync(work, pool);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            return java.util.concurrent.CompletableFuture.failedFuture(closed);
        }
    }

    /** The piece of work the status line shows: the latest still running, or null. */
    public ReadOnlyObjectProperty<Task<?>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return !running.isEmpty();
    }

    /** Cancel (the button, or Escape): stops the work shown. */
    public void cancelShown() {
        Task<?> task = shown.get();
        if (task != null) {
            cancel(task);
        }
    }

    /** Stops every piece of work, when the window closes or another project is opened. */
    public void cancelAll() {
        // A copy: a task cancelled here leaves the list as it goes.
        List.copyOf(running).forEach(BackgroundWork::cancel);
    }

    private static void cancel(Task<?> task) {
        if (task instanceof Stoppable stoppable) {
            stoppable.stop();
        } else {
            task.cancel();
        }
    }

    /** No more work is taken; work under way finishes or stops at its next check. */
    public void shutdown() {
        cancelAll();
        pool.shutdown();
    }

    /** Daemon threads, so that closing the window is never held up by a file still being read. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "lectern-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
