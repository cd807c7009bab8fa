package org.lectern.store;

/**
 * Which kind of Lectern holds a project open for editing. It is written into the lock file beside the project,
 * so that a second Lectern that finds the project taken can say what to do: close a window, or wait for a
 * command to finish.
 */
public enum LockHolder {
    /** The Lectern window, which keeps the project open until it is closed. */
    WINDOW,
    /** {@code lectern import}, which holds the project only while it runs. */
    COMMAND_LINE
}
