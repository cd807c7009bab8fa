package org.lectern.properties;

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
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every row of every table of a project file, read through a plain read-only JDBC connection of its own: what the
 * file holds, whatever Lectern's own classes make of it. Rows are compared as sets (a row deleted and put back may
 * return in another place), each written as its columns' names and values.
 */
record ProjectFileRows(Map<String, List<String>> tables) {

    static ProjectFileRows of(Path file) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), readOnly);
             Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                tables.put(name, rowsOf(statement, name));
            }
        }
        return new ProjectFileRows(tables);
    }

    private static List<String> rowsOf(Statement statement, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    Object value = result.getObject(i);
                    row.append(i > 1 ? ", " : "").append(columns.getColumnName(i)).append('=')
                            .append(value instanceof byte[] bytes ? "x'" + HexFormat.of().formatHex(bytes) + "'"
                                    : String.valueOf(value));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return List.copyOf(rows);
    }

    /** The rows one file has and the other has not, table by table; empty when both hold the same. */
    String differenceFrom(ProjectFileRows expected) {
        StringBuilder difference = new StringBuilder();
        TreeSet<String> names = new TreeSet<>(tables.keySet());
        names.addAll(expected.tables.keySet());
        for (String name : names) {
            List<String> actual = tables.getOrDefault(name, List.of());
            List<String> wanted = expected.tables.getOrDefault(name, List.of());
            List<String> missing = new ArrayList<>(wanted);
            actual.forEach(missing::remove);
            List<String> extra = new ArrayList<>(actual);
            wanted.forEach(extra::remove);
            missing.forEach(row -> difference.append("\n  ").append(name).append(" lacks ").append(row));
            extra.forEach(row -> difference.append("\n  ").append(name).append(" has extra ").append(row));
        }
        return difference.toString();
    }
}
