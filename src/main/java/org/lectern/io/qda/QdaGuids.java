package org.lectern.io.qda;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The GUIDs a Lectern project is written with. Records keep their own ids (a tag's code, a document's
 * source, an annotation's selection), and what Lectern has no id for is named by a UUID derived from what it
 * belongs to, so exporting the same project twice gives the same GUIDs and other programs can recognise
 * what they imported before.
 */
final class QdaGuids {
    /** The code grouping Lectern's actors, claims and evidence; an import recognises it by this GUID. */
    static final UUID LECTERN_GROUP = derived("group", "Lectern");

    private QdaGuids() {
    }

    static String of(UUID id) {
        return id.toString();
    }

    static UUID user(String authorName) {
        return derived("user", authorName);
    }

    static UUID coding(UUID selection, UUID code) {
        return derived("coding", selection + "/" + code);
    }

    static UUID note(UUID annotation) {
        return derived("note", annotation.toString());
    }

    static UUID group(String name) {
        return derived("group", name);
    }

    private static UUID derived(String kind, String name) {
        return UUID.nameUUIDFromBytes(("lectern:" + kind + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** Accepts the schema's two spellings, with and without braces. */
    static String normalised(String guid) {
        if (guid == null) {
            return "";
        }
        String value = guid.strip();
        if (value.startsWith("{") && value.endsWith("}")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }
}
