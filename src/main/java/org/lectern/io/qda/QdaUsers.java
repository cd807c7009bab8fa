package org.lectern.io.qda;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lectern.model.Author;

/**
 * The {@code <Users>} of an export: every author named on a record that is written, with the GUID of
 * Lectern's author record when there is one, else a GUID derived from the name.
 */
final class QdaUsers {
    private final Map<String, UUID> known = new LinkedHashMap<>();
    private final Map<String, UUID> used = new LinkedHashMap<>();

    QdaUsers(Iterable<Author> authors) {
        for (Author author : authors) {
            known.putIfAbsent(author.name(), author.id());
        }
    }

    /** The GUID that stands for this author, who is thereby written among the users. */
    String guidOf(String authorName) {
        return QdaGuids.of(used.computeIfAbsent(authorName,
                name -> known.getOrDefault(name, QdaGuids.user(name))));
    }

    Iterable<Map.Entry<String, UUID>> inOrder() {
        return used.entrySet();
    }

    boolean isEmpty() {
        return used.isEmpty();
    }
}
