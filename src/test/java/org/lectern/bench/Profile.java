package org.lectern.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR sampling profile of one phase (separate from the timed runs): for the FX thread and the render thread,
 * the methods that were on the stack in the most samples (inclusive), and where the samples were (self).
 */
final class Profile implements AutoCloseable {
    /** Library methods worth naming beside Lectern's own (every org.lectern method is shown). */
    private static final List<String> LIBRARY = List.of("org.sqlite.core.NativeDB.step",
            "org.sqlite.jdbc3.JDBC3Connection.commit", "org.flywaydb.core.Flyway.info",
            "javafx.collections.ObservableListBase.fireChange", "javafx.scene.control.TableView",
            "javafx.scene.Scene.doCSSPass", "javafx.scene.Scene.doLayoutPass",
            "javafx.scene.Scene$ScenePulseListener.synchronizeSceneNodes", "javafx.scene.Parent.updateBounds",
            "javafx.scene.Node.reapplyCss", "com.sun.javafx.css.StyleManager.findMatchingStyles",
            "org.fxmisc.flowless.VirtualFlow.layoutChildren", "org.fxmisc.flowless.CellListManager.getCell",
            "org.fxmisc.richtext.GenericStyledArea.setStyleSpans", "org.fxmisc.richtext.GenericStyledArea.replace",
            "org.fxmisc.richtext.GenericStyledArea.replaceText", "org.fxmisc.richtext.model.GenericEditableStyledDocumentBase",
            "org.fxmisc.richtext.ParagraphText", "javafx.scene.text.Text.", "java.util.prefs.FileSystemPreferences.flush");
    private static final List<String> OWN_CODE = List.of("java.", "jdk.", "sun.", "com.sun.javafx.collections.",
            "javafx.beans.", "com.sun.javafx.binding.");

    private final Recording recording = new Recording();
    private final Path file;

    Profile(Path file) {
        this.file = file;
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
        recording.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(1));
        recording.start();
    }

    /** Only samples taken inside these System.nanoTime() windows count; none given: all samples. */
    private final List<long[]> windows = new java.util.ArrayList<>();
    private final long epochNanosAtStart = java.time.Instant.now().toEpochMilli() * 1_000_000L
            + java.time.Instant.now().getNano() % 1_000_000;
    private final long nanoTimeAtStart = System.nanoTime();

    void window(long fromNanoTime, long toNanoTime) {
        windows.add(new long[] {fromNanoTime, toNanoTime});
    }

    private boolean inWindows(RecordedEvent event) {
        if (windows.isEmpty()) {
            return true;
        }
        java.time.Instant at = event.getStartTime();
        long nano = at.getEpochSecond() * 1_000_000_000L + at.getNano() - epochNanosAtStart + nanoTimeAtStart;
        for (long[] w : windows) {
            if (nano >= w[0] && nano <= w[1]) {
                return true;
            }
        }
        return false;
    }

    void report(PrintStream out, String title, int top) throws Exception {
        recording.stop();
        recording.dump(file);
        Map<String, Map<String, Integer>> inclusive = new HashMap<>();
        Map<String, Map<String, Integer>> self = new HashMap<>();
        Map<String, Integer> samples = new HashMap<>();
        Map<String, Integer> folded = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                    && !event.getEventType().getName().equals("jdk.NativeMethodSample")) {
                continue;
            }
            if (!inWindows(event)) {
                continue;
            }
            String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
            String group = thread == null ? "?" : thread.startsWith("JavaFX Application") ? "FX thread"
                    : thread.startsWith("QuantumRenderer") ? "render thread"
                    : thread.startsWith("lectern-work") ? "workers" : null;
            RecordedStackTrace stack = event.getStackTrace();
            if (group == null || stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples.merge(group, 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            List<RecordedFrame> frames = stack.getFrames();
            if (group.equals("FX thread")) {
                StringBuilder line = new StringBuilder();
                for (int i = frames.size() - 1; i >= 0; i--) {
                    line.append(name(frames.get(i))).append(i > 0 ? ";" : "");
                }
                folded.merge(line.toString(), 1, Integer::sum);
            }
            String owner = frames.stream().map(Profile::name).filter(n -> OWN_CODE.stream().noneMatch(n::startsWith))
                    .findFirst().orElse("?");
            String first = name(frames.get(0));
            self.computeIfAbsent(group, g -> new HashMap<>()).merge(first.equals(owner) ? first : first + "  in " + owner,
                    1, Integer::sum);
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (interesting(name) && seen.add(name)) {
                    inclusive.computeIfAbsent(group, g -> new HashMap<>()).merge(name, 1, Integer::sum);
                }
            }
        }
        // The FX thread's samples as folded stacks (one "frame;frame;... count" line each, outermost first), for
        // flame graphs and closer reading: deeper stacks with -XX:FlightRecorderOptions:stackdepth=256.
        java.nio.file.Files.write(file.resolveSibling(file.getFileName() + ".fx.folded"), folded.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList());
        out.println("   Profile (JFR samples every 1 ms, separate untimed pass): " + title);
        for (String group : List.of("FX thread", "workers", "render thread")) {
            int groupTop = group.startsWith("render") ? 6 : top;
            int total = samples.getOrDefault(group, 0);
            if (total == 0) {
                continue;
            }
            out.printf(Locale.ROOT, "     %s: %d samples. On the stack in (inclusive):%n", group, total);
            print(out, inclusive.getOrDefault(group, Map.of()), total, groupTop);
            out.printf(Locale.ROOT, "     %s, top of stack (self):%n", group);
            print(out, self.getOrDefault(group, Map.of()), total, Math.max(5, groupTop / 3));
        }
    }

    private static void print(PrintStream out, Map<String, Integer> counts, int total, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.printf(Locale.ROOT, "       %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }

    private static boolean interesting(String name) {
        return name.startsWith("org.lectern.") && !name.startsWith("org.lectern.bench.") && !name.contains("$$Lambda")
                && !name.contains(".lambda$") || LIBRARY.stream().anyMatch(name::startsWith);
    }

    private static String name(RecordedFrame frame) {
        if (frame.getMethod() == null) {
            return "?";
        }
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    @Override
    public void close() {
        recording.close();
    }
}
