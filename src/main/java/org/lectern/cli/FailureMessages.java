package org.lectern.cli;

/** Turns whatever stopped a command into one line for the console. */
final class FailureMessages {
    private FailureMessages() {
    }

    static String of(Throwable failure) {
        if (failure instanceof CommandFailure) {
            return failure.getMessage();
        }
        // Unexpected: still one line, since a stack trace means nothing to an analyst; the cause's own words
        // are the most useful part for whoever they report it to.
        return "Lectern failed: " + rootMessage(failure);
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : oneLine(message);
    }

    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
