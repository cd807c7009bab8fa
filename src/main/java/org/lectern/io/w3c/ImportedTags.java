package org.lectern.io.w3c;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lectern.model.Tag;

/**
 * The project's tags, found by name regardless of case, and the new ones an import needs. A new tag gets a
 * quiet colour, so the analyst sees at a glance which tags came from outside, and no key: keys 1–9 are the
 * analyst's own choice.
 */
final class ImportedTags {
    /** The tag of annotations whose file gives them none: a Lectern annotation always has one. */
    static final String FALLBACK_NAME = "Imported";
    private static final List<String> NEUTRAL_COLOURS =
            List.of("#9c9c9c", "#a89f91", "#8e9aaf", "#9fb0a0", "#b3a1a8", "#a3a3c2", "#b5ad8f", "#8fa9b5");

    private final Map<String, Tag> byName = new LinkedHashMap<>();
    private final List<Tag> added = new ArrayList<>();

    ImportedTags(List<Tag> projectTags) {
        for (Tag tag : projectTags) {
            byName.putIfAbsent(key(tag.name()), tag);
        }
    }

    /** The tag of that name: the project's own, or one made for this import. */
    Tag named(String name) {
        String wanted = name == null || name.isBlank() ? FALLBACK_NAME : name.strip();
        return byName.computeIfAbsent(key(wanted), key -> {
            Tag tag = new Tag(UUID.randomUUID(), wanted, NEUTRAL_COLOURS.get(added.size() % NEUTRAL_COLOURS.size()),
                    Tag.NO_KEY, "Added by an import of W3C annotations");
            added.add(tag);
            return tag;
        });
    }

    /** The tags made for this import that some imported annotation uses, in the order they were first asked for. */
    List<Tag> addedAndUsed(Set<UUID> usedTagIds) {
        return added.stream().filter(tag -> usedTagIds.contains(tag.id())).toList();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
