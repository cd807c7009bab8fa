package org.lectern.ui;

/**
 * Run in a child JVM by {@link FirstFrameClassesTest}: starts the window as Lectern starts it (LecternApp on the
 * default project), which ends the JVM with exit code {@value LecternApp#HALTED_AT_FIRST_FRAME} as soon as the
 * first frame is laid out, before anything queued after that frame can run. With {@code -verbose:class}, the
 * classes it names are those loaded until the first frame. With {@value #WHOLE_WINDOW_PROPERTY} true it shows the
 * whole window instead, and ends as Lectern ends when the analyst quits.
 */
public final class FirstFrameProbe {
    static final int FIRST_FRAME = LecternApp.HALTED_AT_FIRST_FRAME;
    /** When true, the window starts to its whole window and then closes as it does when the analyst quits. */
    static final String WHOLE_WINDOW_PROPERTY = "lectern.test.wholeWindowThenQuit";

    private FirstFrameProbe() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (Boolean.getBoolean(WHOLE_WINDOW_PROPERTY)) {
            // (Written once the whole window is shown; only then does Lectern quit on its own.)
            java.nio.file.Path marker = java.nio.file.Path.of(System.getProperty("lectern.data.home"), "whole-shown");
            System.setProperty("lectern.benchmark.interactiveFile", marker.toString());
            System.setProperty("lectern.benchmark.exitWhenReady", "true");
            LecternApp.launchWindow(null);
            java.nio.file.Files.deleteIfExists(marker);
            System.exit(0);
        }
        System.setProperty("lectern.test.haltAtFirstFrame", "true");
        LecternApp.launchWindow(null);
        Runtime.getRuntime().halt(2); // the window closed before its first frame
    }
}
