package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;

final class ActorTable extends RecordTable<Actor> {
    private static final String UPSERT = """
            INSERT INTO actor (id, name, kind, description, author_id, created, modified)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                description = excluded.description, author_id = excluded.author_id,
                created = excluded.created, modified = excluded.modified
            """;
    private final Authors authors;
    private final JoinList mentions = new JoinList("actor_mention", "actor_id", "annotation_id");

    ActorTable(Authors authors) {
        super("actor");
        this.authors = authors;
    }

    @Override
    List<Actor> loadAll(Connection connection) throws SQLException {
        Map<UUID, List<UUID>> mentionsByActor = mentions.loadAll(connection);
        Map<UUID, List<String>> aliasesByActor = loadAliases(connection);
        List<Actor> actors = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM actor ORDER BY created, name");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UUID id = Columns.uuid(rows, "id");
                actors.add(new Actor(id, rows.getString("name"), Columns.enumOf(ActorKind.class, rows.getString("kind")),
                        aliasesByActor.getOrDefault(id, List.of()), rows.getString("description"),
                        mentionsByActor.getOrDefault(id, List.of()), authors.stampOf(rows)));
            }
        }
        return actors;
    }

    @Override
    String upsertSql() {
        return UPSERT;
    }

    @Override
    void bind(EditWriter writer, PreparedStatement upsert, Actor actor) throws SQLException {
        Columns.set(upsert, 1, actor.id());
        upsert.setString(2, actor.name());
        upsert.setString(3, Columns.enumValue(actor.kind()));
        upsert.setString(4, actor.description());
        writer.bindStamp(upsert, 5, actor.stamp());
    }

    @Override
    void saveParts(EditWriter writer, List<Actor> saved) throws SQLException {
        saveAliases(writer, saved);
        Map<UUID, List<UUID>> mentionsByActor = new LinkedHashMap<>();
        saved.forEach(actor -> mentionsByActor.put(actor.id(), actor.mentionIds()));
        mentions.replaceAll(writer, mentionsByActor);
    }

    private Map<UUID, List<String>> loadAliases(Connection connection) throws SQLException {
        Map<UUID, List<String>> aliases = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT actor_id, alias FROM actor_alias ORDER BY actor_id, position");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                aliases.computeIfAbsent(Columns.uuid(rows, "actor_id"), k -> new ArrayList<>())
                        .add(rows.getString("alias"));
            }
        }
        return aliases;
    }

    private void saveAliases(EditWriter writer, List<Actor> saved) throws SQLException {
        PreparedStatement delete = writer.statement("DELETE FROM actor_alias WHERE actor_id = ?");
        for (Actor actor : saved) {
            Columns.set(delete, 1, actor.id());
            delete.addBatch();
        }
        delete.executeBatch();
        PreparedStatement insert = writer.statement(
                "INSERT INTO actor_alias (actor_id, position, alias) VALUES (?, ?, ?)");
        boolean any = false;
        for (Actor actor : saved) {
            int position = 0;
            for (String alias : actor.aliases()) {
                Columns.set(insert, 1, actor.id());
                insert.setInt(2, position++);
                insert.setString(3, alias);
                insert.addBatch();
                any = true;
            }
        }
        if (any) {
            insert.executeBatch();
        }
    }
}
