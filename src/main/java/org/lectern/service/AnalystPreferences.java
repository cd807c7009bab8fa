package org.lectern.service;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The analyst's name and other small settings, in the user's preferences. The node can be redirected with
 * the system property {@code lectern.preferences.node}, so that tests never read or write the real one.
 */
public final class AnalystPreferences {
    public static final String NODE_PROPERTY = "lectern.preferences.node";
    private static final String ANALYST = "analyst";
    private static final String THEME = "theme";
    private static final String RECENT = "recentProjects";
    private static final String WINDOW = "windowLayout";
    private static final String GUIDE_SEEN = "gettingStartedSeen";

    private final Preferences node;

    public AnalystPreferences(Preferences node) {
        this.node = node;
    }

    public static AnalystPreferences forUser() {
        String name = System.getProperty(NODE_PROPERTY, "org/lectern");
        return new AnalystPreferences(Preferences.userRoot().node(name));
    }

    public Optional<String> analyst() {
        String name = node.get(ANALYST, "").strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    public void setAnalyst(String name) {
        node.put(ANALYST, name.strip());
        flush();
    }

    /** What to offer when the name is asked the first time: the operating system's user name. */
    public static String suggestedAnalyst() {
        return System.getProperty("user.name", "analyst");
    }

    public String theme() {
        return node.get(THEME, "light");
    }

    public void setTheme(String theme) {
        node.put(THEME, theme);
        flush();
    }

    public java.util.List<String> recentProjects() {
        String joined = node.get(RECENT, "");
        return joined.isEmpty() ? java.util.List.of() : java.util.List.of(joined.split("\n"));
    }

    public void rememberProject(String path) {
        java.util.List<String> recent = new java.util.ArrayList<>(recentProjects());
        recent.remove(path);
        recent.add(0, path);
        node.put(RECENT, String.join("\n", recent.subList(0, Math.min(8, recent.size()))));
        flush();
    }

    /** The window's bounds and divider positions as the analyst left them, if they were saved. */
    public java.util.Optional<WindowLayout> windowLayout() {
        return WindowLayout.parse(node.get(WINDOW, ""));
    }

    public void setWindowLayout(WindowLayout layout) {
        node.put(WINDOW, layout.format());
        flush();
    }

    /** Whether the analyst has dismissed the first-run guide (Help → Getting started shows it again). */
    public boolean gettingStartedSeen() {
        return node.getBoolean(GUIDE_SEEN, false);
    }

    public void setGettingStartedSeen(boolean seen) {
        node.putBoolean(GUIDE_SEEN, seen);
        flush();
    }

    /** A folder remembered under a name (see {@link StartingFolders}), if one was. */
    public Optional<java.nio.file.Path> folder(String name) {
        String path = node.get(name, "");
        try {
            return path.isEmpty() ? Optional.empty() : Optional.of(java.nio.file.Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    public void setFolder(String name, java.nio.file.Path folder) {
        node.put(name, folder.toAbsolutePath().toString());
        flush();
    }

    /**
     * Writes the preferences to disk away from the caller (the window's thread must not wait for the disk), once
     * for a run of settings made together; Java's preferences are also written when Lectern ends.
     */
    private void flush() {
        if (flushPending.compareAndSet(false, true)) {
            FLUSHER.execute(() -> {
                flushPending.set(false);
                flushNow();
            });
        }
    }

    /** Writes what was set to disk now, on the caller's thread. */
    public void flushNow() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Preferences are a convenience: Lectern works on without them and asks again next time. (A node
            // removed meanwhile, as tests remove theirs, has nothing left to write.)
        }
    }

    /** One thread for every window's preferences: a daemon, so that it never keeps Lectern from ending. */
    private static final java.util.concurrent.ExecutorService FLUSHER =
            java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
                Thread thread = new Thread(work, "lectern-preferences");
                thread.setDaemon(true);
                return thread;
            });
    private final java.util.concurrent.atomic.AtomicBoolean flushPending =
            new java.util.concurrent.atomic.AtomicBoolean();
}
