package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lectern.model.Tag;

final class TagTable extends RecordTable<Tag> {
    private static final String UPSERT = """
            INSERT INTO tag (id, name, color, hotkey, description) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, color = excluded.color,
                hotkey = excluded.hotkey, description = excluded.description
            """;

    TagTable() {
        super("tag");
    }

    @Override
    List<Tag> loadAll(Connection connection) throws SQLException {
        List<Tag> tags = new ArrayList<>();
        // Keyed tags first, in key order, then the rest by name: the order of the palette.
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM tag ORDER BY hotkey = 0, hotkey, name");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tags.add(new Tag(Columns.uuid(rows, "id"), rows.getString("name"), rows.getString("color"),
                        rows.getInt("hotkey"), rows.getString("description")));
            }
        }
        return tags;
    }

    @Override
    String upsertSql() {
        return UPSERT;
    }

    @Override
    void bind(EditWriter writer, PreparedStatement upsert, Tag tag) throws SQLException {
        Columns.set(upsert, 1, tag.id());
        upsert.setString(2, tag.name());
        upsert.setString(3, tag.color());
        upsert.setInt(4, tag.key());
        upsert.setString(5, tag.description());
    }
}
