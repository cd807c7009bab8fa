package org.lectern.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lectern.model.Change;
import org.lectern.model.Tag;

/**
 * Changing the tag set: a new tag, a tag renamed, recoloured or given another key, a tag removed. A key belongs
 * to one tag at a time: giving a tag a key another tag has takes it from that tag in the same edit.
 */
public final class TagEdits {
    private final ProjectState state;

    TagEdits(ProjectState state) {
        this.state = state;
    }

    public Edit add(String name, String color) {
        requireFreeName(name, null);
        Tag tag = new Tag(UUID.randomUUID(), name, color, Tag.NO_KEY, "");
        return new Edit("New tag " + tag.name(), List.of(Change.created(tag)));
    }

    public Edit edit(UUID tagId, String name, String color, int key, String description) {
        Tag before = state.tag(tagId).orElseThrow();
        requireFreeName(name, tagId);
        Tag after = new Tag(tagId, name, color, key, description);
        if (after.equals(before)) {
            return new Edit("Nothing", List.of());
        }
        List<Change> changes = new ArrayList<>();
        if (after.hasKey()) {
            state.tagWithKey(key).filter(other -> !other.id().equals(tagId)).ifPresent(other -> changes.add(
                    Change.updated(other, new Tag(other.id(), other.name(), other.color(), Tag.NO_KEY,
                            other.description()))));
        }
        changes.add(Change.updated(before, after));
        return new Edit("Edit tag " + after.name(), changes);
    }

    /** Removes a tag no highlight uses; one that is in use must be emptied (retagged) first. */
    public Edit delete(UUID tagId) {
        Tag tag = state.tag(tagId).orElseThrow();
        long used = state.annotationsTagged(tagId);
        if (used > 0) {
            throw new IllegalArgumentException("“" + tag.name() + "” is on " + used + " highlight"
                    + (used == 1 ? "" : "s") + ": give them another tag first, then delete it.");
        }
        return new Edit("Delete tag " + tag.name(), List.of(Change.deleted(tag)));
    }

    private void requireFreeName(String name, UUID except) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A tag needs a name.");
        }
        state.tagNamed(name.strip()).filter(other -> !other.id().equals(except)).ifPresent(other -> {
            throw new IllegalArgumentException("There is a tag called “" + other.name() + "” already.");
        });
    }
}
