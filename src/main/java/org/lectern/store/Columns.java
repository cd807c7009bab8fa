package org.lectern.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Conversions between Java values and the column types of the project file. */
final class Columns {
    private Columns() {
    }

    static UUID uuid(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : UUID.fromString(value);
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        return instant(rows.getString(column));
    }

    /** The timestamps Lectern writes, read by position (see {@link IsoInstants}). */
    static Instant instant(String text) {
        return IsoInstants.parse(text);
    }

    static void set(PreparedStatement statement, int index, UUID value) throws SQLException {
        statement.setString(index, value == null ? null : value.toString());
    }

    /**
     * Always nine fractional digits: {@link Instant#toString()} drops trailing zeros, and then the text
     * order of the column ("...00Z" after "...00.5Z") is not the order in time that {@code ORDER BY} needs.
     */
    static void set(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setString(index, timestamp(value));
    }

    /**
     * The text of a timestamp, written by position: a 10,000-highlight edit writes 20,000 of them, and the
     * general formatter takes about four times as long. Years outside 0000–9999 go through the formatter.
     */
    static String timestamp(Instant value) {
        java.time.LocalDateTime time = java.time.LocalDateTime.ofEpochSecond(value.getEpochSecond(), value.getNano(),
                ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > 9_999) {
            return TIMESTAMP.format(value);
        }
        char[] text = "0000-00-00T00:00:00.000000000Z".toCharArray();
        putDigits(text, 0, 4, time.getYear());
        putDigits(text, 5, 7, time.getMonthValue());
        putDigits(text, 8, 10, time.getDayOfMonth());
        putDigits(text, 11, 13, time.getHour());
        putDigits(text, 14, 16, time.getMinute());
        putDigits(text, 17, 19, time.getSecond());
        putDigits(text, 20, 29, time.getNano());
        return new String(text);
    }

    private static void putDigits(char[] text, int from, int to, int value) {
        for (int i = to - 1; i >= from; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** Enum constants are stored lower-case, so the file reads naturally in the sqlite3 shell. */
    static String enumValue(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String stored) {
        return Enum.valueOf(type, stored.toUpperCase(java.util.Locale.ROOT));
    }
}
