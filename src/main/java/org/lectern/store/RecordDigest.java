package org.lectern.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import org.lectern.model.Annotation;
import org.lectern.model.Passage;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Stamp;

/**
 * A digest of everything a record holds, to tell whether it is still what it was when last synchronised
 * without keeping a copy of it. Written from the record's components (never its {@code toString}, which some
 * records shorten for display), so that two records have the same digest exactly when they are equal.
 */
final class RecordDigest {
    /** Stands for a version the team holds that is not known here (changed while being sent): it matches no record. */
    static final String UNKNOWN = "?";
    /**
     * Stands for the team's version being the record as the file holds it now: a first download notes every record
     * so rather than working out half a million digests, and the first edit of such a record notes the digest of
     * the version it replaces ({@link TeamVersionsAsHeld}).
     */
    static final String AS_HELD = "=";

    /** Each kind's components, looked up once: a synchronisation may weigh thousands of records. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    private RecordDigest() {
    }

    static String of(ProjectRecord record) {
        StringBuilder text = new StringBuilder(512);
        if (record instanceof Annotation highlight) {
            writeHighlight(highlight, text);
        } else {
            write(record, text);
        }
        return sha256(text);
    }

    /** The digest as every record's is written, component by component (what {@link #of} must always equal). */
    static String ofByComponents(ProjectRecord record) {
        StringBuilder text = new StringBuilder(512);
        write(record, text);
        return sha256(text);
    }

    private static String sha256(StringBuilder text) {
        MessageDigest sha256 = SHA_256.get();
        sha256.reset();
        return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** One per thread: looking the algorithm up for every record took a tenth of the time of digesting it. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    /**
     * A highlight written exactly as {@link #write} writes it from its components, without reflection: highlights are
     * nearly all of a team's records, weighed by the thousand when colleagues' work or one's own comes back.
     */
    private static void writeHighlight(Annotation highlight, StringBuilder text) {
        Passage passage = highlight.passage();
        text.append("Annotation{id=").append(highlight.id()).append(";documentId=").append(highlight.documentId())
                .append(";passage=Passage{start=").append(passage.start()).append(";end=").append(passage.end())
                .append(";quote=");
        write(passage.quote(), text);
        text.append(";prefix=");
        write(passage.prefix(), text);
        text.append(";suffix=");
        write(passage.suffix(), text);
        text.append(";};tagId=").append(highlight.tagId()).append(";note=");
        write(highlight.note(), text);
        Stamp stamp = highlight.stamp();
        text.append(";stamp=Stamp{author=");
        write(stamp.author(), text);
        text.append(";created=");
        write(stamp.created(), text);
        text.append(";modified=");
        write(stamp.modified(), text);
        text.append(";};}");
    }

    private static void write(Object value, StringBuilder text) {
        if (value == null) {
            text.append("null");
        } else if (value instanceof Record record) {
            text.append(record.getClass().getSimpleName()).append('{');
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                text.append(component.getName()).append('=');
                write(read(component, record), text);
                text.append(';');
            }
            text.append('}');
        } else if (value instanceof Collection<?> list) {
            text.append('[');
            list.forEach(item -> {
                write(item, text);
                text.append(',');
            });
            text.append(']');
        } else if (value instanceof Enum<?> constant) {
            text.append(constant.name());
        } else if (value instanceof CharSequence string) {
            // Length first: no text can end early and pass for another.
            text.append(string.length()).append(':').append(string);
        } else if (value instanceof Instant instant) {
            appendInstant(instant, text);
        } else {
            text.append(value);
        }
    }

    /**
     * Appends exactly what {@link Instant#toString()} gives, written by position for the years 0–9999: every record
     * digested carries two instants, and the general formatter took a quarter of the time.
     */
    static void appendInstant(Instant instant, StringBuilder text) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > 9_999) {
            text.append(instant);
            return;
        }
        pad(text, time.getYear(), 4).append('-');
        pad(text, time.getMonthValue(), 2).append('-');
        pad(text, time.getDayOfMonth(), 2).append('T');
        pad(text, time.getHour(), 2).append(':');
        pad(text, time.getMinute(), 2).append(':');
        pad(text, time.getSecond(), 2);
        int nano = instant.getNano();
        if (nano != 0) {
            text.append('.');
            if (nano % 1_000_000 == 0) {
                pad(text, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                pad(text, nano / 1_000, 6);
            } else {
                pad(text, nano, 9);
            }
        }
        text.append('Z');
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        for (int limit = 10, digits = 1; digits < width; limit *= 10, digits++) {
            if (value < limit) {
                text.append('0');
            }
        }
        return text.append(value);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a "
                    + record.getClass().getSimpleName(), e);
        }
    }
}
