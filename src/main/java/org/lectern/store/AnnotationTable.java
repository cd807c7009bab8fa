package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.Passage;

final class AnnotationTable extends RecordTable<Annotation> {
    /** The columns {@link #bind} binds, in its order. */
    private static final String COLUMNS = """
            (id, document_id, start_offset, end_offset, quote, prefix, suffix, tag_id, note, author_id, created,
             modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPSERT = "INSERT INTO annotation " + COLUMNS + """
            ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id,
                start_offset = excluded.start_offset, end_offset = excluded.end_offset, quote = excluded.quote,
                prefix = excluded.prefix, suffix = excluded.suffix, tag_id = excluded.tag_id,
                note = excluded.note, author_id = excluded.author_id, created = excluded.created,
                modified = excluded.modified
            """;
    private static final String DELETE_OF_DOCUMENT = "DELETE FROM annotation WHERE document_id = ?";
    private final Authors authors;

    AnnotationTable(Authors authors) {
        super("annotation");
        this.authors = authors;
    }

    @Override
    List<Annotation> loadAll(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM annotation ORDER BY document_id, start_offset, end_offset")) {
            return read(select);
        }
    }

    /** One document's highlights, found through the index by document. */
    List<Annotation> loadOf(Connection connection, UUID documentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM annotation WHERE document_id = ?")) {
            Columns.set(select, 1, documentId);
            return read(select);
        }
    }

    /** The highlights of the documents named, in one pass over the table (cheaper than a query each). */
    Map<UUID, List<Annotation>> loadOf(Connection connection, Set<UUID> documentIds) throws SQLException {
        Map<UUID, List<Annotation>> byDocument = new HashMap<>();
        documentIds.forEach(id -> byDocument.put(id, new ArrayList<>()));
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM annotation")) {
            for (Annotation annotation : read(select)) {
                List<Annotation> ofDocument = byDocument.get(annotation.documentId());
                if (ofDocument != null) {
                    ofDocument.add(annotation);
                }
            }
        }
        return byDocument;
    }

    /** The highlights of these ids that the project holds, found by their key (for a team's pending changes). */
    List<Annotation> loadByIds(Connection connection, java.util.Collection<UUID> ids) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM annotation WHERE id IN (SELECT value FROM json_each(?))")) {
            select.setString(1, CurrentRecords.jsonArray(ids));
            return read(select);
        }
    }

    /** How many highlights the project has, counted on the smallest index without reading a row. */
    int count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM annotation");
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    Optional<UUID> documentOf(Connection connection, UUID annotationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT document_id FROM annotation WHERE id = ?")) {
            Columns.set(select, 1, annotationId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(Columns.uuid(rows, "document_id")) : Optional.empty();
            }
        }
    }

    private List<Annotation> read(PreparedStatement select) throws SQLException {
        List<Annotation> annotations = new ArrayList<>();
        RepeatedIds documents = new RepeatedIds();
        RepeatedIds tags = new RepeatedIds();
        RepeatedIds authorIds = new RepeatedIds();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Passage passage = new Passage(rows.getInt("start_offset"), rows.getInt("end_offset"),
                        rows.getString("quote"), rows.getString("prefix"), rows.getString("suffix"));
                annotations.add(new Annotation(Columns.uuid(rows, "id"), documents.read(rows, "document_id"), passage,
                        tags.read(rows, "tag_id"), rows.getString("note"), authors.stampOf(rows, authorIds)));
            }
        }
        return annotations;
    }

    @Override
    String upsertSql() {
        return UPSERT;
    }

    /** A plain insert into {@code table}, made like this one (a download's staging table), bound by {@link #bind}. */
    static String insertInto(String table) {
        return "INSERT INTO " + table + " " + COLUMNS;
    }

    @Override
    void bind(EditWriter writer, PreparedStatement upsert, Annotation annotation) throws SQLException {
        Passage passage = annotation.passage();
        Columns.set(upsert, 1, annotation.id());
        Columns.set(upsert, 2, annotation.documentId());
        upsert.setInt(3, passage.start());
        upsert.setInt(4, passage.end());
        upsert.setString(5, passage.quote());
        upsert.setString(6, passage.prefix());
        upsert.setString(7, passage.suffix());
        Columns.set(upsert, 8, annotation.tagId());
        upsert.setString(9, annotation.note());
        writer.bindStamp(upsert, 10, annotation.stamp());
    }

    /**
     * Removing a document deletes its highlights and then the document. The highlights of a document whose
     * deletion comes next are deleted as SQLite's cascade from the document would: by the document, through its
     * index, which is much quicker than finding each highlight by its id. Highlights of other documents go by id.
     */
    @Override
    void deleteAll(EditWriter writer, List<Annotation> annotations, Change next) throws SQLException {
        if (next == null || next.after() != null || !(next.before() instanceof Document document)) {
            super.deleteAll(writer, annotations, next);
            return;
        }
        PreparedStatement delete = writer.statement(DELETE_OF_DOCUMENT);
        Columns.set(delete, 1, document.id());
        delete.executeUpdate();
        super.deleteAll(writer, annotations.stream().filter(a -> !a.documentId().equals(document.id()))
                .map(Annotation::id).toList());
    }
}
