package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.lectern.model.ProjectRecord;

/** Reads and writes one kind of record. {@code save} inserts or updates in place (never delete + insert,
 * which would cascade to the rows that refer to the record). */
abstract class RecordTable<T extends ProjectRecord> {
    private final String table;

    RecordTable(String table) {
        this.table = table;
    }

    abstract List<T> loadAll(Connection connection) throws SQLException;

    abstract void save(Connection connection, T record) throws SQLException;

    void delete(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            Columns.set(delete, 1, id);
            delete.executeUpdate();
        }
    }
}
