package org.lectern.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import org.lectern.model.ProjectRecord;

/**
 * A digest of everything a record holds, to tell whether it is still what it was when last synchronised
 * without keeping a copy of it. Written from the record's components (never its {@code toString}, which some
 * records shorten for display), so that two records have the same digest exactly when they are equal.
 */
final class RecordDigest {
    /** Stands for a version the team holds that is not known here: it matches no record. */
    static final String UNKNOWN = "?";

    /** Each kind's components, looked up once: a first download digests hundreds of thousands of records. */
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
        StringBuilder text = new StringBuilder();
        write(record, text);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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
        } else {
            text.append(value);
        }
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
