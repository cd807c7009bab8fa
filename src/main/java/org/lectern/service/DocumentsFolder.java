package org.lectern.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The user's own documents folder, where a file chooser first opens: never Lectern's hidden data folder. On
 * Linux it is the XDG user directory {@code XDG_DOCUMENTS_DIR} (localised, "~/Dokumente" on a German desktop,
 * read from {@code user-dirs.dirs}); elsewhere, and when that is not set, {@code ~/Documents}; the home folder
 * when neither exists.
 */
public final class DocumentsFolder {
    private static final String KEY = "XDG_DOCUMENTS_DIR=";

    private DocumentsFolder() {
    }

    public static Path forUser() {
        return find(Path.of(System.getProperty("user.home")), System::getenv, System.getProperty("os.name", ""));
    }

    /** The documents folder of a user whose home and environment are given (tests give their own). */
    static Path find(Path home, UnaryOperator<String> environment, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (!os.contains("win") && !os.contains("mac")) {
            Optional<Path> xdg = xdgDocuments(home, environment);
            if (xdg.isPresent() && Files.isDirectory(xdg.get())) {
                return xdg.get();
            }
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** The folder {@code user-dirs.dirs} names, as xdg-user-dirs writes it: {@code XDG_DOCUMENTS_DIR="$HOME/Documents"}. */
    private static Optional<Path> xdgDocuments(Path home, UnaryOperator<String> environment) {
        String configHome = environment.apply("XDG_CONFIG_HOME");
        Path config = configHome != null && !configHome.isBlank() ? Path.of(configHome) : home.resolve(".config");
        Path dirs = config.resolve("user-dirs.dirs");
        if (!Files.isRegularFile(dirs)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(dirs, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (entry.startsWith(KEY)) {
                    String value = entry.substring(KEY.length()).replaceAll("^\"|\"$", "");
                    if (value.startsWith("$HOME")) {
                        String rest = value.substring("$HOME".length()).replaceFirst("^/+", "");
                        return Optional.of(rest.isEmpty() ? home : home.resolve(rest));
                    }
                    return value.startsWith("/") ? Optional.of(Path.of(value)) : Optional.empty();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // A file that cannot be read names no folder: ~/Documents is the answer then.
        }
        return Optional.empty();
    }
}
