package org.lectern.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;

final class DocumentTable extends RecordTable<Document> {
    private static final String UPSERT = """
            INSERT INTO document (id, title, source, byline, published, url, text, text_sha256,
                                  author_id, created, modified)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, source = excluded.source,
                byline = excluded.byline, published = excluded.published, url = excluded.url,
                text = excluded.text, text_sha256 = excluded.text_sha256, author_id = excluded.author_id,
                created = excluded.created, modified = excluded.modified
            """;
    private final Authors authors;

    DocumentTable(Authors authors) {
        super("document");
        this.authors = authors;
    }

    /**
     * In the project's order (when added, then title). The order is taken from the small columns alone and the
     * rows read as they lie: sorting whole rows would copy every article's text (a corpus holds tens of megabytes)
     * through a temporary table, three times as slow.
     */
    @Override
    List<Document> loadAll(Connection connection) throws SQLException {
        Map<String, Integer> places = new HashMap<>();
        try (PreparedStatement order = connection.prepareStatement("SELECT id FROM document ORDER BY created, title");
             ResultSet rows = order.executeQuery()) {
            while (rows.next()) {
                places.put(rows.getString(1), places.size());
            }
        }
        Document[] documents = new Document[places.size()];
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM document");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                DocumentMetadata metadata = new DocumentMetadata(rows.getString("source"), rows.getString("byline"),
                        rows.getString("published"), rows.getString("url"));
                documents[places.get(rows.getString("id"))] = new Document(Columns.uuid(rows, "id"),
                        rows.getString("title"), metadata, rows.getString("text"), authors.stampOf(rows));
            }
        }
        return List.of(documents);
    }

    @Override
    String upsertSql() {
        return UPSERT;
    }

    @Override
    void bind(EditWriter writer, PreparedStatement upsert, Document document) throws SQLException {
        DocumentMetadata metadata = document.metadata();
        Columns.set(upsert, 1, document.id());
        upsert.setString(2, document.title());
        upsert.setString(3, metadata.source());
        upsert.setString(4, metadata.byline());
        upsert.setString(5, metadata.published());
        upsert.setString(6, metadata.url());
        upsert.setString(7, document.text());
        upsert.setString(8, sha256(document.text()));
        writer.bindStamp(upsert, 9, document.stamp());
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
