package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Verdict;

final class ReviewDecisionTable extends RecordTable<ReviewDecision> {
    private static final String UPSERT = """
            INSERT INTO review_decision (id, reviewed_id, verdict, result_id, comment, author_id, created,
                                         modified)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET reviewed_id = excluded.reviewed_id, verdict = excluded.verdict,
                result_id = excluded.result_id, comment = excluded.comment, author_id = excluded.author_id,
                created = excluded.created, modified = excluded.modified
            """;
    private final Authors authors;

    ReviewDecisionTable(Authors authors) {
        super("review_decision");
        this.authors = authors;
    }

    @Override
    List<ReviewDecision> loadAll(Connection connection) throws SQLException {
        List<ReviewDecision> decisions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM review_decision ORDER BY created");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                decisions.add(new ReviewDecision(Columns.uuid(rows, "id"), Columns.uuid(rows, "reviewed_id"),
                        Columns.enumOf(Verdict.class, rows.getString("verdict")), Columns.uuid(rows, "result_id"),
                        rows.getString("comment"), authors.stampOf(rows)));
            }
        }
        return decisions;
    }

    @Override
    String upsertSql() {
        return UPSERT;
    }

    @Override
    void bind(EditWriter writer, PreparedStatement upsert, ReviewDecision decision) throws SQLException {
        Columns.set(upsert, 1, decision.id());
        Columns.set(upsert, 2, decision.reviewedId());
        upsert.setString(3, Columns.enumValue(decision.verdict()));
        Columns.set(upsert, 4, decision.resultId());
        upsert.setString(5, decision.comment());
        writer.bindStamp(upsert, 6, decision.stamp());
    }
}
