package org.lectern.io.qda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lectern.io.exchange.Authorship;
import org.lectern.io.exchange.ExchangeFormatException;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.ProjectSnapshot;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a REFI-QDA project exchange file ({@code .qdpx}) into changes to a Lectern project, for the caller
 * to save as one edit.
 *
 * <p>The archive is read in memory, never extracted; zip-slip entries, zip bombs, DOCTYPEs and external
 * entities make the whole file refused (see {@link QdpxArchive} and {@link SecureXml}). Each text source
 * becomes a document unless the project has one with the same normalised text; every code of the codebook
 * becomes a tag, used or not, named by its path when nested ({@link CodePaths}), unless one has that name,
 * ignoring case; each coding of a plain-text selection becomes a highlight with the notes
 * the selection refers to, its author the selection's creating user (else {@code analyst}) and its instants
 * the selection's. Positions count code points of the source's text (see {@link CountedText}). A highlight
 * the project already has by the same analyst (same document, offsets and tag) is not added again, so importing
 * a file twice adds nothing the second time; another analyst's identical highlight is their own reading and is
 * added.
 */
public final class QdpxImport {
    private final ArchiveLimits limits;

    public QdpxImport() {
        this(ArchiveLimits.DEFAULT);
    }

    QdpxImport(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * What importing {@code qdpx} into {@code project} would add, and what it could not place.
     *
     * @throws ExchangeFormatException if the file is not a readable, safe REFI-QDA project; nothing is returned
     */
    public ExchangeImport read(Path qdpx, ProjectSnapshot project, String analyst) throws ExchangeFormatException {
        return read(qdpx, project, Authorship.of(analyst));
    }

    /**
     * As {@link #read(Path, ProjectSnapshot, String)}, recording the file's users under the analysts' names
     * {@code authors} maps them to.
     */
    public ExchangeImport read(Path qdpx, ProjectSnapshot project, Authorship authors)
            throws ExchangeFormatException {
        Objects.requireNonNull(project, "project");
        try (QdpxArchive archive = QdpxArchive.open(qdpx, limits)) {
            Element root = parseProject(archive);
            QdeProject file = QdeReader.read(root).withUserNames(authors::nameFor);
            ImportPlanner planner = new ImportPlanner(project, file, authors.analyst(), Instant.now());
            SourceTexts texts = new SourceTexts(archive);
            Map<String, String> noteTexts = noteTexts(file, texts);
            for (QdeProject.TextSource source : file.sources()) {
                SourceTexts.Found found = texts.find(source.plainTextPath(), source.plainTextContent());
                if (found.isFound()) {
                    planner.addSource(source, CountedText.of(found.text(), root.getAttribute("origin")), noteTexts);
                } else {
                    planner.sourceWithoutText(source, found.problem());
                }
            }
            return new ExchangeImport("Import " + archive.fileName(), planner.changes(), planner.unplaced(),
                    planner.alreadyPresent());
        }
    }

    private static Map<String, String> noteTexts(QdeProject file, SourceTexts texts) throws ExchangeFormatException {
        Map<String, String> found = new HashMap<>();
        for (QdeProject.Note note : file.notes().values()) {
            SourceTexts.Found text = texts.find(note.plainTextPath(), note.plainTextContent());
            if (text.isFound()) {
                found.put(note.guid(), text.text());
            }
        }
        return found;
    }

    private static Element parseProject(QdpxArchive archive) throws ExchangeFormatException {
        String name = archive.fileName();
        byte[] xml = archive.read(projectEntryName(archive)).orElseThrow();
        Element root;
        try {
            root = SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXException e) {
            throw new ExchangeFormatException(unparseable(name, xml, e), e);
        } catch (IOException e) {
            throw new ExchangeFormatException("Lectern could not read " + name + ": " + e.getMessage() + ".", e);
        }
        if (!"Project".equals(root.getLocalName())) {
            throw new ExchangeFormatException(name + " is not a REFI-QDA project: its project.qde holds a <"
                    + root.getLocalName() + "> where a <Project> belongs.");
        }
        return root;
    }

    /** The project.qde, or the one .qde file at the archive's top level if a program named it otherwise. */
    private static String projectEntryName(QdpxArchive archive) throws ExchangeFormatException {
        List<String> candidates = archive.topLevelNamesEndingIn(".qde");
        if (candidates.contains(QdpxExport.PROJECT_ENTRY)) {
            return QdpxExport.PROJECT_ENTRY;
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        throw new ExchangeFormatException(archive.fileName() + " is not a REFI-QDA project: it holds no"
                + " project.qde.");
    }

    /**
     * One sentence on why the XML was refused. A DOCTYPE is named as such: the analyst should know the file was
     * refused for safety, not because it is damaged. (Looking for it here only chooses the words; the parser
     * is what refuses it.)
     */
    private static String unparseable(String name, byte[] xml, SAXException e) {
        String head = new String(xml, 0, Math.min(xml.length, 8192), StandardCharsets.ISO_8859_1);
        if (head.contains("<!DOCTYPE")) {
            return name + " is refused: its project.qde declares a DOCTYPE, which can make a reader fetch files"
                    + " or expand entities, and which REFI-QDA projects never need: export it again from the program"
                    + " that made it, and import that.";
        }
        String reason = String.valueOf(e.getMessage()).strip().replaceAll("\\.$", "");
        String where = e instanceof SAXParseException p && p.getLineNumber() > 0
                ? " (line " + p.getLineNumber() + ": " + reason + ")" : " (" + reason + ")";
        return name + " is not a REFI-QDA project: its project.qde is not well-formed XML" + where + ".";
    }
}
