package org.lectern.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens a file with the program the desktop uses for its kind ({@code xdg-open} on Linux, {@code open} on macOS,
 * the shell's file association on Windows) and tells whether one did. JavaFX's own {@code showDocument} never
 * says: a report in a format nothing on the computer reads would then vanish without a word.
 */
public final class SystemOpener {
    /** A launcher still running after this long has found a program (some wait for it to close). */
    private static final long PATIENCE_SECONDS = 8;

    private SystemOpener() {
    }

    /** Completes with true when a program took the file, false when none did or none could be asked. */
    public static CompletableFuture<Boolean> open(Path file) {
        return open(command(file, System.getProperty("os.name", "")));
    }

    static CompletableFuture<Boolean> open(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException noLauncher) {
            return CompletableFuture.completedFuture(false);
        }
        return process.onExit().thenApply(done -> done.exitValue() == 0)
                .completeOnTimeout(true, PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    static List<String> command(Path file, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        String path = file.toAbsolutePath().toString();
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", path);
        }
        if (os.contains("mac")) {
            return List.of("open", path);
        }
        return List.of("xdg-open", path);
    }
}
