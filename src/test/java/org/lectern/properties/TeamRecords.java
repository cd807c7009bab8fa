package org.lectern.properties;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;
import org.lectern.store.ProjectStore;
import org.lectern.store.TeamLedger;

/** What the team tests compare: every record a project holds by id, and the rows of its outbox. */
final class TeamRecords {
    private TeamRecords() {
    }

    static Map<UUID, ProjectRecord> of(ProjectStore store) {
        ProjectSnapshot all = store.load();
        Map<UUID, ProjectRecord> records = new LinkedHashMap<>();
        Stream.of(all.documents(), all.tags(), all.annotations(), all.actors(), all.claims(), all.evidence(),
                        all.links(), all.comments(), all.decisions())
                .flatMap(List::stream).forEach(record -> records.put(record.id(), record));
        return records;
    }

    /** The ids of the records made, changed or deleted between two states of a project. */
    static Set<UUID> changedBetween(Map<UUID, ProjectRecord> before, Map<UUID, ProjectRecord> after) {
        Set<UUID> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        ids.removeIf(id -> Objects.equals(before.get(id), after.get(id)));
        return ids;
    }

    static Set<UUID> pendingIds(TeamLedger ledger) {
        Set<UUID> ids = new HashSet<>();
        ledger.pending().forEach(p -> ids.add(p.id()));
        return ids;
    }

    /** As if everything waiting had been sent: the project is in step with its team. */
    static void allSent(TeamLedger ledger) {
        ledger.sent(Long.MAX_VALUE);
    }

    /** How many rows a table of the file holds, read beside Lectern as the sqlite3 shell would. */
    static long rowsIn(Path file, String table) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), readOnly);
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
            return rows.next() ? rows.getLong(1) : -1;
        }
    }
}
