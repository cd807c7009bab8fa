/**
 * The {@code lectern} command line: opening the window on a project, and the {@code import} and {@code info}
 * commands that work without a display. Only this package (and {@code org.lectern.Launcher}) prints to the
 * console; everything it reports is one sentence an analyst can act on, never a stack trace.
 */
package org.lectern.cli;
