package org.lectern.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.prefs.Preferences;
import org.lectern.service.AnalystPreferences;

/**
 * Figure 3: wall-clock time from starting a new JVM to its window shown (marker file written after the first pulse
 * following show()), for Lectern on its default project with the sample article and for a bare JavaFX window,
 * with the same java, flags and class path; then again with an AppCDS archive for each, and with a JDK 25+ and an
 * ahead-of-time cache for each, as installer/build.sh ships Lectern when it finds such a JDK.
 */
final class ColdStart {
    static final double RATIO_TARGET = 1.5;
    static final double WHOLE_RATIO_TARGET = 2.0;
    private static final String LECTERN_MAIN = "org.lectern.Launcher";
    private static final String BARE_MAIN = BareWindow.class.getName();
    private static final String PREFERENCES_NODE = "lectern-bench-coldstart";

    private final Path work;
    private final PrintStream out;
    private final List<String> summary;
    /** The children's java: this JVM's, or another named by lectern.benchmark.coldJava (say, a JDK 25). */
    private String java = System.getProperty("lectern.benchmark.coldJava",
            ProcessHandle.current().info().command().orElse("java"));
    private String classPath;
    private int launches;

    ColdStart(Path work, PrintStream out, List<String> summary) {
        this.work = work;
        this.out = out;
        this.summary = summary;
    }

    void run(int runs) throws Exception {
        out.println();
        out.println("3. Cold start: new JVM -> Lectern's first frame with the sample article shown (target <= 1.5 x a"
                + " bare JavaFX window) and its whole window shown (menus, panels; target <= 2 x bare)");
        classPath = jarClassPath();
        Files.createDirectories(work.resolve("data"));
        // The analyst's name is known already, as on any start after the first: no dialog asks for it.
        AnalystPreferences preferences = new AnalystPreferences(Preferences.userRoot().node(PREFERENCES_NODE));
        preferences.setAnalyst("Bench");
        Preferences.userRoot().node(PREFERENCES_NODE).flush();

        out.printf(Locale.ROOT, "   java: %s (%s %s), child flags: %s%n", java, System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), String.join(" ", commonFlags(work.resolve("x"))));
        out.printf(Locale.ROOT, "   class path: %d jars (target classes and test classes jarred, so that AppCDS can"
                + " archive them)%n", classPath.split(File.pathSeparator).length);
        // Untimed: creates the default project with the sample (a real second start finds it), warms the disk cache.
        long first = launch(LECTERN_MAIN, List.of(), false)[1];
        require(Files.exists(work.resolve("data").resolve("default.lectern")), "default project created");
        launch(BARE_MAIN, List.of(), false);
        out.printf(Locale.ROOT, "   untimed first launch of Lectern (creates default.lectern with the sample): %.0f ms%n",
                first / 1e6);
        classesLoaded();

        // As the installer ships it: SQLite's native library unpacked beside the runtime, named by system properties.
        List<String> installed = SqliteNativeLibrary.unpackedFlags(work.resolve("native"));
        if (Boolean.getBoolean("lectern.benchmark.coldAotOnly")) {
            require(feature(java) >= 25, "lectern.benchmark.coldAotOnly needs a JDK 25 or newer: lectern.benchmark"
                    + ".coldJava names its java");
            summarise("JDK 25+ and AOT cache", aotCache(runs, installed));
            breakdown(3, List.of("-XX:AOTCache=" + work.resolve("lectern.aot")),
                    List.of("-XX:AOTCache=" + work.resolve("bare.aot")));
            return;
        }
        if (Boolean.getBoolean("lectern.benchmark.coldInstalledOnly")) {
            // A quicker look while trying changes: only the start as installed, and where its time goes.
            double[] unpacked = compare("without CDS, SQLite's library shipped unpacked (as installed)", runs,
                    installed, List.of());
            breakdown(3, List.of(), List.of());
            summarise("no CDS, SQLite unpacked", unpacked);
            return;
        }
        double[] plain = compare("without CDS, SQLite's library unpacked at each start (as from the jar)", runs,
                List.of(), List.of());
        double[] unpacked = compare("without CDS, SQLite's library shipped unpacked (as installed)", runs,
                installed, List.of());

        double[] cds = archived(runs, installed, new Archive("AppCDS archives", "jsa",
                "-XX:ArchiveClassesAtExit=", "clean exit after the whole window showed", "-XX:SharedArchiveFile="),
                "with AppCDS (-XX:SharedArchiveFile, each its own archive), SQLite's library shipped unpacked");

        // As installer/build.sh builds Lectern when it finds a JDK 25 or newer: that runtime and a training run's
        // ahead-of-time cache. The bare window gets a cache of its own, made the same way.
        String newer = feature(java) >= 25 ? java : newestJava25();
        double[] aot = null;
        if (newer == null) {
            out.println("   no JDK 25 or newer found (lectern.benchmark.coldJava names one): the ahead-of-time cache"
                    + " installer/build.sh makes with it is not measured");
        } else {
            String older = java;
            java = newer;
            try {
                aot = aotCache(runs, installed);
            } finally {
                java = older;
            }
        }

        breakdown(3, List.of(), List.of());

        summarise("no CDS", plain);
        summarise("no CDS, SQLite unpacked", unpacked);
        summarise("AppCDS, SQLite unpacked", cds);
        if (aot != null) {
            summarise("JDK 25+ and AOT cache", aot);
        }
    }

    /**
     * JDK 25's ahead-of-time cache (JEP 483, 514, 515): classes loaded and linked and methods' profiles from a
     * training run that shows the whole window, one cache for Lectern and one for the bare window.
     */
    private double[] aotCache(int runs, List<String> installed) throws Exception {
        return archived(runs, installed, new Archive("AOT caches", "aot", "-XX:AOTCacheOutput=",
                "a training run to the whole window with " + java, "-XX:AOTCache="), "JDK " + feature(java)
                + " with an AOT cache (-XX:AOTCache, each its own), SQLite's library shipped unpacked (as installed"
                + " by a build with a JDK 25+)");
    }

    /** A kind of class archive: how it is written by a run that exits once shown, and how a start uses it. */
    private record Archive(String name, String extension, String writeFlag, String howWritten, String useFlag) {
    }

    /** Writes Lectern's archive and the bare window's, each by a run of its own, then compares starts using them. */
    private double[] archived(int runs, List<String> installed, Archive kind, String title) throws Exception {
        Path lecternArchive = work.resolve("lectern." + kind.extension());
        Path bareArchive = work.resolve("bare." + kind.extension());
        List<String> lecternWrite = new ArrayList<>(installed);
        lecternWrite.add(kind.writeFlag() + lecternArchive);
        long l = launch(LECTERN_MAIN, lecternWrite, true)[1];
        long b = launch(BARE_MAIN, List.of(kind.writeFlag() + bareArchive), true)[1];
        require(Files.exists(lecternArchive) && Files.exists(bareArchive), kind.name() + " written");
        out.printf(Locale.ROOT, "   %s built (%s, %s): %s %.1f MB (%.0f ms), %s %.1f MB (%.0f ms)%n", kind.name(),
                kind.writeFlag(), kind.howWritten(), lecternArchive.getFileName(), Files.size(lecternArchive) / 1e6,
                l / 1e6, bareArchive.getFileName(), Files.size(bareArchive) / 1e6, b / 1e6);
        List<String> lecternUse = new ArrayList<>(installed);
        lecternUse.add(kind.useFlag() + lecternArchive);
        return compare(title, runs, lecternUse, List.of(kind.useFlag() + bareArchive));
    }

    /** The newest JDK 25+ where installer/build.sh looks for one, as the path of its java; null if none. */
    private static String newestJava25() {
        List<Path> homes = new ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null) {
            homes.add(Path.of(javaHome));
        }
        for (Path folder : List.of(Path.of("/usr/lib/jvm"), Path.of("/Library/Java/JavaVirtualMachines"))) {
            try (var children = Files.list(folder)) {
                children.forEach(child -> homes.add(Files.isDirectory(child.resolve("Contents/Home"))
                        ? child.resolve("Contents/Home") : child));
            } catch (IOException e) {
                // Not on this system.
            }
        }
        String best = null;
        int bestFeature = 24;
        for (Path home : homes) {
            Path candidate = home.resolve("bin").resolve("java");
            int feature = Files.isExecutable(candidate) ? feature(candidate.toString()) : 0;
            if (feature > bestFeature) {
                best = candidate.toString();
                bestFeature = feature;
            }
        }
        return best;
    }

    /** The feature release of a java command (17, 25, ...), from its JDK's release file; 17 if unknown. */
    private static int feature(String javaCommand) {
        try {
            Path release = Path.of(javaCommand).toRealPath().getParent().getParent().resolve("release");
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unknown: treated as the oldest supported release.
        }
        return 17;
    }

    private void summarise(String configuration, double[] figures) {
        summary.add(String.format(Locale.ROOT, "3  cold start, %-24s article %5.0f ms = %.2f x bare %4.0f ms  target"
                + " <= %.1f  %s;  whole window %5.0f ms = %.2f x  target <= %.1f  %s", configuration + ":", figures[0],
                figures[0] / figures[2], figures[2], RATIO_TARGET, Stats.verdict(figures[0] / figures[2] <= RATIO_TARGET),
                figures[1], figures[1] / figures[2], WHOLE_RATIO_TARGET,
                Stats.verdict(figures[1] / figures[2] <= WHOLE_RATIO_TARGET)));
    }

    /** Classes loaded by the time the window is whole, for Lectern and the bare window (-Xlog:class+load). */
    private void classesLoaded() throws Exception {
        Path lecternLog = work.resolve("classes-lectern.log");
        Path bareLog = work.resolve("classes-bare.log");
        launch(LECTERN_MAIN, List.of("-Xlog:class+load:file=" + lecternLog), true);
        launch(BARE_MAIN, List.of("-Xlog:class+load:file=" + bareLog), true);
        List<String> lectern = Files.readAllLines(lecternLog);
        long picocli = lectern.stream().filter(line -> line.contains(" picocli.")).count();
        long logback = lectern.stream().filter(line -> line.contains(" ch.qos.logback.")).count();
        out.printf(Locale.ROOT, "   classes loaded until the whole window showed: Lectern %d (picocli %d, Logback %d),"
                + " bare window %d%n", lectern.size(), picocli, logback, Files.readAllLines(bareLog).size());
    }

    /** Median of Lectern's article shown, its whole window shown, and the bare window shown; in ms. */
    private double[] compare(String title, int runs, List<String> lecternFlags, List<String> bareFlags)
            throws Exception {
        List<Long> article = new ArrayList<>();
        List<Long> whole = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long[] lectern = launch(LECTERN_MAIN, lecternFlags, false);
            article.add(lectern[0]);
            whole.add(lectern[1]);
            bare.add(launch(BARE_MAIN, bareFlags, false)[0]);
        }
        Stats a = new Stats(article);
        Stats w = new Stats(whole);
        Stats b = new Stats(bare);
        out.printf(Locale.ROOT, "   %s, %d runs each, alternating:%n", title, runs);
        out.printf(Locale.ROOT, "     bare window:            %s  median %6.0f ms%n", list(bare), b.median());
        out.printf(Locale.ROOT, "     Lectern, article shown: %s  median %6.0f ms = %.2f x bare (target <= %.1f)  %s%n",
                list(article), a.median(), a.median() / b.median(), RATIO_TARGET,
                Stats.verdict(a.median() / b.median() <= RATIO_TARGET));
        out.printf(Locale.ROOT, "     Lectern, whole window:  %s  median %6.0f ms = %.2f x bare (target <= %.1f)  %s%n",
                list(whole), w.median(), w.median() / b.median(), WHOLE_RATIO_TARGET,
                Stats.verdict(w.median() / b.median() <= WHOLE_RATIO_TARGET));
        return new double[] {a.median(), w.median(), b.median()};
    }

    /** Where the start-up time goes: StartupSteps in child JVMs with the flags given, median time of each step. */
    private void breakdown(int runs, List<String> lecternFlags, List<String> bareFlags) throws Exception {
        out.printf(Locale.ROOT, "   Where the time goes (%s; org.lectern.bench.StartupSteps doing LecternApp.start's"
                + " steps without Launcher/picocli; median of %d, ms since the JVM was launched):%n",
                lecternFlags.isEmpty() ? "no CDS" : String.join(" ", lecternFlags), runs);
        for (String mode : List.of("lectern", "bare")) {
            Map<String, List<Long>> steps = new LinkedHashMap<>();
            for (int i = 0; i < runs; i++) {
                for (Map.Entry<String, Long> step : steps(mode, mode.equals("bare") ? bareFlags : lecternFlags)
                        .entrySet()) {
                    steps.computeIfAbsent(step.getKey(), k -> new ArrayList<>()).add(step.getValue() * 1_000_000);
                }
            }
            out.printf(Locale.ROOT, "     %s:%n", mode);
            double previous = 0;
            for (Map.Entry<String, List<Long>> step : steps.entrySet()) {
                double at = new Stats(step.getValue()).median();
                out.printf(Locale.ROOT, "       %6.0f ms  (+%5.0f)  %s%n", at, at - previous, step.getKey());
                previous = at;
            }
        }
    }

    private Map<String, Long> steps(String mode, List<String> flags) throws Exception {
        int n = ++launches;
        Path log = work.resolve("steps-" + n + ".log");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(flags);
        command.addAll(commonFlags(work.resolve("unused-" + n)));
        command.add("-cp");
        command.add(classPath);
        command.add(StartupSteps.class.getName());
        command.add(mode);
        long launched = System.currentTimeMillis();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(work.toFile()).start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new IllegalStateException("StartupSteps did not finish; see " + log);
        }
        Map<String, Long> steps = new LinkedHashMap<>();
        steps.put("JVM launched", 0L);
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("STEP ")) {
                String[] parts = line.split(" ", 3);
                steps.put(parts[2], Long.parseLong(parts[1]) - launched);
            }
        }
        require(steps.size() > 3, "StartupSteps printed its steps; see " + log);
        return steps;
    }

    private static String list(List<Long> nanos) {
        StringBuilder text = new StringBuilder();
        for (long n : nanos) {
            text.append(String.format(Locale.ROOT, "%6.0f", n / 1e6));
        }
        return text.toString();
    }

    /**
     * Starts a child JVM and returns the nanoseconds until its first marker file (first frame) and its second (the
     * whole window; a bare window has one) appear; then ends it.
     */
    private long[] launch(String mainClass, List<String> extraFlags, boolean exitWhenReady) throws Exception {
        int n = ++launches;
        Path marker = work.resolve("ready-" + n);
        Path wholeMarker = work.resolve("ready-" + n + "-whole");
        boolean lectern = mainClass.equals(LECTERN_MAIN);
        Path log = work.resolve("child-" + n + ".log");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(extraFlags);
        command.addAll(commonFlags(marker));
        if (exitWhenReady) {
            command.add("-Dlectern.benchmark.exitWhenReady=true");
        }
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(work.toFile());
        // The marker's arrival is waited for as a file-system event, not by sleeping between looks.
        WatchService watcher = work.getFileSystem().newWatchService();
        work.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
        long start = System.nanoTime();
        Process child = builder.start();
        try (watcher) {
            long deadline = start + TimeUnit.SECONDS.toNanos(90);
            while (!Files.exists(marker)) {
                if (!child.isAlive() && !Files.exists(marker)) {
                    throw new IllegalStateException(mainClass + " exited (" + child.exitValue() + ") before showing"
                            + " its window; see " + log + ":\n" + Files.readString(log));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(mainClass + " did not show its window in 90 s; see " + log);
                }
                WatchKey key = watcher.poll(1, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
            long elapsed = System.nanoTime() - start;
            long whole = elapsed;
            while (lectern && !Files.exists(wholeMarker)) {
                require(child.isAlive() || Files.exists(wholeMarker), mainClass + " showed its whole window; see " + log);
                require(System.nanoTime() < deadline, mainClass + " showed its whole window in 90 s; see " + log);
                WatchKey key = watcher.poll(1, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
            if (lectern) {
                whole = System.nanoTime() - start;
            }
            if (exitWhenReady) {
                require(child.waitFor(120, TimeUnit.SECONDS), mainClass + " exits by itself after the marker");
                require(child.exitValue() == 0, mainClass + " exited cleanly: see " + log);
            }
            return new long[] {elapsed, whole};
        } finally {
            if (child.isAlive()) {
                child.destroy();
                if (!child.waitFor(10, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                    child.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** The flags every child gets: headless Monocle, throw-away data home and preferences, caches under work. */
    private List<String> commonFlags(Path marker) {
        return List.of(
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true",
                "-Duser.home=" + work.resolve("home"),
                "-Djavafx.cachedir=" + System.getProperty("javafx.cachedir", work.resolve("javafx-cache").toString()),
                "-Djava.util.prefs.userRoot=" + System.getProperty("java.util.prefs.userRoot"),
                "-Dlectern.preferences.node=" + PREFERENCES_NODE,
                "-Dlectern.data.home=" + work.resolve("data"),
                "-Dlectern.benchmark.readyFile=" + marker,
                "-Dlectern.benchmark.interactiveFile=" + marker + "-whole");
    }

    /** This JVM's class path, with every directory (target classes, test classes) packed into a jar. */
    private String jarClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = work.resolve("classpath-dir-" + (n++) + ".jar");
                jarDirectory(path, jar);
                entries.add(jar.toString());
            } else if (Files.exists(path)) {
                entries.add(path.toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void jarDirectory(Path directory, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(directory)) {
                        out.putNextEntry(new JarEntry(directory.relativize(dir).toString().replace('\\', '/') + "/"));
                        out.closeEntry();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    out.putNextEntry(new JarEntry(directory.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }

    private static void require(boolean condition, String what) {
        WindowBench.require(condition, what);
    }
}
