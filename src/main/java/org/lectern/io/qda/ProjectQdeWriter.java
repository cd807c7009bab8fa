package org.lectern.io.qda;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Link;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.text.CodePoints;

/**
 * Writes {@code project.qde} for a project already narrowed to the export's scope, in the element order the
 * REFI-QDA schema requires: Users, CodeBook, Sources, Notes, Links.
 *
 * <p>Positions: REFI-QDA counts characters of the plain text, and the programs that read it (NVivo,
 * QualCoder, MAXQDA) count Unicode code points, so {@code startPosition} and {@code endPosition} are code
 * point offsets into the UTF-8 source file, the end exclusive. Lectern's own offsets count UTF-16 chars and
 * are converted with {@link CodePoints}: text after an emoji such as 🇪🇸 (two code points, four chars) keeps
 * its place in both.
 */
final class ProjectQdeWriter {
    private final ProjectSnapshot project;
    private final String projectName;
    private final QdaUsers users;
    private final LecternStructure structure;
    private final Map<UUID, List<Annotation>> annotationsByDocument = new HashMap<>();

    ProjectQdeWriter(ProjectSnapshot scoped, String projectName) {
        this.project = scoped;
        this.projectName = projectName;
        this.users = new QdaUsers(scoped.authors());
        this.structure = new LecternStructure(scoped);
        for (Annotation annotation : scoped.annotations()) {
            annotationsByDocument.computeIfAbsent(annotation.documentId(), k -> new ArrayList<>()).add(annotation);
        }
    }

    /** The path of a document's text inside the archive, below {@code sources/}. */
    static String sourceFileName(Document document) {
        return QdaGuids.of(document.id()) + ".txt";
    }

    void write(OutputStream out) throws XMLStreamException {
        // Users come first in the file, so every author named further on is gathered before writing.
        collectUsers();
        try (QdeXmlWriter xml = new QdeXmlWriter(out)) {
            xml.root("Project").attribute("name", projectName).attribute("origin", "Lectern");
            writeUsers(xml);
            writeCodeBook(xml);
            writeSources(xml);
            writeNotes(xml);
            writeLinks(xml);
            xml.close("Project");
        }
    }

    private void collectUsers() {
        project.documents().forEach(d -> users.guidOf(d.stamp().author()));
        project.annotations().forEach(a -> users.guidOf(a.stamp().author()));
        structure.groups().values().forEach(codes -> codes.forEach(c -> users.guidOf(c.stamp().author())));
        project.authors().forEach(a -> users.guidOf(a.name()));
    }

    private void writeUsers(QdeXmlWriter xml) throws XMLStreamException {
        if (users.isEmpty()) {
            return;
        }
        xml.open("Users");
        for (Map.Entry<String, UUID> user : users.inOrder()) {
            xml.empty("User").attribute("guid", QdaGuids.of(user.getValue())).attribute("name", user.getKey());
        }
        xml.close("Users");
    }

    private void writeCodeBook(QdeXmlWriter xml) throws XMLStreamException {
        if (project.tags().isEmpty() && structure.isEmpty()) {
            return;
        }
        xml.open("CodeBook").open("Codes");
        for (CodePaths.Node code : CodePaths.tree(project.tags())) {
            writeCode(xml, code);
        }
        if (!structure.isEmpty()) {
            writeStructureCodes(xml);
        }
        xml.close("Codes").close("CodeBook");
    }

    /**
     * A tag as a code, nested under its parents (see {@link CodePaths}); a parent that is no tag of its own is
     * written as a code that cannot be coded, which an import reads back as a parent only.
     */
    private static void writeCode(QdeXmlWriter xml, CodePaths.Node code) throws XMLStreamException {
        xml.open("Code").attribute("guid", QdaGuids.of(code.guid())).attribute("name", code.name)
                .attribute("isCodable", Boolean.toString(code.tag != null));
        if (code.tag != null) {
            xml.attribute("color", code.tag.color());
            xml.textElement("Description", code.tag.description());
        }
        for (CodePaths.Node child : code.children.values()) {
            writeCode(xml, child);
        }
        xml.close("Code");
    }

    private void writeStructureCodes(QdeXmlWriter xml) throws XMLStreamException {
        xml.open("Code").attribute("guid", QdaGuids.of(QdaGuids.LECTERN_GROUP))
                .attribute("name", LecternStructure.GROUP_NAME).attribute("isCodable", "false");
        xml.textElement("Description", "Actors, claims and evidence from a Lectern project; each code marks the"
                + " passages of one record.");
        for (Map.Entry<String, List<LecternStructure.StructureCode>> group : structure.groups().entrySet()) {
            xml.open("Code").attribute("guid", QdaGuids.of(QdaGuids.group(group.getKey())))
                    .attribute("name", group.getKey()).attribute("isCodable", "false");
            for (LecternStructure.StructureCode code : group.getValue()) {
                xml.open("Code").attribute("guid", QdaGuids.of(code.guid())).attribute("name", code.name())
                        .attribute("isCodable", "true");
                xml.textElement("Description", code.description());
                xml.close("Code");
            }
            xml.close("Code");
        }
        xml.close("Code");
    }

    private void writeSources(QdeXmlWriter xml) throws XMLStreamException {
        if (project.documents().isEmpty()) {
            return;
        }
        xml.open("Sources");
        for (Document document : project.documents()) {
            String author = users.guidOf(document.stamp().author());
            xml.open("TextSource").attribute("guid", QdaGuids.of(document.id())).attribute("name", document.title())
                    .attribute("plainTextPath", "internal://" + sourceFileName(document))
                    .attribute("creatingUser", author)
                    .attribute("creationDateTime", QdaDates.format(document.stamp().created()))
                    .attribute("modifyingUser", author)
                    .attribute("modifiedDateTime", QdaDates.format(document.stamp().modified()));
            xml.textElement("Description", describe(document.metadata()));
            CodePoints positions = CodePoints.of(document.text());
            for (Annotation annotation : annotationsByDocument.getOrDefault(document.id(), List.of())) {
                writeSelection(xml, annotation, positions);
            }
            xml.close("TextSource");
        }
        xml.close("Sources");
    }

    private void writeSelection(QdeXmlWriter xml, Annotation annotation, CodePoints positions)
            throws XMLStreamException {
        Stamp stamp = annotation.stamp();
        String author = users.guidOf(stamp.author());
        xml.open("PlainTextSelection").attribute("guid", QdaGuids.of(annotation.id()))
                .attribute("name", OneLine.of(annotation.passage().quote()))
                .attribute("startPosition", Integer.toString(positions.toCodePointOffset(annotation.passage().start())))
                .attribute("endPosition", Integer.toString(positions.toCodePointOffset(annotation.passage().end())))
                .attribute("creatingUser", author)
                .attribute("creationDateTime", QdaDates.format(stamp.created()))
                .attribute("modifyingUser", author)
                .attribute("modifiedDateTime", QdaDates.format(stamp.modified()));
        writeCoding(xml, annotation.id(), annotation.tagId(), stamp);
        for (LecternStructure.StructureCode code : structure.codesOf(annotation.id())) {
            writeCoding(xml, annotation.id(), code.guid(), code.stamp());
        }
        if (!annotation.note().isBlank()) {
            xml.empty("NoteRef").attribute("targetGUID", QdaGuids.of(QdaGuids.note(annotation.id())));
        }
        xml.close("PlainTextSelection");
    }

    private void writeCoding(QdeXmlWriter xml, UUID selection, UUID code, Stamp stamp) throws XMLStreamException {
        xml.open("Coding").attribute("guid", QdaGuids.of(QdaGuids.coding(selection, code)))
                .attribute("creatingUser", users.guidOf(stamp.author()))
                .attribute("creationDateTime", QdaDates.format(stamp.created()));
        xml.empty("CodeRef").attribute("targetGUID", QdaGuids.of(code));
        xml.close("Coding");
    }

    /** Each annotation's note is a Note of its own, referenced from its selection. */
    private void writeNotes(QdeXmlWriter xml) throws XMLStreamException {
        List<Annotation> noted = project.annotations().stream().filter(a -> !a.note().isBlank()).toList();
        if (noted.isEmpty()) {
            return;
        }
        xml.open("Notes");
        for (Annotation annotation : noted) {
            Stamp stamp = annotation.stamp();
            String author = users.guidOf(stamp.author());
            xml.open("Note").attribute("guid", QdaGuids.of(QdaGuids.note(annotation.id())))
                    .attribute("name", "Note on “" + OneLine.of(annotation.passage().quote()) + "”")
                    .attribute("creatingUser", author)
                    .attribute("creationDateTime", QdaDates.format(stamp.created()))
                    .attribute("modifyingUser", author)
                    .attribute("modifiedDateTime", QdaDates.format(stamp.modified()));
            xml.textElement("PlainTextContent", annotation.note());
            xml.close("Note");
        }
        xml.close("Notes");
    }

    private void writeLinks(QdeXmlWriter xml) throws XMLStreamException {
        if (project.links().isEmpty()) {
            return;
        }
        xml.open("Links");
        for (Link link : project.links()) {
            xml.empty("Link").attribute("guid", QdaGuids.of(link.id()))
                    .attribute("name", link.stance().label() + " (" + link.strength().label() + ")")
                    .attribute("direction", "OneWay")
                    .attribute("originGUID", QdaGuids.of(link.evidenceId()))
                    .attribute("targetGUID", QdaGuids.of(link.claimId()));
        }
        xml.close("Links");
    }

    private static String describe(DocumentMetadata metadata) {
        List<String> parts = new ArrayList<>();
        addPart(parts, "Source", metadata.source());
        addPart(parts, "By", metadata.byline());
        addPart(parts, "Published", metadata.published());
        addPart(parts, "URL", metadata.url());
        return String.join("\n", parts);
    }

    private static void addPart(List<String> parts, String label, String value) {
        if (!value.isEmpty()) {
            parts.add(label + ": " + value);
        }
    }
}
