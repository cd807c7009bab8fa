package org.lectern.team;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.store.team.RecordJson;
import org.lectern.store.team.ServerRecord;
import org.lectern.store.team.TeamServer;

/** What convergence compares: a project's records, and the team server's live records, each one line per record. */
public final class ServerRecords {
    private ServerRecords() {
    }

    /** Every record the server holds and has not deleted, by id, read page by page as any member reads them. */
    public static Map<UUID, ProjectRecord> live(TeamServer server) {
        Map<UUID, ServerRecord> latest = new LinkedHashMap<>();
        long rev = 0;
        for (List<ServerRecord> page = server.changesSince(rev, 5_000); !page.isEmpty();
             page = server.changesSince(rev, 5_000)) {
            page.forEach(row -> latest.put(row.id(), row));
            rev = page.get(page.size() - 1).rev();
        }
        Map<UUID, ProjectRecord> live = new LinkedHashMap<>();
        latest.values().stream().filter(row -> !row.deleted()).forEach(row -> live.put(row.id(), RecordJson.read(row)));
        return live;
    }

    /** Every record of a project, by id. */
    public static Map<UUID, ProjectRecord> of(ProjectSnapshot all) {
        Map<UUID, ProjectRecord> records = new LinkedHashMap<>();
        Stream.of(all.documents(), all.tags(), all.annotations(), all.actors(), all.claims(), all.evidence(),
                all.links(), all.comments(), all.decisions()).flatMap(List::stream)
                .forEach(record -> records.put(record.id(), record));
        return records;
    }

    public static Map<UUID, ProjectRecord> of(Path file) throws Exception {
        try (ProjectStore store = ProjectFiles.openForReading(file)) {
            return of(store.load());
        }
    }

    /** A canonical dump: one line per record, sorted, so that a difference reads as a diff. */
    public static List<String> dump(Map<UUID, ProjectRecord> records) {
        List<String> lines = new ArrayList<>();
        records.values().forEach(record -> lines.add(RecordJson.write(record)));
        return lines.stream().sorted().collect(Collectors.toList());
    }

    public static Set<UUID> ids(Map<UUID, ProjectRecord> records) {
        return records.keySet();
    }
}
