package org.lectern.io.qda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lectern.model.Tag;

/**
 * How a nested codebook lives in Lectern's flat list of tags: a code's tag is named by its path from the top of
 * the codebook, its ancestors' names and its own joined by {@value #SEPARATOR} ("Emotions / Anger"). The same
 * child name under two parents so stays two tags, the tag list sorts parents before their children, and an
 * export writes the path back as nested codes.
 */
final class CodePaths {
    /** Between a parent's name and its child's. Spaced, so a name such as "yes/no" stays one name. */
    static final String SEPARATOR = " / ";

    private CodePaths() {
    }

    static String join(List<String> names) {
        return String.join(SEPARATOR, names);
    }

    /** The names along a tag's path; a name with an empty step (or none) is one flat name. */
    static List<String> split(String tagName) {
        String[] steps = tagName.split(SEPARATOR, -1);
        for (String step : steps) {
            if (step.isBlank()) {
                return List.of(tagName);
            }
        }
        return List.of(steps);
    }

    /** One code of an exported codebook: a tag, or a parent that only groups tags (no tag of its own). */
    static final class Node {
        final String name;
        private final UUID pathGuid;
        Tag tag;
        final Map<String, Node> children = new LinkedHashMap<>();

        private Node(String name, UUID pathGuid) {
            this.name = name;
            this.pathGuid = pathGuid;
        }

        /** The tag's own id, which an import recognises; for a grouping parent, one derived from its path. */
        UUID guid() {
            return tag != null ? tag.id() : pathGuid;
        }
    }

    /**
     * The tags as a tree of codes, in the order the tags come (a parent where it, or its first child, comes). A
     * parent with no tag of its own gets a GUID derived from its path, so exporting twice gives the same GUID.
     */
    static List<Node> tree(List<Tag> tags) {
        Map<String, Node> roots = new LinkedHashMap<>();
        for (Tag tag : tags) {
            List<String> steps = split(tag.name());
            Map<String, Node> level = roots;
            Node node = null;
            for (int i = 0; i < steps.size(); i++) {
                String path = join(steps.subList(0, i + 1));
                String step = steps.get(i);
                node = level.computeIfAbsent(step, s -> new Node(s, QdaGuids.group("code:" + path)));
                level = node.children;
            }
            if (node.tag == null) {
                node.tag = tag;
            }
        }
        return new ArrayList<>(roots.values());
    }
}
