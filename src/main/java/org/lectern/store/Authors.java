package org.lectern.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.lectern.model.Author;
import org.lectern.model.Stamp;

/**
 * The author table, and the stamp columns (author, created, modified) every record shares. Authors are
 * added the first time a record carries their name, and an author added while the project is open goes again
 * when no record carries their name any more: undoing an analyst's first edit in a project leaves the file as
 * it was, instead of naming them among its analysts (in {@code lectern info}, reports and exports) for nothing.
 */
final class Authors {
    /** Every table whose rows carry an author. */
    private static final List<String> STAMPED_TABLES = List.of("document", "annotation", "actor", "claim",
            "evidence", "link", "review_comment", "review_decision");

    // Concurrent: highlights are read on a reader connection of their own (ProjectStore#annotationsOf) while
    // the store's connection writes and names new authors.
    private final Map<String, UUID> idsByName = new ConcurrentHashMap<>();
    private final Map<UUID, String> namesById = new ConcurrentHashMap<>();
    /** Authors added since the project was opened; those already in the file stay, as they were found. */
    private final Set<UUID> addedHere = new HashSet<>();

    void load(Connection connection) throws SQLException {
        Map<UUID, String> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM author");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stored.put(Columns.uuid(rows, "id"), rows.getString("name"));
            }
        }
        // Those in the file first, then those no longer there go: a reader never finds a stored author missing.
        stored.forEach(this::remember);
        namesById.keySet().retainAll(stored.keySet());
        idsByName.values().retainAll(stored.keySet());
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
        UUID id = idFor(name);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO author (id, name) VALUES (?, ?)")) {
            Columns.set(insert, 1, id);
            insert.setString(2, name);
            insert.executeUpdate();
        }
        remember(id, name);
        addedHere.add(id);
        return id;
    }

    /**
     * The id an author gets when the file first names them: the same for the same name every time, so that an
     * edit undone and redone puts back the very row it had added.
     */
    static UUID idFor(String name) {
        return UUID.nameUUIDFromBytes(("Lectern author: " + name).getBytes(StandardCharsets.UTF_8));
    }

    /** Takes out those of {@code names} that were added since the project was opened and that no row names now. */
    void forgetUnnamed(Connection connection, Collection<String> names) throws SQLException {
        for (String name : names) {
            UUID id = idsByName.get(name);
            if (id == null || !addedHere.contains(id) || isNamed(connection, id)) {
                continue;
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM author WHERE id = ?")) {
                Columns.set(delete, 1, id);
                delete.executeUpdate();
            }
            idsByName.remove(name);
            namesById.remove(id);
            addedHere.remove(id);
        }
    }


    private static boolean isNamed(Connection connection, UUID id) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (String table : STAMPED_TABLES) {
            sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("SELECT 1 FROM ").append(table)
                    .append(" WHERE author_id = ?");
        }
        try (PreparedStatement select = connection.prepareStatement(sql + " LIMIT 1")) {
            for (int i = 1; i <= STAMPED_TABLES.size(); i++) {
                Columns.set(select, i, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** After a rollback the cache may name authors the file does not hold: read them again. */
    void reload(Connection connection) throws SQLException {
        load(connection);
    }

    Stamp stampOf(ResultSet rows) throws SQLException {
        String name = namesById.get(Columns.uuid(rows, "author_id"));
        return new Stamp(name, Columns.instant(rows, "created"), Columns.instant(rows, "modified"));
    }

    /** The same, for a table of many rows by few authors: each author's id is parsed once. */
    Stamp stampOf(ResultSet rows, RepeatedIds authorIds) throws SQLException {
        String name = namesById.get(authorIds.read(rows, "author_id"));
        return new Stamp(name, Columns.instant(rows, "created"), Columns.instant(rows, "modified"));
    }

    private void remember(UUID id, String name) {
        idsByName.put(name, id);
        namesById.put(id, name);
    }
}
