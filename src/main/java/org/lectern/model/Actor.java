package org.lectern.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A person, organisation, state or group; its mentions are annotations in the documents. */
public record Actor(UUID id, String name, ActorKind kind, List<String> aliases, String description,
                    List<UUID> mentionIds, Stamp stamp) implements ProjectRecord {
    public Actor {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? "Unnamed actor" : name.strip();
        kind = kind == null ? ActorKind.OTHER : kind;
        aliases = aliases == null ? List.of()
                : aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        description = description == null ? "" : description;
        mentionIds = mentionIds == null ? List.of() : List.copyOf(mentionIds);
        Objects.requireNonNull(stamp, "stamp");
    }

    public Actor edited(String newName, ActorKind newKind, List<String> newAliases, String newDescription) {
        return new Actor(id, newName, newKind, newAliases, newDescription, mentionIds, stamp.touched());
    }

    public Actor withMentions(List<UUID> newMentionIds) {
        return new Actor(id, name, kind, aliases, description, newMentionIds, stamp.touched());
    }

    @Override
    public String toString() {
        return name;
    }
}
