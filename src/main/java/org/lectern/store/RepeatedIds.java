package org.lectern.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a column that holds few distinct ids over many rows (the document, tag or author of each of 200,000
 * annotations): each distinct id is parsed once and its one UUID shared by every row, which saves both the parsing
 * on opening a large project and the memory of a copy per row.
 */
final class RepeatedIds {
    private final Map<String, UUID> parsed = new HashMap<>();

    UUID read(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : parsed.computeIfAbsent(value, UUID::fromString);
    }
}
