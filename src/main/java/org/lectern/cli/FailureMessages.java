package org.lectern.cli;

import org.lectern.log.LecternLog;
import org.lectern.service.FailureMessage;

/** Turns whatever stopped a command into one line for the console: what happened and what to do. */
final class FailureMessages {
    private FailureMessages() {
    }

    static String of(Throwable failure) {
        if (failure instanceof CommandFailure) {
            return failure.getMessage();
        }
        // A stack trace means nothing to an analyst: it goes to the log file, which the message names.
        return FailureMessage.of(failure, LecternLog.file());
    }

    static String rootMessage(Throwable failure) {
        return FailureMessage.rootMessage(failure);
    }
}
