package org.lectern.io.brat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;
import org.lectern.text.CodePoints;

/**
 * The {@code .ann} of one document in brat's standoff format:
 * <ul>
 * <li>{@code T<n>\t<Tag_name> <start> <end>\t<text>} per highlight, in text order, the tag name with white space
 * replaced by {@code _}, offsets in code points, split at line breaks (see {@link BratFragments});</li>
 * <li>{@code R<n>\tSupports Arg1:T<a> Arg2:T<b>} (or {@code Refutes}) per evidence→claim link, from the
 * evidence's first passage in this document to the claim's; a link whose evidence or claim has no passage in
 * this document is left out;</li>
 * <li>{@code A<n>\tReliability T<x> B} and {@code A<n>\tCredibility T<x> 2}: the Admiralty grade of each item
 * of evidence, on its first passage in this document;</li>
 * <li>{@code #<n>\tAnnotatorNotes T<x>\t<note>} per note, its line breaks and tabs made spaces.</li>
 * </ul>
 * Highlights with no text (empty, or only line breaks) have no brat span and are left out.
 */
final class BratAnnotationFile {
    private final Document document;
    private final ProjectSnapshot project;
    private final Map<UUID, String> textBoundIds = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    BratAnnotationFile(Document document, ProjectSnapshot project) {
        this.document = document;
        this.project = project;
    }

    String write() {
        List<Annotation> annotations = project.annotations().stream()
                .filter(a -> a.documentId().equals(document.id()))
                .sorted(Comparator.comparingInt((Annotation a) -> a.passage().start())
                        .thenComparingInt(a -> a.passage().end()))
                .toList();
        Map<UUID, Tag> tags = new HashMap<>();
        project.tags().forEach(tag -> tags.put(tag.id(), tag));
        writeTextBounds(annotations, tags);
        writeRelations();
        writeGrades();
        writeNotes(annotations);
        return out.toString();
    }

    private void writeTextBounds(List<Annotation> annotations, Map<UUID, Tag> tags) {
        CodePoints positions = CodePoints.of(document.text());
        int n = 0;
        for (Annotation annotation : annotations) {
            BratFragments fragments = BratFragments.of(document.text(), annotation.passage(), positions);
            Tag tag = tags.get(annotation.tagId());
            if (fragments.isEmpty() || tag == null) {
                continue;
            }
            String id = "T" + (++n);
            textBoundIds.put(annotation.id(), id);
            line(id, typeName(tag.name()) + " " + fragments.offsets(), fragments.text());
        }
    }

    private void writeRelations() {
        Map<UUID, Claim> claims = new HashMap<>();
        project.claims().forEach(c -> claims.put(c.id(), c));
        Map<UUID, Evidence> evidence = new HashMap<>();
        project.evidence().forEach(e -> evidence.put(e.id(), e));
        int n = 0;
        for (Link link : project.links()) {
            Optional<String> from = Optional.ofNullable(evidence.get(link.evidenceId()))
                    .flatMap(e -> firstHere(e.passageIds()));
            Optional<String> to = Optional.ofNullable(claims.get(link.claimId()))
                    .flatMap(c -> firstHere(c.passageIds()));
            if (from.isPresent() && to.isPresent()) {
                line("R" + (++n), typeName(capitalised(link.stance().label())) + " Arg1:" + from.get() + " Arg2:"
                        + to.get());
            }
        }
    }

    private void writeGrades() {
        int n = 0;
        for (Evidence item : project.evidence()) {
            Optional<String> target = firstHere(item.passageIds());
            if (target.isPresent()) {
                line("A" + (++n), "Reliability " + target.get() + " " + item.grade().reliability().code());
                line("A" + (++n), "Credibility " + target.get() + " " + item.grade().credibility().code());
            }
        }
    }

    private void writeNotes(List<Annotation> annotations) {
        int n = 0;
        for (Annotation annotation : annotations) {
            String id = textBoundIds.get(annotation.id());
            if (id != null && !annotation.note().isBlank()) {
                line("#" + (++n), "AnnotatorNotes " + id, oneLine(annotation.note()));
            }
        }
    }

    /** The text-bound id of the first of these passages written to this file. */
    private Optional<String> firstHere(List<UUID> passageIds) {
        return passageIds.stream().map(textBoundIds::get).filter(id -> id != null).findFirst();
    }

    private void line(String... fields) {
        out.append(String.join("\t", fields)).append('\n');
    }

    /** brat types are single tokens. */
    static String typeName(String name) {
        return name.strip().replaceAll("\\s+", "_");
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("[\\t\\n\\r]+", " ");
    }
}
