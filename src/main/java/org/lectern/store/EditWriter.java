package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lectern.model.Change;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Stamp;

/**
 * Writes one edit's changes inside the caller's transaction, as SQLite is fastest at it: each statement is
 * prepared once for the whole edit, and a run of consecutive changes of one kind (say the 10,000 highlights of
 * an import, or their deletion when it is undone) goes to SQLite as one batch. Runs are written in the edit's
 * order, so a change still sees every change before it, as it would if written one by one.
 */
final class EditWriter implements AutoCloseable {
    private final Connection connection;
    private final Authors authors;
    private final Map<Class<?>, RecordTable<?>> tablesByKind;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, UUID> authorIds = new HashMap<>();

    EditWriter(Connection connection, Authors authors, Map<Class<?>, RecordTable<?>> tablesByKind) {
        this.connection = connection;
        this.authors = authors;
        this.tablesByKind = tablesByKind;
    }

    void write(List<Change> changes) throws SQLException {
        write(changes, () -> false);
    }

    /** Stops, leaving the transaction for the caller to roll back, when {@code cancelled} turns true between runs. */
    void write(List<Change> changes, java.util.function.BooleanSupplier cancelled) throws SQLException {
        Run run = null;
        for (Change change : changes) {
            ProjectRecord subject = change.subject();
            boolean deletion = change.after() == null;
            if (run == null || !run.takes(subject, deletion)) {
                if (run != null) {
                    run.write(change);
                }
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("cancelled while writing");
                }
                run = new Run(table(subject), deletion);
            }
            run.add(subject);
        }
        if (run != null) {
            run.write(null);
        }
    }

    /** The statement for this SQL, prepared the first time the edit needs it. */
    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** Binds author, created and modified at {@code index}, {@code index + 1}, {@code index + 2}. */
    void bindStamp(PreparedStatement statement, int index, Stamp stamp) throws SQLException {
        Columns.set(statement, index, authorId(stamp.author()));
        Columns.set(statement, index + 1, stamp.created());
        Columns.set(statement, index + 2, stamp.modified());
    }

    /** Each analyst named in the edit is looked up (or added) once, however many records carry the name. */
    private UUID authorId(String name) throws SQLException {
        UUID id = authorIds.get(name);
        if (id == null) {
            id = authors.idOf(connection, name);
            authorIds.put(name, id);
        }
        return id;
    }

    private RecordTable<?> table(ProjectRecord record) {
        RecordTable<?> table = tablesByKind.get(record.getClass());
        if (table == null) {
            throw new IllegalArgumentException("No table keeps records of kind " + record.getClass().getSimpleName());
        }
        return table;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        statements.clear();
        if (first != null) {
            throw first;
        }
    }

    /**
     * Consecutive saves, or deletions, of one kind of record. A record saved twice in a row starts a new run:
     * its lists (an actor's mentions, a claim's passages) are rewritten whole, once per save.
     */
    private final class Run {
        private final RecordTable<?> table;
        private final boolean deletion;
        private final Map<UUID, ProjectRecord> records = new LinkedHashMap<>();

        Run(RecordTable<?> table, boolean deletion) {
            this.table = table;
            this.deletion = deletion;
        }

        boolean takes(ProjectRecord record, boolean deleting) {
            return deleting == deletion && table == table(record) && (deletion || !records.containsKey(record.id()));
        }

        void add(ProjectRecord record) {
            records.put(record.id(), record);
        }

        /** Writes the run; {@code next} is the change after it, if any. */
        void write(Change next) throws SQLException {
            write(table, new ArrayList<>(records.values()), next);
        }

        @SuppressWarnings("unchecked")
        private <T extends ProjectRecord> void write(RecordTable<T> kind, List<ProjectRecord> run, Change next)
                throws SQLException {
            if (deletion) {
                kind.deleteAll(EditWriter.this, (List<T>) run, next);
            } else {
                kind.saveAll(EditWriter.this, (List<T>) run);
            }
        }
    }
}
