package org.lectern.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * At start-up, on the thread that has read the article's glimpse, loads the classes of the whole window (the
 * article view and RichTextFX, the theme, the panels and menus; listed in {@value #LIST}, in the order a start
 * loads them): first while the window's thread starts JavaFX and shows the first frame, then, once that thread
 * has opened the project, the rest of the list while the window's thread builds the window; then it links them
 * all (verifies their bytecode). So they are there, read, defined and verified, when the window's thread needs
 * them. Classes are only loaded and linked, never initialised here:
 * their static initialisers still run on the window's thread, as JavaFX expects of some of them. A name that no
 * longer exists is passed over.
 * <p>
 * The list is made from a start to the whole window with {@code -Xlog:class+load}: the classes loaded after the
 * first frame, from the class path and the JDK's modules (not those in its class-data archive), less JavaFX's
 * platform classes (glass, prism, quantum: another set on each system), logging, SQLite, Flyway and the store
 * (the project's opening loads them on its own thread).
 */
final class ClassPreloading {
    static final String LIST = "window-classes.txt";

    private final List<String> names;
    private final ClassLoader loader;
    private int next;

    ClassPreloading(List<String> names, ClassLoader loader) {
        this.names = names;
        this.loader = loader;
    }

    /** The classes to load, none when {@code lectern.preload=false} (to see what the window's thread itself needs). */
    static ClassPreloading ofWindow() {
        if (!Boolean.parseBoolean(System.getProperty("lectern.preload", "true"))) {
            return new ClassPreloading(List.of(), null);
        }
        InputStream list = ClassPreloading.class.getResourceAsStream(LIST);
        if (list == null) {
            return new ClassPreloading(List.of(), null);
        }
        try (BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            return new ClassPreloading(names.lines().toList(), ClassPreloading.class.getClassLoader());
        } catch (IOException | java.io.UncheckedIOException e) {
            return new ClassPreloading(List.of(), null); // only a head start is lost
        }
    }

    /** Loads the listed classes, in order, until {@code stop} is let go (the first frame is out). */
    void loadUntil(CountDownLatch stop) {
        while (next < names.size() && stop.getCount() > 0) {
            load(names.get(next++));
        }
    }

    /** Loads the classes not loaded yet. */
    void loadRest() {
        while (next < names.size()) {
            load(names.get(next++));
        }
    }

    /**
     * Links every listed class, not initialising it: its bytecode is verified here rather than on the window's
     * thread when that thread first uses it. (Listing a class's constructors links it.)
     */
    void linkAll() {
        for (String name : names) {
            try {
                Class.forName(name, false, loader).getDeclaredConstructors();
            } catch (ClassNotFoundException | LinkageError | SecurityException gone) {
                // Left to the window's thread, which meets the same error if it needs the class at all.
            }
        }
    }

    private void load(String name) {
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError gone) {
            // Renamed or removed since the list was made: the window loads what it needs anyway.
        }
    }
}
