package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * At start-up the window's classes are loaded ahead on the start-up thread: up to the first frame, then, after the
 * project is opened, the rest of the list while the window's thread builds the window — each once, in the listed
 * order, none loaded twice or skipped because the first frame came in between.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClassPreloadingTest {

    /** Records which classes it is asked to load, and lets the first frame out once it has loaded {@code before}. */
    private static final class RecordingLoader extends ClassLoader {
        final List<String> asked = new ArrayList<>();
        final CountDownLatch firstFrame = new CountDownLatch(1);
        private final int before;

        RecordingLoader(int before) {
            super(ClassPreloadingTest.class.getClassLoader());
            this.before = before;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            if (asked.size() == before) {
                firstFrame.countDown();
            }
            return super.loadClass(name, resolve);
        }
    }

    private static final List<String> WINDOW = List.of("java.util.zip.Adler32", "java.util.zip.CRC32C",
            "java.util.StringJoiner", "java.util.BitSet");

    @Test
    void what_the_first_frame_left_unloaded_is_loaded_after_it_each_class_once_in_order() {
        RecordingLoader loader = new RecordingLoader(2);
        ClassPreloading preloading = new ClassPreloading(WINDOW, loader);

        preloading.loadUntil(loader.firstFrame);
        assertEquals(WINDOW.subList(0, 2), loader.asked, "up to the first frame");

        preloading.loadRest();
        assertEquals(WINDOW, loader.asked, "the rest after it, nothing twice");
    }

    /** Set by Marked's static initialiser (kept outside it: reading a field of Marked would initialise it). */
    static final java.util.concurrent.atomic.AtomicBoolean MARKED_INITIALISED = new java.util.concurrent.atomic.AtomicBoolean();

    static final class Marked {
        static {
            MARKED_INITIALISED.set(true);
        }

        Marked() {
        }
    }

    @Test
    void linking_the_window_classes_runs_none_of_their_static_initialisers_and_passes_over_missing_ones() {
        RecordingLoader loader = new RecordingLoader(0);
        List<String> names = List.of("org.lectern.ui.NoLongerThere", Marked.class.getName());
        ClassPreloading preloading = new ClassPreloading(names, loader);

        preloading.loadRest();
        preloading.linkAll(); // the missing one passed over: nothing thrown

        assertFalse(MARKED_INITIALISED.get(), "linked, not initialised");
    }

    @Test
    void a_class_no_longer_there_is_passed_over_and_the_rest_still_loaded() {
        RecordingLoader loader = new RecordingLoader(0);
        List<String> names = List.of("org.lectern.ui.NoLongerThere", "java.util.StringJoiner");
        ClassPreloading preloading = new ClassPreloading(names, loader);

        preloading.loadRest();

        assertEquals(names, loader.asked);
    }
}
