package org.lectern.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * A glance at a project's first document (the one the window shows on opening it) without opening the project:
 * one read-only query for its title and the start of its text. Nothing is checked beyond what the glance needs,
 * nothing migrated or written; whatever is amiss is left for the real opening to find and explain.
 */
public final class DocumentPeek {
    private DocumentPeek() {
    }

    /** The first document's title and up to {@code chars} characters of its text. */
    public record Start(String title, String text) {
    }

    /**
     * In the order in which {@link DocumentTable#loadAll} lists documents. Empty when the file is not a Lectern
     * project of the current format, holds no document, or cannot be read.
     */
    public static Optional<Start> firstDocument(Path file, int chars) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection connection = DriverManager.getConnection(ProjectFiles.url(file), readOnly);
             Statement pragmas = connection.createStatement()) {
            if (pragma(pragmas, "application_id") != ProjectFiles.APPLICATION_ID
                    || pragma(pragmas, "user_version") != ProjectFiles.CURRENT_FORMAT) {
                return Optional.empty();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT title, substr(text, 1, ?) AS start FROM document ORDER BY created, title LIMIT 1")) {
                select.setInt(1, chars);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new Start(row.getString("title"), row.getString("start")))
                            : Optional.empty();
                }
            }
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int pragma(Statement statement, String name) throws SQLException {
        try (ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            return row.next() ? row.getInt(1) : -1;
        }
    }
}
