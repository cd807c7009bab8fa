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
        return Instant.parse(rows.getString(column));
    }

    static void set(PreparedStatement statement, int index, UUID value) throws SQLException {
        statement.setString(index, value == null ? null : value.toString());
    }

    /**
     * Always nine fractional digits: {@link Instant#toString()} drops trailing zeros, and then the text
     * order of the column ("...00Z" after "...00.5Z") is not the order in time that {@code ORDER BY} needs.
     */
    static void set(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setString(index, TIMESTAMP.format(value));
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
