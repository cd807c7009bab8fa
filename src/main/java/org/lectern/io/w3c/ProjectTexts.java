package org.lectern.io.w3c;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lectern.model.Document;

/** A project's documents, found by the source an annotation names: a URL, or a text-hash URN. */
final class ProjectTexts {
    private final List<ProjectText> all = new ArrayList<>();
    private final Map<String, List<ProjectText>> byUrl = new HashMap<>();
    /** Built on the first URN asked for: hashing every text is wasted on a file that names URLs only. */
    private Map<String, List<ProjectText>> byHash;

    ProjectTexts(List<Document> documents) {
        for (Document document : documents) {
            ProjectText text = new ProjectText(document);
            all.add(text);
            String url = document.metadata().url();
            if (!url.isEmpty()) {
                byUrl.computeIfAbsent(url, key -> new ArrayList<>()).add(text);
            }
        }
    }

    List<ProjectText> all() {
        return all;
    }

    /** The documents the source names; several if the project holds the same article twice. */
    List<ProjectText> withSource(String source) {
        if (source == null || source.isEmpty()) {
            return List.of();
        }
        String hash = DocumentSource.hashIn(source);
        if (hash != null) {
            return byHash().getOrDefault(hash, List.of());
        }
        return byUrl.getOrDefault(source, List.of());
    }

    private Map<String, List<ProjectText>> byHash() {
        if (byHash == null) {
            byHash = new HashMap<>();
            for (ProjectText text : all) {
                byHash.computeIfAbsent(text.sha256(), key -> new ArrayList<>()).add(text);
            }
        }
        return byHash;
    }
}
