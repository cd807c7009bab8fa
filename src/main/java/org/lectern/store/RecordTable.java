package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.lectern.model.Change;
import org.lectern.model.ProjectRecord;

/**
 * Reads and writes one kind of record. Saving inserts or updates in place (never delete + insert, which would
 * cascade to the rows that refer to the record). Both take many records at once: saving them is one batch of one
 * prepared statement, deleting them one statement.
 */
abstract class RecordTable<T extends ProjectRecord> {
    private final String deleteOne;
    private final String deleteMany;

    RecordTable(String table) {
        this.deleteOne = "DELETE FROM " + table + " WHERE id = ?";
        // One statement for the whole set: the ids travel as one JSON array, which SQLite reads as a table.
        this.deleteMany = "DELETE FROM " + table + " WHERE id IN (SELECT value FROM json_each(?))";
    }

    abstract List<T> loadAll(Connection connection) throws SQLException;

    /** The INSERT ... ON CONFLICT (id) DO UPDATE of one record's row. */
    abstract String upsertSql();

    /** Binds every parameter of {@link #upsertSql()} for this record. */
    abstract void bind(EditWriter writer, PreparedStatement upsert, T record) throws SQLException;

    /** Rewrites what the records keep in other tables (aliases, mentions, passages); most keep nothing there. */
    void saveParts(EditWriter writer, List<T> records) throws SQLException {
    }

    final void saveAll(EditWriter writer, List<T> records) throws SQLException {
        PreparedStatement upsert = writer.statement(upsertSql());
        for (T record : records) {
            bind(writer, upsert, record);
            upsert.addBatch();
        }
        upsert.executeBatch();
        saveParts(writer, records);
    }

    /** Deletes the records; {@code next} is the edit's change after them, if any. */
    void deleteAll(EditWriter writer, List<T> records, Change next) throws SQLException {
        deleteAll(writer, records.stream().map(ProjectRecord::id).toList());
    }

    final void deleteAll(EditWriter writer, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        if (ids.size() == 1) {
            PreparedStatement delete = writer.statement(deleteOne);
            Columns.set(delete, 1, ids.get(0));
            delete.executeUpdate();
            return;
        }
        StringJoiner array = new StringJoiner("\",\"", "[\"", "\"]");
        ids.forEach(id -> array.add(id.toString()));
        PreparedStatement delete = writer.statement(deleteMany);
        delete.setString(1, array.toString());
        delete.executeUpdate();
    }
}
