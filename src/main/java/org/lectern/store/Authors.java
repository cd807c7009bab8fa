package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lectern.model.Author;
import org.lectern.model.Stamp;

/**
 * The author table, and the stamp columns (author, created, modified) every record shares. Authors are
 * added the first time a record carries their name.
 */
final class Authors {
    private final Map<String, UUID> idsByName = new HashMap<>();
    private final Map<UUID, String> namesById = new HashMap<>();

    void load(Connection connection) throws SQLException {
        idsByName.clear();
        namesById.clear();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM author");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                remember(Columns.uuid(rows, "id"), rows.getString("name"));
            }
        }
    }

    List<Author> all() {
        List<Author> authors = new ArrayList<>();
        namesById.forEach((id, name) -> authors.add(new Author(id, name)));
        authors.sort(java.util.Comparator.comparing(Author::name));
        return authors;
    }

    UUID idOf(Connection connection, String name) throws SQLException {
        UUID known = idsByName.get(name);
        if (known != null) {
            return known;
        }
        // Another program (or a second Lectern) may have added this author since the cache was filled.
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM author WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    UUID stored = Columns.uuid(rows, "id");
                    remember(stored, name);
                    return stored;
                }
            }
        }
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO author (id, name) VALUES (?, ?)")) {
            Columns.set(insert, 1, id);
            insert.setString(2, name);
            insert.executeUpdate();
        }
        remember(id, name);
        return id;
    }

    /** After a rollback the cache may name authors the file does not hold: read them again. */
    void reload(Connection connection) throws SQLException {
        load(connection);
    }

    Stamp stampOf(ResultSet rows) throws SQLException {
        String name = namesById.get(Columns.uuid(rows, "author_id"));
        return new Stamp(name, Columns.instant(rows, "created"), Columns.instant(rows, "modified"));
    }

    private void remember(UUID id, String name) {
        idsByName.put(name, id);
        namesById.put(id, name);
    }
}
