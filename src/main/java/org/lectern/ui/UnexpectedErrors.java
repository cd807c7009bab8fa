package org.lectern.ui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.lectern.service.FailureMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for errors nobody caught, on the JavaFX thread or any other: the full story goes to the log
 * file, and the analyst sees a short message naming that file, instead of silence or a window that stopped
 * answering. The window carries on; everything saved before the error is in the project file already.
 */
public final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {

    private final DialogService dialogs;
    private final Path logFile;
    /** One message at a time: an error repeated on every frame must not pile up dialogs. */
    private final AtomicBoolean showing = new AtomicBoolean();

    private UnexpectedErrors(DialogService dialogs, Path logFile) {
        this.dialogs = dialogs;
        this.logFile = logFile;
    }

    /**
     * Makes this the handler of every thread, the JavaFX thread included (call it on that thread). Closing the
     * returned handle puts back the handlers there were before.
     */
    public static AutoCloseable install(DialogService dialogs, Path logFile) {
        UnexpectedErrors handler = new UnexpectedErrors(dialogs, logFile);
        Thread.UncaughtExceptionHandler previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread fxThread = Thread.currentThread();
        Thread.UncaughtExceptionHandler previousFx = fxThread.getUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(handler);
        fxThread.setUncaughtExceptionHandler(handler);
        return () -> {
            Thread.setDefaultUncaughtExceptionHandler(previousDefault);
            fxThread.setUncaughtExceptionHandler(previousFx == fxThread.getThreadGroup() ? null : previousFx);
        };
    }

    /**
     * For a failure caught where it happened but not foreseen there: logs it whole and returns what the analyst
     * is told, the same words the last-resort handler would use.
     */
    static String explain(Throwable failure) {
        log().error("Unexpected error", failure);
        return FailureMessage.of(failure, org.lectern.log.LecternLog.file());
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        log().error("Unexpected error on thread {}", thread.getName(), failure);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        String message = FailureMessage.of(failure, logFile);
        try {
            // Later, never in the middle of a layout pass or an animation, where JavaFX refuses to open a dialog.
            Platform.runLater(() -> {
                try {
                    dialogs.showError("Something went wrong", message);
                } catch (RuntimeException | LinkageError dialogFailure) {
                    log().error("The message about an unexpected error could not be shown", dialogFailure);
                } finally {
                    showing.set(false);
                }
            });
        } catch (IllegalStateException toolkitGone) {
            // The window is closed already: the log file has it all.
            showing.set(false);
        }
    }

    /**
     * Asked for when there is something to log, not when the handler is installed at start-up: the first logger
     * sets up the log file (Logback and its configuration, some 800 classes), which need not delay the window.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(UnexpectedErrors.class);
    }
}
