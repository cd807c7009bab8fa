package org.lectern.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;

/** What {@code lectern info} reports about a project, in the order it is printed. */
@JsonPropertyOrder({"file", "schemaVersion", "documents", "annotations", "actors", "claims", "evidence", "links",
        "authors"})
record ProjectSummary(String file, int schemaVersion, int documents, AnnotationCounts annotations, int actors,
                      int claims, int evidence, int links, List<String> authors) {

    /** Highlights in all, and per tag: every tag is listed, unused ones with 0, in the palette's order. */
    @JsonPropertyOrder({"total", "byTag"})
    record AnnotationCounts(int total, Map<String, Integer> byTag) {
    }

    static ProjectSummary of(Path file, int schemaVersion, ProjectSnapshot project) {
        return new ProjectSummary(file.toAbsolutePath().normalize().toString(), schemaVersion,
                project.documents().size(), countAnnotations(project), project.actors().size(),
                project.claims().size(), project.evidence().size(), project.links().size(),
                project.authors().stream().map(Author::name).toList());
    }

    private static AnnotationCounts countAnnotations(ProjectSnapshot project) {
        Map<UUID, String> tagNames = new LinkedHashMap<>();
        Map<String, Integer> byTag = new LinkedHashMap<>();
        for (Tag tag : project.tags()) {
            tagNames.put(tag.id(), tag.name());
            byTag.put(tag.name(), 0);
        }
        for (Annotation annotation : project.annotations()) {
            String tag = tagNames.get(annotation.tagId());
            if (tag != null) {
                byTag.merge(tag, 1, Integer::sum);
            }
        }
        return new AnnotationCounts(project.annotations().size(), byTag);
    }
}
