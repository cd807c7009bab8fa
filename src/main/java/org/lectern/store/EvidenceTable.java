package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.InformationCredibility;
import org.lectern.model.SourceReliability;

final class EvidenceTable extends RecordTable<Evidence> {
    private static final String UPSERT = """
            INSERT INTO evidence (id, description, reliability, credibility, author_id, created, modified)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET description = excluded.description,
                reliability = excluded.reliability, credibility = excluded.credibility,
                author_id = excluded.author_id, created = excluded.created, modified = excluded.modified
            """;
    private final Authors authors;
    private final JoinList passages = new JoinList("evidence_passage", "evidence_id", "annotation_id");

    EvidenceTable(Authors authors) {
        super("evidence");
        this.authors = authors;
    }

    @Override
    List<Evidence> loadAll(Connection connection) throws SQLException {
        Map<UUID, List<UUID>> passagesByEvidence = passages.loadAll(connection);
        List<Evidence> evidence = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM evidence ORDER BY created");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UUID id = Columns.uuid(rows, "id");
                Grade grade = new Grade(SourceReliability.valueOf(rows.getString("reliability")),
                        InformationCredibility.ofCode(rows.getInt("credibility")));
                evidence.add(new Evidence(id, rows.getString("description"),
                        passagesByEvidence.getOrDefault(id, List.of()), grade, authors.stampOf(rows)));
            }
        }
        return evidence;
    }

    @Override
    String upsertSql() {
        return UPSERT;
    }

    @Override
    void bind(EditWriter writer, PreparedStatement upsert, Evidence evidence) throws SQLException {
        Columns.set(upsert, 1, evidence.id());
        upsert.setString(2, evidence.description());
        upsert.setString(3, evidence.grade().reliability().code());
        upsert.setInt(4, evidence.grade().credibility().code());
        writer.bindStamp(upsert, 5, evidence.stamp());
    }

    @Override
    void saveParts(EditWriter writer, List<Evidence> saved) throws SQLException {
        Map<UUID, List<UUID>> passagesByEvidence = new LinkedHashMap<>();
        saved.forEach(record -> passagesByEvidence.put(record.id(), record.passageIds()));
        passages.replaceAll(writer, passagesByEvidence);
    }
}
