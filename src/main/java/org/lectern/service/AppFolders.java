package org.lectern.service;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Lectern keeps its default project: the XDG data home on Linux, %APPDATA% on Windows, Application
 * Support on macOS. The system property {@code lectern.data.home} overrides it (tests never touch the
 * real home folder).
 */
public final class AppFolders {
    public static final String DATA_HOME_PROPERTY = "lectern.data.home";
    public static final String DEFAULT_PROJECT_NAME = "default.lectern";

    private AppFolders() {
    }

    public static Path dataHome() {
        String override = System.getProperty(DATA_HOME_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Lectern");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Lectern");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("lectern");
    }

    public static Path defaultProject() {
        return dataHome().resolve(DEFAULT_PROJECT_NAME);
    }

    public static boolean isDefaultProject(Path file) {
        return file.toAbsolutePath().normalize().equals(defaultProject().toAbsolutePath().normalize());
    }
}
