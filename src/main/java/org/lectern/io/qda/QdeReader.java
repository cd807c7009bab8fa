package org.lectern.io.qda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the parts of a parsed {@code project.qde} that Lectern can use. Elements are matched by local name,
 * so a file that forgot the namespace is still read; what Lectern has no use for (variables, cases, sets,
 * graphs) is passed over, and non-text sources are only counted, for the analyst to be told.
 */
final class QdeReader {
    private QdeReader() {
    }

    static QdeProject read(Element project) {
        Map<String, String> users = new LinkedHashMap<>();
        for (Element usersElement : children(project, "Users")) {
            for (Element user : children(usersElement, "User")) {
                users.put(QdaGuids.normalised(user.getAttribute("guid")), user.getAttribute("name").strip());
            }
        }
        Map<String, QdeProject.Code> codes = new LinkedHashMap<>();
        for (Element codeBook : children(project, "CodeBook")) {
            for (Element codesElement : children(codeBook, "Codes")) {
                readCodes(codesElement, List.of(), false, codes);
            }
        }
        Map<String, QdeProject.Note> notes = new LinkedHashMap<>();
        for (Element notesElement : children(project, "Notes")) {
            for (Element note : children(notesElement, "Note")) {
                String guid = QdaGuids.normalised(note.getAttribute("guid"));
                notes.put(guid, new QdeProject.Note(guid, note.getAttribute("plainTextPath"),
                        childText(note, "PlainTextContent")));
            }
        }
        List<QdeProject.TextSource> sources = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Element sourcesElement : children(project, "Sources")) {
            for (Element source : children(sourcesElement, null)) {
                if (source.getLocalName().equals("TextSource")) {
                    sources.add(readSource(source));
                } else {
                    skipped.add(source.getLocalName() + " “" + source.getAttribute("name") + "”");
                }
            }
        }
        return new QdeProject(users, codes, notes, sources, skipped);
    }

    private static void readCodes(Element parent, List<String> ancestors, boolean insideLecternGroup,
                                  Map<String, QdeProject.Code> codes) {
        for (Element code : children(parent, "Code")) {
            String guid = QdaGuids.normalised(code.getAttribute("guid"));
            boolean isLecternGroup = guid.equals(QdaGuids.of(QdaGuids.LECTERN_GROUP));
            boolean structure = insideLecternGroup || isLecternGroup;
            String name = code.getAttribute("name").strip();
            if (name.isEmpty()) {
                name = "Code " + guid.substring(0, Math.min(8, guid.length()));
            }
            List<String> path = new ArrayList<>(ancestors);
            path.add(name);
            // The schema requires isCodable; a program that leaves it out means an ordinary code.
            boolean codable = !"false".equals(code.getAttribute("isCodable").strip());
            boolean groupOnly = !codable && !children(code, "Code").isEmpty();
            codes.put(guid, new QdeProject.Code(guid, name, CodePaths.join(path),
                    code.getAttribute("color").strip(), childText(code, "Description").orElse(""), groupOnly,
                    structure));
            readCodes(code, path, structure, codes);
        }
    }

    private static QdeProject.TextSource readSource(Element source) {
        List<QdeProject.Selection> selections = new ArrayList<>();
        for (Element selection : children(source, "PlainTextSelection")) {
            List<QdeProject.Coding> codings = new ArrayList<>();
            for (Element coding : children(selection, "Coding")) {
                String code = children(coding, "CodeRef").stream().findFirst()
                        .map(ref -> QdaGuids.normalised(ref.getAttribute("targetGUID"))).orElse("");
                codings.add(new QdeProject.Coding(code, made(coding), noteRefs(coding)));
            }
            selections.add(new QdeProject.Selection(QdaGuids.normalised(selection.getAttribute("guid")),
                    selection.getAttribute("name"), position(selection, "startPosition"),
                    position(selection, "endPosition"), made(selection), codings, noteRefs(selection)));
        }
        return new QdeProject.TextSource(QdaGuids.normalised(source.getAttribute("guid")),
                source.getAttribute("name").strip(), source.getAttribute("plainTextPath").strip(),
                childText(source, "PlainTextContent"), made(source), selections,
                children(source, "Coding").size());
    }

    private static QdeProject.Made made(Element element) {
        return new QdeProject.Made(QdaGuids.normalised(element.getAttribute("creatingUser")),
                QdaDates.parse(element.getAttribute("creationDateTime")),
                QdaGuids.normalised(element.getAttribute("modifyingUser")),
                QdaDates.parse(element.getAttribute("modifiedDateTime")));
    }

    private static List<String> noteRefs(Element element) {
        return children(element, "NoteRef").stream().map(ref -> QdaGuids.normalised(ref.getAttribute("targetGUID")))
                .toList();
    }

    /** A position as written, or -1 if it is missing or not a whole number. */
    private static long position(Element element, String attribute) {
        try {
            return Long.parseLong(element.getAttribute(attribute).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<String> childText(Element parent, String localName) {
        return children(parent, localName).stream().findFirst().map(Element::getTextContent);
    }

    /** The child elements with this local name, or all child elements for a null name. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element
                    && (localName == null || localName.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }
}
