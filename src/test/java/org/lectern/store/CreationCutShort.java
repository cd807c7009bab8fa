package org.lectern.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A program that creates a project and is cut short part-way, as by {@code kill -9} or a crash: the JVM
 * halts with no shutdown hooks and no finally blocks. Run in its own JVM by {@link CrashWhileCreatingTest}.
 *
 * <p>Arguments: a scratch folder, the project to create, and when to halt as a fraction of the time one
 * creation takes in this JVM (measured on a scratch project first, so class loading is not counted).
 */
public final class CreationCutShort {
    private CreationCutShort() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[0]);
        Path target = Path.of(args[1]);
        double fraction = Double.parseDouble(args[2]);
        ProjectFiles.create(scratch.resolve("warm-up.lectern")).close();
        long started = System.nanoTime();
        ProjectFiles.create(scratch.resolve("measured.lectern")).close();
        long oneCreation = System.nanoTime() - started;

        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        killer.schedule(() -> Runtime.getRuntime().halt(137), (long) (fraction * oneCreation), TimeUnit.NANOSECONDS);
        ProjectFiles.create(target);
        Files.writeString(scratch.resolve("created"), "the project was created before the halt");
        killer.awaitTermination(1, TimeUnit.MINUTES);
    }
}
