package org.lectern.io.qda;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Lectern reads from a {@code project.qde}, before it is matched against a project: GUIDs are kept in
 * lower case without braces, positions as written (code points), and dates as instants where given.
 */
record QdeProject(Map<String, String> userNames, Map<String, Code> codes, Map<String, Note> notes,
                  List<TextSource> sources, List<String> skippedSources) {

    /**
     * A code, in codebook order (parents before their children). {@code path} is its name after its ancestors'
     * (see {@link CodePaths}); {@code groupOnly} marks a code that cannot be coded and only holds other codes, a
     * folder rather than a code; {@code lecternStructure} marks an actor, claim or evidence code of Lectern's
     * own group.
     */
    record Code(String guid, String name, String path, String color, String description, boolean groupOnly,
                boolean lecternStructure) {
    }

    /** A note: its text inline, or a path to it (REFI-QDA notes are text sources). */
    record Note(String guid, String plainTextPath, Optional<String> plainTextContent) {
    }

    /** Who made something and when, as a source, selection or coding records it. */
    record Made(String creatingUser, Optional<Instant> created, String modifyingUser, Optional<Instant> modified) {
    }

    record Coding(String codeGuid, Made made, List<String> noteGuids) {
    }

    record Selection(String guid, String name, long start, long end, Made made, List<Coding> codings,
                     List<String> noteGuids) {
    }

    /**
     * A text source: {@code plainTextPath} as written (may be empty), or the text itself in
     * {@code plainTextContent}; {@code wholeSourceCodings} counts codings of the source as a whole.
     */
    record TextSource(String guid, String name, String plainTextPath, Optional<String> plainTextContent, Made made,
                      List<Selection> selections, int wholeSourceCodings) {
    }

    /** The same project with each user's name as the importing analyst maps it (unmapped names stay). */
    QdeProject withUserNames(java.util.function.UnaryOperator<String> rename) {
        Map<String, String> renamed = new java.util.LinkedHashMap<>();
        userNames.forEach((guid, name) -> renamed.put(guid, name.isBlank() ? name : rename.apply(name)));
        return new QdeProject(renamed, codes, notes, sources, skippedSources);
    }
}
