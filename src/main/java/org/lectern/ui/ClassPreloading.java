package org.lectern.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * At start-up, on the thread that has read the article's glimpse and waits for the first frame before it opens the
 * project, loads the classes of the whole window (the article view and RichTextFX, the theme, the panels and
 * menus; listed in {@value #LIST}, in the order a start loads them) while the window's thread starts JavaFX and
 * shows the first frame: so that they are there, read and defined, when that thread builds the window. Classes
 * are only loaded, never initialised here: their static initialisers still run on the window's thread, as JavaFX
 * expects of some of them. A name that no longer exists is passed over.
 * <p>
 * The list is made from a start to the whole window with {@code -Xlog:class+load}: the classes loaded after the
 * first frame, from the class path and the JDK's modules (not those in its class-data archive), less JavaFX's
 * platform classes (glass, prism, quantum: another set on each system), logging, SQLite, Flyway and the store
 * (the project's opening loads them on its own thread).
 */
final class ClassPreloading {
    static final String LIST = "window-classes.txt";

    private ClassPreloading() {
    }

    /**
     * Loads the listed classes, in order, until {@code stop} is let go (the first frame is out), unless {@code
     * lectern.preload=false} (to see what the window's thread itself needs).
     */
    static void loadUntil(java.util.concurrent.CountDownLatch stop) {
        if (!Boolean.parseBoolean(System.getProperty("lectern.preload", "true"))) {
            return;
        }
        loadAll(stop);
    }

    private static void loadAll(java.util.concurrent.CountDownLatch stop) {
        ClassLoader loader = ClassPreloading.class.getClassLoader();
        InputStream list = ClassPreloading.class.getResourceAsStream(LIST);
        if (list == null) {
            return;
        }
        try (BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String name = names.readLine(); name != null && stop.getCount() > 0; name = names.readLine()) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError gone) {
                    // Renamed or removed since the list was made: the window loads what it needs anyway.
                }
            }
        } catch (IOException e) {
            // Only a head start is lost.
        }
    }
}
