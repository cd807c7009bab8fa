package org.lectern.service;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.lectern.io.ImportException;
import org.lectern.io.exchange.ExchangeFormatException;
import org.lectern.io.export.ExportException;
import org.lectern.store.DiskFull;
import org.lectern.store.ProjectOpenException;
import org.lectern.store.StoreException;

/**
 * Says in plain words what stopped Lectern and what to do, for whatever was thrown: the command line prints it,
 * the window shows it. Failures Lectern foresaw carry such a message already; a full disk is recognised
 * wherever it struck; anything else is named as unexpected, with the log file that holds the details.
 */
public final class FailureMessage {
    private FailureMessage() {
    }

    public static String of(Throwable failure, Path logFile) {
        if (isWordedForAnalysts(failure)) {
            return failure.getMessage();
        }
        if (DiskFull.isCause(failure)) {
            return fileOf(failure).map(file -> "Lectern could not write " + file + " because the disk is full: ")
                    .orElse("Lectern could not write to the disk because it is full: ")
                    + DiskFull.WHAT_TO_DO.replaceAll("\\.$", "") + "; everything saved before is safe.";
        }
        if (failure instanceof OutOfMemoryError) {
            return "Lectern ran out of memory; everything saved before is safe, so close Lectern and start it again"
                    + " (the details are in " + logFile + ").";
        }
        return "Lectern met an unexpected problem (" + rootMessage(failure) + ") and stopped what it was doing;"
                + " everything saved before is safe, and the details are in " + logFile + ": please send that"
                + " file along when you report the problem.";
    }

    /** Exceptions whose message was written as one plain sentence for the analyst, naming the file. */
    private static boolean isWordedForAnalysts(Throwable failure) {
        return failure.getMessage() != null && (failure instanceof ProjectOpenException
                || failure instanceof ProjectUnavailable || failure instanceof NotSaved
                || failure instanceof StoreException || failure instanceof ImportException
                || failure instanceof ExchangeFormatException || failure instanceof ExportException);
    }

    private static java.util.Optional<String> fileOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FileSystemException system && system.getFile() != null) {
                Path file = Path.of(system.getFile()).getFileName();
                return java.util.Optional.of(file == null ? system.getFile() : file.toString());
            }
        }
        return java.util.Optional.empty();
    }

    /** The innermost cause's own words, on one line; its kind when it has none. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName()
                : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
