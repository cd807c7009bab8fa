package org.lectern.io.qda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.Annotation;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class QdpxExportTest {
    private static final String NS = QdeXmlWriter.NAMESPACE;

    @TempDir
    Path folder;

    private final QdaFixtures fixtures = new QdaFixtures();

    private Map<String, byte[]> export(ExportScope scope) throws Exception {
        Path target = folder.resolve("Border study.qdpx");
        new QdpxExport().export(fixtures.project, scope, target, Progress.NONE);
        return QdaFixtures.entries(target);
    }

    private static Element parse(byte[] qde) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(qde)).getDocumentElement();
    }

    private static List<Element> all(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS(NS, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element withGuid(Element root, String name, Object guid) {
        return all(root, name).stream().filter(e -> e.getAttribute("guid").equals(guid.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " " + guid));
    }

    @Test
    void theWholeProjectIsValidAgainstTheRefiQdaSchema() throws Exception {
        byte[] qde = export(ExportScope.EVERYTHING).get("project.qde");
        assertEquals(List.of(), SchemaCheck.problems(qde));
    }

    @Test
    void anEmptyProjectAndANarrowScopeAreValidToo() throws Exception {
        Path empty = folder.resolve("empty.qdpx");
        new QdpxExport().export(QdaFixtures.empty(), ExportScope.EVERYTHING, empty, Progress.NONE);
        assertEquals(List.of(), SchemaCheck.problems(QdaFixtures.entries(empty).get("project.qde")));

        byte[] narrow = export(new ExportScope(Set.of(fixtures.otherDocument.id()), Set.of(QdaFixtures.GRACE),
                false)).get("project.qde");
        assertEquals(List.of(), SchemaCheck.problems(narrow));
    }

    @Test
    void theArchiveHoldsTheProjectAndEachTextAsUtf8WithoutAByteOrderMark() throws Exception {
        Map<String, byte[]> entries = export(ExportScope.EVERYTHING);
        assertEquals(Set.of("project.qde", "sources/" + fixtures.document.id() + ".txt",
                "sources/" + fixtures.otherDocument.id() + ".txt"), entries.keySet());
        assertArrayEquals(QdaFixtures.TEXT.getBytes(StandardCharsets.UTF_8),
                entries.get("sources/" + fixtures.document.id() + ".txt"));
        Element source = withGuid(parse(entries.get("project.qde")), "TextSource", fixtures.document.id());
        assertEquals("internal://" + fixtures.document.id() + ".txt", source.getAttribute("plainTextPath"));
        assertEquals("Border report", source.getAttribute("name"));
    }

    @Test
    void tagsBecomeCodesAndAuthorsUsers() throws Exception {
        Element root = parse(export(ExportScope.EVERYTHING).get("project.qde"));
        assertEquals("Border study", root.getAttribute("name"));
        Element claim = withGuid(root, "Code", fixtures.claimTag.id());
        assertEquals("Claim", claim.getAttribute("name"));
        assertEquals("true", claim.getAttribute("isCodable"));
        assertEquals("#e53935", claim.getAttribute("color"));
        assertEquals("What someone asserts", claim.getElementsByTagNameNS(NS, "Description").item(0).getTextContent());
        assertEquals("People & groups <all>", withGuid(root, "Code", fixtures.actorTag.id())
                .getElementsByTagNameNS(NS, "Description").item(0).getTextContent());
        List<String> users = all(root, "User").stream().map(u -> u.getAttribute("name")).toList();
        assertEquals(List.of(QdaFixtures.ADA, QdaFixtures.GRACE), users);
        Element ada = all(root, "User").get(0);
        assertEquals(fixtures.project.authors().get(0).id().toString(), ada.getAttribute("guid"));
    }

    @Test
    void selectionPositionsCountCodePointsSoEmojiBeforeAPassageCountOnce() throws Exception {
        Map<String, byte[]> entries = export(ExportScope.EVERYTHING);
        Element root = parse(entries.get("project.qde"));
        String text = new String(entries.get("sources/" + fixtures.document.id() + ".txt"), StandardCharsets.UTF_8);
        int[] codePoints = text.codePoints().toArray();
        for (Annotation annotation : List.of(fixtures.minister, fixtures.images, fixtures.spokesman)) {
            Element selection = withGuid(root, "PlainTextSelection", annotation.id());
            int start = Integer.parseInt(selection.getAttribute("startPosition"));
            int end = Integer.parseInt(selection.getAttribute("endPosition"));
            assertEquals(annotation.passage().quote(), new String(codePoints, start, end - start));
        }
        Element minister = withGuid(root, "PlainTextSelection", fixtures.minister.id());
        // "Flags 🇪🇸 and 𝔸 lead: " is 21 code points but 24 chars.
        assertEquals("21", minister.getAttribute("startPosition"));
        assertEquals(24, fixtures.minister.passage().start());
    }

    @Test
    void aSelectionIsCodedWithItsTagAndRefersToItsNote() throws Exception {
        Element root = parse(export(ExportScope.EVERYTHING).get("project.qde"));
        Element selection = withGuid(root, "PlainTextSelection", fixtures.minister.id());
        Element coding = (Element) selection.getElementsByTagNameNS(NS, "Coding").item(0);
        assertEquals(fixtures.claimTag.id().toString(),
                ((Element) coding.getElementsByTagNameNS(NS, "CodeRef").item(0)).getAttribute("targetGUID"));
        String adaGuid = all(root, "User").get(0).getAttribute("guid");
        assertEquals(adaGuid, selection.getAttribute("creatingUser"));
        assertEquals("2024-05-01T09:30:15.123Z", selection.getAttribute("creationDateTime"));
        assertEquals("2024-05-02T10:00:00.500Z", selection.getAttribute("modifiedDateTime"));
        Element noteRef = (Element) selection.getElementsByTagNameNS(NS, "NoteRef").item(0);
        assertNotNull(noteRef, "the selection refers to its note");
        Element note = withGuid(root, "Note", noteRef.getAttribute("targetGUID"));
        assertEquals(fixtures.minister.note(),
                note.getElementsByTagNameNS(NS, "PlainTextContent").item(0).getTextContent());
        assertEquals(adaGuid, note.getAttribute("creatingUser"));
        Element withoutNote = withGuid(root, "PlainTextSelection", fixtures.images.id());
        assertEquals(0, withoutNote.getElementsByTagNameNS(NS, "NoteRef").getLength());
    }

    @Test
    void actorsClaimsAndEvidenceAreCodesOfALecternGroupAndLinksJoinThem() throws Exception {
        Element root = parse(export(ExportScope.EVERYTHING).get("project.qde"));
        Element group = withGuid(root, "Code", QdaGuids.LECTERN_GROUP);
        assertEquals("false", group.getAttribute("isCodable"));
        Element evidence = withGuid(group, "Code", fixtures.evidence.id());
        assertTrue(evidence.getElementsByTagNameNS(NS, "Description").item(0).getTextContent()
                .contains("Admiralty grade B2"));
        assertTrue(withGuid(group, "Code", fixtures.claim.id()).getElementsByTagNameNS(NS, "Description").item(0)
                .getTextContent().contains("Claimant: Spokesman"));
        Element images = withGuid(root, "PlainTextSelection", fixtures.images.id());
        List<String> codes = new ArrayList<>();
        NodeList refs = images.getElementsByTagNameNS(NS, "CodeRef");
        for (int i = 0; i < refs.getLength(); i++) {
            codes.add(((Element) refs.item(i)).getAttribute("targetGUID"));
        }
        assertEquals(List.of(fixtures.evidenceTag.id().toString(), fixtures.evidence.id().toString()), codes);
        Element link = withGuid(root, "Link", fixtures.link.id());
        assertEquals(fixtures.evidence.id().toString(), link.getAttribute("originGUID"));
        assertEquals(fixtures.claim.id().toString(), link.getAttribute("targetGUID"));
        assertEquals("supports (strong)", link.getAttribute("name"));
    }

    @Test
    void theScopeNarrowsDocumentsAuthorsAndNotes() throws Exception {
        Map<String, byte[]> entries = export(new ExportScope(Set.of(fixtures.otherDocument.id()), Set.of(), false));
        assertEquals(Set.of("project.qde", "sources/" + fixtures.otherDocument.id() + ".txt"), entries.keySet());
        Element root = parse(entries.get("project.qde"));
        assertEquals(1, all(root, "TextSource").size());
        assertEquals(1, all(root, "PlainTextSelection").size());
        assertEquals(0, all(root, "Note").size(), "notes left out");

        Element graceOnly = parse(export(new ExportScope(Set.of(), Set.of(QdaFixtures.GRACE), true))
                .get("project.qde"));
        assertEquals(Set.of(fixtures.images.id().toString(), fixtures.elsewhere.id().toString()),
                Set.copyOf(all(graceOnly, "PlainTextSelection").stream().map(e -> e.getAttribute("guid")).toList()));
    }

    @Test
    void exportingTwiceWritesTheSameProject() throws Exception {
        byte[] first = export(ExportScope.EVERYTHING).get("project.qde");
        byte[] second = export(ExportScope.EVERYTHING).get("project.qde");
        assertArrayEquals(first, second);
    }

    @Test
    void aCancelledExportLeavesThePreviousFileAlone() throws Exception {
        Path target = folder.resolve("kept.qdpx");
        Files.writeString(target, "previous");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(ExportException.class,
                () -> new QdpxExport().export(fixtures.project, ExportScope.EVERYTHING, target, cancelled));
        assertEquals("previous", Files.readString(target));
        try (var files = Files.list(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary left");
        }
    }

    @Test
    void progressCountsDocumentsAndTheProjectFile() throws Exception {
        List<Long> done = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(long d, long total, String message) {
                assertEquals(3, total);
                done.add(d);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new QdpxExport().export(fixtures.project, ExportScope.EVERYTHING, folder.resolve("p.qdpx"), recording);
        assertEquals(List.of(0L, 1L, 2L, 3L), done);
    }
}
