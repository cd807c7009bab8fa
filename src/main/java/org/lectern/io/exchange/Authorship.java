package org.lectern.io.exchange;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Whose names an import records. The annotations of a file stand under the creators it names (a W3C
 * {@code creator}, a REFI-QDA {@code <User>}), so that a colleague's work stays theirs; those whose file names
 * no creator stand under the analyst importing it. A creator can be mapped to an analyst's name ("ben" to
 * "Ben Okafor"), so that one colleague does not become two analysts; the name is matched as written, else
 * ignoring case.
 *
 * @param analyst    the analyst importing: the author of what the file names no creator for
 * @param creatorsAs creator names as the file writes them, each to the analyst's name to record instead
 */
public record Authorship(String analyst, Map<String, String> creatorsAs) {
    public Authorship {
        analyst = analyst == null || analyst.isBlank() ? "Unknown analyst" : analyst.strip();
        Map<String, String> cleaned = new LinkedHashMap<>();
        creatorsAs.forEach((creator, as) -> {
            if (creator != null && !creator.isBlank() && as != null && !as.isBlank()) {
                cleaned.put(creator.strip(), as.strip());
            }
        });
        creatorsAs = Map.copyOf(cleaned);
    }

    /** Every creator under the name the file gives. */
    public static Authorship of(String analyst) {
        return new Authorship(analyst, Map.of());
    }

    /** The name to record for a creator the file names, or null when it names none. */
    public String nameFor(String creator) {
        if (creator == null || creator.isBlank()) {
            return null;
        }
        String written = creator.strip();
        String mapped = creatorsAs.get(written);
        if (mapped != null) {
            return mapped;
        }
        return ignoringCase().getOrDefault(written.toLowerCase(Locale.ROOT), written);
    }

    /** The author of a record: the mapped creator, else the creator as written, else the analyst. */
    public String authorOf(String creator) {
        String named = nameFor(creator);
        return named == null ? analyst : named;
    }

    private Map<String, String> ignoringCase() {
        Map<String, String> lower = new HashMap<>();
        creatorsAs.forEach((creator, as) -> lower.putIfAbsent(creator.toLowerCase(Locale.ROOT), as));
        return lower;
    }
}
