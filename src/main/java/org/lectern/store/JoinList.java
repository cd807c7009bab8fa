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

/**
 * An ordered list of ids kept in a join table (owner id, position, item): an actor's mentions, a claim's
 * passages, an evidence's passages. Rewritten whole when the owner is saved.
 */
final class JoinList {
    private final String table;
    private final String ownerColumn;
    private final String itemColumn;

    JoinList(String table, String ownerColumn, String itemColumn) {
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.itemColumn = itemColumn;
    }

    Map<UUID, List<UUID>> loadAll(Connection connection) throws SQLException {
        Map<UUID, List<UUID>> byOwner = new HashMap<>();
        String sql = "SELECT " + ownerColumn + ", " + itemColumn + " FROM " + table + " ORDER BY " + ownerColumn
                + ", position";
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                byOwner.computeIfAbsent(Columns.uuid(rows, ownerColumn), k -> new ArrayList<>())
                        .add(Columns.uuid(rows, itemColumn));
            }
        }
        return byOwner;
    }

    void replace(Connection connection, UUID owner, List<UUID> items) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE " + ownerColumn + " = ?")) {
            Columns.set(delete, 1, owner);
            delete.executeUpdate();
        }
        if (items.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + table + " (" + ownerColumn + ", " + itemColumn + ", position) VALUES (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int position = 0;
            for (UUID item : items) {
                Columns.set(insert, 1, owner);
                Columns.set(insert, 2, item);
                insert.setInt(3, position++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
