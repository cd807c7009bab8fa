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
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Likelihood;

final class ClaimTable extends RecordTable<Claim> {
    private static final String UPSERT = """
            INSERT INTO claim (id, statement, claimant_id, status, likelihood, author_id, created, modified)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET statement = excluded.statement, claimant_id = excluded.claimant_id,
                status = excluded.status, likelihood = excluded.likelihood, author_id = excluded.author_id,
                created = excluded.created, modified = excluded.modified
            """;
    private final Authors authors;
    private final JoinList passages = new JoinList("claim_passage", "claim_id", "annotation_id");

    ClaimTable(Authors authors) {
        super("claim");
        this.authors = authors;
    }

    @Override
    List<Claim> loadAll(Connection connection) throws SQLException {
        Map<UUID, List<UUID>> passagesByClaim = passages.loadAll(connection);
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM claim ORDER BY created");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UUID id = Columns.uuid(rows, "id");
                claims.add(new Claim(id, rows.getString("statement"), Columns.uuid(rows, "claimant_id"),
                        passagesByClaim.getOrDefault(id, List.of()),
                        Columns.enumOf(ClaimStatus.class, rows.getString("status")),
                        Columns.enumOf(Likelihood.class, rows.getString("likelihood")), authors.stampOf(rows)));
            }
        }
        return claims;
    }

    @Override
    String upsertSql() {
        return UPSERT;
    }

    @Override
    void bind(EditWriter writer, PreparedStatement upsert, Claim claim) throws SQLException {
        Columns.set(upsert, 1, claim.id());
        upsert.setString(2, claim.statement());
        Columns.set(upsert, 3, claim.claimantId());
        upsert.setString(4, Columns.enumValue(claim.status()));
        upsert.setString(5, Columns.enumValue(claim.likelihood()));
        writer.bindStamp(upsert, 6, claim.stamp());
    }

    @Override
    void saveParts(EditWriter writer, List<Claim> saved) throws SQLException {
        Map<UUID, List<UUID>> passagesByClaim = new LinkedHashMap<>();
        saved.forEach(record -> passagesByClaim.put(record.id(), record.passageIds()));
        passages.replaceAll(writer, passagesByClaim);
    }
}
