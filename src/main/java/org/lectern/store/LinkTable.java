package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lectern.model.Link;
import org.lectern.model.Stance;
import org.lectern.model.Strength;

final class LinkTable extends RecordTable<Link> {
    private static final String UPSERT = """
            INSERT INTO link (id, evidence_id, claim_id, stance, strength, author_id, created, modified)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET evidence_id = excluded.evidence_id, claim_id = excluded.claim_id,
                stance = excluded.stance, strength = excluded.strength, author_id = excluded.author_id,
                created = excluded.created, modified = excluded.modified
            """;
    private final Authors authors;

    LinkTable(Authors authors) {
        super("link");
        this.authors = authors;
    }

    @Override
    List<Link> loadAll(Connection connection) throws SQLException {
        List<Link> links = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM link ORDER BY created");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                links.add(new Link(Columns.uuid(rows, "id"), Columns.uuid(rows, "evidence_id"),
                        Columns.uuid(rows, "claim_id"), Columns.enumOf(Stance.class, rows.getString("stance")),
                        Columns.enumOf(Strength.class, rows.getString("strength")), authors.stampOf(rows)));
            }
        }
        return links;
    }

    @Override
    String upsertSql() {
        return UPSERT;
    }

    @Override
    void bind(EditWriter writer, PreparedStatement upsert, Link link) throws SQLException {
        Columns.set(upsert, 1, link.id());
        Columns.set(upsert, 2, link.evidenceId());
        Columns.set(upsert, 3, link.claimId());
        upsert.setString(4, Columns.enumValue(link.stance()));
        upsert.setString(5, Columns.enumValue(link.strength()));
        writer.bindStamp(upsert, 6, link.stamp());
    }
}
