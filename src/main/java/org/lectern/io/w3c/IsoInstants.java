package org.lectern.io.w3c;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code created} and {@code modified} times of annotations. The model asks for ISO-8601 with a time
 * zone; other tools also write local times (taken as UTC) and bare dates. Lectern's own UTC form
 * ({@code 2024-05-01T09:15:30.123456789Z}) is read by hand: a file of ten thousand annotations holds twenty
 * thousand of them, and the general formatter would take longer than placing the annotations.
 */
final class IsoInstants {
    private static final int DATE_TIME_CHARS = "2024-05-01T09:15:30".length();

    private IsoInstants() {
    }

    /** The time in a JSON string, or null if there is none or it cannot be read: then the import's time stands. */
    static Instant parse(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        String text = value.asText().strip();
        Instant utc = utcInstant(text);
        return utc != null ? utc : general(text);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, or null for anything else. */
    private static Instant utcInstant(String text) {
        int length = text.length();
        if (length < DATE_TIME_CHARS + 1 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        int end = length - 1;
        if (end > DATE_TIME_CHARS) {
            int fractionDigits = end - DATE_TIME_CHARS - 1;
            if (text.charAt(DATE_TIME_CHARS) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, DATE_TIME_CHARS + 1, end);
            for (int i = fractionDigits; i < 9 && nanos >= 0; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || nanos < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 if any char there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Instant general(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
    }
}
