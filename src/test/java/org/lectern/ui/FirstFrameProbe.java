package org.lectern.ui;

/**
 * Run in a child JVM by {@link FirstFrameClassesTest}: starts the window as Lectern starts it (LecternApp on the
 * default project), which prints {@value LecternApp#FIRST_FRAME} once the first frame is laid out and ends the JVM
 * there, before anything queued after that frame can run. With {@code -verbose:class}, the classes named before
 * that line are those loaded until the first frame.
 */
public final class FirstFrameProbe {
    static final String FIRST_FRAME = LecternApp.FIRST_FRAME;

    private FirstFrameProbe() {
    }

    public static void main(String[] args) {
        System.setProperty("lectern.test.haltAtFirstFrame", "true");
        LecternApp.launchWindow(null);
        System.out.println("the window closed before its first frame");
        Runtime.getRuntime().halt(2);
    }
}
