package org.lectern.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import org.lectern.model.ProjectRecord;

/**
 * The records of given ids as the project holds them now, read inside the caller's transaction. Highlights are
 * read by their documents (as a document is shown), never the whole project's: a team project may hold
 * hundreds of thousands.
 */
final class CurrentRecords {
    private final Map<String, RecordTable<?>> tablesByKind;
    private final AnnotationTable annotations;

    CurrentRecords(Map<String, RecordTable<?>> tablesByKind, AnnotationTable annotations) {
        this.tablesByKind = tablesByKind;
        this.annotations = annotations;
    }

    /** The records found; ids with no record are left out. */
    Map<UUID, ProjectRecord> of(Connection connection, Map<String, Set<UUID>> idsByKind) throws SQLException {
        Map<UUID, ProjectRecord> found = new HashMap<>();
        for (Map.Entry<String, Set<UUID>> kind : idsByKind.entrySet()) {
            Set<UUID> ids = kind.getValue();
            if (ids.isEmpty()) {
                continue;
            }
            if (kind.getKey().equals("annotation")) {
                annotations.loadByIds(connection, ids).forEach(a -> found.put(a.id(), a));
            } else {
                for (ProjectRecord record : table(kind.getKey()).loadAll(connection)) {
                    if (ids.contains(record.id())) {
                        found.put(record.id(), record);
                    }
                }
            }
        }
        return found;
    }

    private RecordTable<?> table(String kind) {
        RecordTable<?> table = tablesByKind.get(kind);
        if (table == null) {
            throw new IllegalArgumentException("No table keeps records of kind " + kind);
        }
        return table;
    }

    /** Ids as one JSON array, which SQLite reads as a table with json_each. */
    static String jsonArray(Collection<UUID> ids) {
        StringJoiner array = new StringJoiner("\",\"", "[\"", "\"]");
        array.setEmptyValue("[]");
        ids.forEach(id -> array.add(id.toString()));
        return array.toString();
    }
}
