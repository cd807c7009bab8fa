package org.lectern.ui;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every row of every table of a project file, read through its own connection as the sqlite3 shell would, grouped
 * by the record it belongs to: the first column of each Lectern table is the id of its record (the record's own
 * id, or the actor, claim or evidence a child row belongs to).
 */
final class ProjectFileRows {
    private final Map<String, Set<String>> rowsByRecord;

    private ProjectFileRows(Map<String, Set<String>> rowsByRecord) {
        this.rowsByRecord = rowsByRecord;
    }

    static ProjectFileRows read(Path file) throws SQLException {
        Map<String, Set<String>> rows = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String table : tables(connection)) {
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        String owner = table + ":" + result.getString(1);
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            row.append(columns.getColumnName(i)).append('=').append(exactly(result.getObject(i)))
                                    .append(' ');
                        }
                        rows.computeIfAbsent(owner, key -> new TreeSet<>()).add(row.toString());
                    }
                }
            }
        }
        return new ProjectFileRows(rows);
    }

    /** The stored value with its type: text, integers and blobs are compared byte for byte. */
    private static String exactly(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof byte[] bytes) {
            return "x'" + HexFormat.of().formatHex(bytes) + "'";
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    /** Every row, by the record it belongs to ("table:id"): two reads are equal when the tables hold the same. */
    Map<String, Set<String>> all() {
        return rowsByRecord;
    }

    /**
     * The records (as "table:id") that were in {@code before} and are no longer stored exactly as they were here,
     * leaving out those the action was meant to change.
     */
    List<String> changedSince(ProjectFileRows before, Set<String> meantToChange) {
        List<String> changed = new ArrayList<>();
        before.rowsByRecord.forEach((owner, rows) -> {
            String id = owner.substring(owner.indexOf(':') + 1);
            if (!meantToChange.contains(id) && !rows.equals(rowsByRecord.get(owner))) {
                changed.add(owner + " was " + rows + " is " + rowsByRecord.get(owner));
            }
        });
        return changed;
    }
}
