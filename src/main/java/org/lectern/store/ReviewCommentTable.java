package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lectern.model.ReviewComment;

final class ReviewCommentTable extends RecordTable<ReviewComment> {
    private static final String UPSERT = """
            INSERT INTO review_comment (id, target_id, parent_id, text, resolved, author_id, created, modified)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET target_id = excluded.target_id, parent_id = excluded.parent_id,
                text = excluded.text, resolved = excluded.resolved, author_id = excluded.author_id,
                created = excluded.created, modified = excluded.modified
            """;
    private final Authors authors;

    ReviewCommentTable(Authors authors) {
        super("review_comment");
        this.authors = authors;
    }

    @Override
    List<ReviewComment> loadAll(Connection connection) throws SQLException {
        List<ReviewComment> comments = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM review_comment ORDER BY created");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                comments.add(new ReviewComment(Columns.uuid(rows, "id"), Columns.uuid(rows, "target_id"),
                        Columns.uuid(rows, "parent_id"), rows.getString("text"), rows.getInt("resolved") == 1,
                        authors.stampOf(rows)));
            }
        }
        return comments;
    }

    @Override
    String upsertSql() {
        return UPSERT;
    }

    @Override
    void bind(EditWriter writer, PreparedStatement upsert, ReviewComment comment) throws SQLException {
        Columns.set(upsert, 1, comment.id());
        Columns.set(upsert, 2, comment.targetId());
        Columns.set(upsert, 3, comment.parentId());
        upsert.setString(4, comment.text());
        upsert.setInt(5, comment.resolved() ? 1 : 0);
        writer.bindStamp(upsert, 6, comment.stamp());
    }
}
