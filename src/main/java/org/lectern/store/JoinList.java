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
    private final String deleteSql;
    private final String insertSql;

    JoinList(String table, String ownerColumn, String itemColumn) {
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.itemColumn = itemColumn;
        this.deleteSql = "DELETE FROM " + table + " WHERE " + ownerColumn + " = ?";
        this.insertSql = "INSERT INTO " + table + " (" + ownerColumn + ", " + itemColumn + ", position)"
                + " VALUES (?, ?, ?)";
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

    /** Rewrites the lists of many owners: one batch of deletions, then one batch of the new rows. */
    void replaceAll(EditWriter writer, Map<UUID, List<UUID>> itemsByOwner) throws SQLException {
        PreparedStatement delete = writer.statement(deleteSql);
        for (UUID owner : itemsByOwner.keySet()) {
            Columns.set(delete, 1, owner);
            delete.addBatch();
        }
        delete.executeBatch();
        PreparedStatement insert = null;
        for (Map.Entry<UUID, List<UUID>> list : itemsByOwner.entrySet()) {
            int position = 0;
            for (UUID item : list.getValue()) {
                insert = insert == null ? writer.statement(insertSql) : insert;
                Columns.set(insert, 1, list.getKey());
                Columns.set(insert, 2, item);
                insert.setInt(3, position++);
                insert.addBatch();
            }
        }
        if (insert != null) {
            insert.executeBatch();
        }
    }
}
