package org.lectern.review.merge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lectern.model.Tag;

/**
 * Matches a colleague's tags to mine by name, ignoring case: every project starts with its own copy of the
 * default tags, so the same "Claim" tag has a different UUID in each. A tag I do not have is added, without
 * its key if one of my tags already answers to that key.
 */
final class TagMatcher {
    private final Map<String, Tag> mineByName = new HashMap<>();
    private final Set<Integer> keysInUse = new HashSet<>();
    private final Map<UUID, UUID> mineIdsByTheirs = new HashMap<>();

    TagMatcher(List<Tag> mine) {
        for (Tag tag : mine) {
            mineByName.putIfAbsent(key(tag.name()), tag);
            if (tag.hasKey()) {
                keysInUse.add(tag.key());
            }
        }
    }

    /** Finds or adds my counterpart of their tag. */
    void match(Tag theirs, Arrivals arrivals) {
        Tag named = mineByName.get(key(theirs.name()));
        if (named != null) {
            mineIdsByTheirs.put(theirs.id(), named.id());
            if (named.id().equals(theirs.id())) {
                arrivals.offer(theirs); // my own tag, which they may have recoloured
            }
            return;
        }
        mineIdsByTheirs.put(theirs.id(), theirs.id());
        if (arrivals.isMine(theirs.id())) {
            arrivals.offer(theirs); // my tag, renamed in their copy: mine keeps its name
            return;
        }
        int key = theirs.hasKey() && !keysInUse.contains(theirs.key()) ? theirs.key() : Tag.NO_KEY;
        Tag added = new Tag(theirs.id(), theirs.name(), theirs.color(), key, theirs.description());
        arrivals.offer(added);
        mineByName.put(key(added.name()), added);
        if (added.hasKey()) {
            keysInUse.add(added.key());
        }
    }

    /** My tag's id for one of their tags, once {@link #match} has seen it. */
    Optional<UUID> mineFor(UUID theirTagId) {
        return Optional.ofNullable(mineIdsByTheirs.get(theirTagId));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
