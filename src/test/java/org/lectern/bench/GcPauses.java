package org.lectern.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Notes every collector pause while it is open, so that a timed span can be told whether a pause fell inside it.
 * The JVM reports a pause's start and end in milliseconds of its uptime; the span's {@code System.nanoTime()}
 * values are turned into the same clock from one reading of both taken when recording starts.
 */
final class GcPauses implements AutoCloseable {
    /** One pause, in milliseconds of the JVM's uptime. */
    record Pause(long startMs, long endMs) {
        long millis() {
            return endMs - startMs;
        }
    }

    private final List<Pause> pauses = new ArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::noted;
    private final long nanoAtStart = System.nanoTime();
    private final long uptimeMsAtStart = ManagementFactory.getRuntimeMXBean().getUptime();

    GcPauses() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private void noted(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        // ZGC and Shenandoah report their concurrent cycles ("ZGC Cycles", "Shenandoah Cycles") beside their
        // pauses; the application runs during a cycle. G1's and the other collectors' reports are all pauses.
        if (info.getGcName().endsWith("Cycles")) {
            return;
        }
        synchronized (pauses) {
            pauses.add(new Pause(info.getGcInfo().getStartTime(), info.getGcInfo().getEndTime()));
        }
    }

    /** The pauses that overlap the span between two {@code System.nanoTime()} readings. */
    List<Pause> within(long startNanos, long endNanos) {
        long from = toUptimeMs(startNanos);
        long to = toUptimeMs(endNanos);
        synchronized (pauses) {
            // Pause times are whole milliseconds: a pause must reach a whole millisecond into the span to count.
            return pauses.stream().filter(p -> p.endMs() > from && p.startMs() < to).toList();
        }
    }

    List<Pause> all() {
        synchronized (pauses) {
            return List.copyOf(pauses);
        }
    }

    private long toUptimeMs(long nanos) {
        return uptimeMsAtStart + (nanos - nanoAtStart) / 1_000_000;
    }

    /** Stops noting pauses; those noted so far can still be read. */
    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException gone) {
                // Removed already: nothing more is noted either way.
            }
        }
    }
}
