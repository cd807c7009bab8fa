package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lectern.model.ReviewComment;

final class ReviewCommentTable extends RecordTable<ReviewComment> {
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
    void save(Connection connection, ReviewComment comment) throws SQLException {
        String sql = """
                INSERT INTO review_comment (id, target_id, parent_id, text, resolved, author_id, created, modified)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET target_id = excluded.target_id, parent_id = excluded.parent_id,
                    text = excluded.text, resolved = excluded.resolved, author_id = excluded.author_id,
                    created = excluded.created, modified = excluded.modified
                """;
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            Columns.set(upsert, 1, comment.id());
            Columns.set(upsert, 2, comment.targetId());
            Columns.set(upsert, 3, comment.parentId());
            upsert.setString(4, comment.text());
            upsert.setInt(5, comment.resolved() ? 1 : 0);
            authors.bindStamp(connection, upsert, 6, comment.stamp());
            upsert.executeUpdate();
        }
    }
}
