package org.lectern.ui;

/**
 * Run in a child JVM by {@link FirstFrameClassesTest}: starts the window as Lectern starts it (LecternApp on the
 * default project), which ends the JVM with exit code {@value LecternApp#HALTED_AT_FIRST_FRAME} as soon as the
 * first frame is laid out, before anything queued after that frame can run. With {@code -verbose:class}, the
 * classes it names are those loaded until the first frame.
 */
public final class FirstFrameProbe {
    static final int FIRST_FRAME = LecternApp.HALTED_AT_FIRST_FRAME;

    private FirstFrameProbe() {
    }

    public static void main(String[] args) {
        System.setProperty("lectern.test.haltAtFirstFrame", "true");
        LecternApp.launchWindow(null);
        Runtime.getRuntime().halt(2); // the window closed before its first frame
    }
}
