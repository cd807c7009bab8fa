package org.lectern.io.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Link;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;
import org.lectern.text.Passages;

class BratExportTest {
    /** Emoji before the passages: 🇪🇸 is two code points in four chars, 𝔸 one code point in two chars. */
    private static final String TEXT = "Flags 🇪🇸 and 𝔸 lead: the minister said the troops withdrew.\n"
            + "Satellite images 😀 show convoys\nleaving the area.\n\nA spokesman denied it.";
    private static final Stamp STAMP = new Stamp("Ada", Instant.parse("2024-05-01T00:00:00Z"),
            Instant.parse("2024-05-01T00:00:00Z"));

    @TempDir
    Path folder;

    private final Document document = new Document(UUID.randomUUID(), "Border report", DocumentMetadata.EMPTY,
            TEXT, STAMP);
    private final Tag claimTag = new Tag(UUID.randomUUID(), "Claim", "#e53935", 1, "");
    private final Tag evidenceTag = new Tag(UUID.randomUUID(), "Key evidence", "#1e88e5", 2, "");
    private final Annotation claimed = annotation("the minister said the troops withdrew", claimTag, "");
    private final Annotation images = annotation("Satellite images 😀 show convoys\nleaving the area.", evidenceTag,
            "Two\tlines\nof note");
    private final Annotation acrossBlankLine = annotation("the area.\n\nA spokesman", claimTag, "");
    private final Annotation denied = annotation("denied", claimTag, "");
    private final Claim claim = new Claim(UUID.randomUUID(), "Withdrew", null, List.of(claimed.id(), denied.id()),
            null, null, STAMP);
    private final Evidence evidence = new Evidence(UUID.randomUUID(), "Images", List.of(images.id()),
            Grade.parse("B2"), STAMP);
    private final Link link = new Link(UUID.randomUUID(), evidence.id(), claim.id(), Stance.REFUTES, Strength.WEAK,
            STAMP);

    private Annotation annotation(String quote, Tag tag, String note) {
        int start = TEXT.indexOf(quote);
        assertTrue(start >= 0, quote);
        return new Annotation(UUID.randomUUID(), document.id(), Passages.of(TEXT, start, start + quote.length()),
                tag.id(), note, STAMP);
    }

    private ProjectSnapshot project(List<Document> documents) {
        return new ProjectSnapshot(documents, List.of(claimTag, evidenceTag),
                List.of(denied, claimed, images, acrossBlankLine), List.of(), List.of(claim), List.of(evidence),
                List.of(link), List.of());
    }

    /** The .ann read back: id → tab-separated fields. */
    private static Map<String, String[]> parse(Path ann) throws Exception {
        Map<String, String[]> lines = new HashMap<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", -1);
            lines.put(fields[0], fields);
        }
        return lines;
    }

    /** Checks every T line against the .txt read back as UTF-8, counting code points as brat does. */
    private static void assertTextBoundsQuoteTheText(Path txt, Path ann) throws Exception {
        int[] codePoints = new String(Files.readAllBytes(txt), StandardCharsets.UTF_8).codePoints().toArray();
        for (String[] fields : parse(ann).values()) {
            if (!fields[0].startsWith("T")) {
                continue;
            }
            String offsets = fields[1].substring(fields[1].indexOf(' ') + 1);
            List<String> fragments = new ArrayList<>();
            for (String span : offsets.split(";")) {
                String[] ends = span.split(" ");
                int start = Integer.parseInt(ends[0]);
                int end = Integer.parseInt(ends[1]);
                String fragment = new String(codePoints, start, end - start);
                assertFalse(fragment.contains("\n"), "a brat span never crosses a line break");
                fragments.add(fragment);
            }
            assertEquals(fields[2], String.join(" ", fragments), fields[0]);
        }
    }

    @Test
    void everyTextBoundQuotesTheTextAtItsCodePointOffsets() throws Exception {
        new BratExport().export(project(List.of(document)), ExportScope.EVERYTHING, folder.resolve("report"),
                Progress.NONE);
        Path txt = folder.resolve("report.txt");
        Path ann = folder.resolve("report.ann");
        assertEquals(TEXT, Files.readString(txt, StandardCharsets.UTF_8));
        assertTextBoundsQuoteTheText(txt, ann);

        Map<String, String[]> lines = parse(ann);
        // "Flags 🇪🇸 and 𝔸 lead: " is 21 code points (24 chars).
        assertEquals("Claim 21 58", lines.get("T1")[1]);
        assertEquals("the minister said the troops withdrew", lines.get("T1")[2]);
        String[] images = lines.get("T2");
        assertEquals("Key_evidence 60 91;92 109", images[1]);
        assertEquals("Satellite images 😀 show convoys leaving the area.", images[2],
                "the quote with its newline made a space");
        assertEquals("Claim 100 109;111 122", lines.get("T3")[1], "the blank line is skipped");
        assertEquals("the area. A spokesman", lines.get("T3")[2]);
    }

    @Test
    void linksGradesAndNotesRefertoTheFirstPassages() throws Exception {
        new BratExport().export(project(List.of(document)), ExportScope.EVERYTHING, folder.resolve("report.ann"),
                Progress.NONE);
        Map<String, String[]> lines = parse(folder.resolve("report.ann"));
        assertEquals("Refutes Arg1:T2 Arg2:T1", lines.get("R1")[1]);
        assertEquals("Reliability T2 B", lines.get("A1")[1]);
        assertEquals("Credibility T2 2", lines.get("A2")[1]);
        assertEquals("AnnotatorNotes T2", lines.get("#1")[1]);
        assertEquals("Two lines of note", lines.get("#1")[2]);
        assertEquals(Set.of("T1", "T2", "T3", "T4", "R1", "A1", "A2", "#1"), lines.keySet());
    }

    @Test
    void severalDocumentsAreNumberedPairs() throws Exception {
        Document other = new Document(UUID.randomUUID(), "Other", DocumentMetadata.EMPTY, "𝔸 harbour", STAMP);
        Annotation harbour = new Annotation(UUID.randomUUID(), other.id(), Passages.of(other.text(), 3, 10),
                claimTag.id(), "", STAMP);
        ProjectSnapshot project = project(List.of(document, other));
        ProjectSnapshot withOther = new ProjectSnapshot(project.documents(), project.tags(),
                concat(project.annotations(), harbour), project.actors(), project.claims(), project.evidence(),
                project.links(), project.authors());
        new BratExport().export(withOther, ExportScope.EVERYTHING, folder.resolve("set"), Progress.NONE);
        assertTrue(Files.exists(folder.resolve("set-1.txt")) && Files.exists(folder.resolve("set-1.ann")));
        assertEquals("Claim 2 9", parse(folder.resolve("set-2.ann")).get("T1")[1]);
        assertTextBoundsQuoteTheText(folder.resolve("set-2.txt"), folder.resolve("set-2.ann"));
        assertFalse(Files.exists(folder.resolve("set.txt")));
    }

    @Test
    void aFolderTargetIsNamedAfterTheDocument() throws Exception {
        new BratExport().export(project(List.of(document)), ExportScope.EVERYTHING, folder, Progress.NONE);
        assertTrue(Files.exists(folder.resolve("Border report.txt")));
        assertTrue(Files.exists(folder.resolve("Border report.ann")));
    }

    @Test
    void theScopeDecidesWhatIsWrittenAndAnEmptyScopeIsRefused() throws Exception {
        new BratExport().export(project(List.of(document)), new ExportScope(Set.of(), Set.of(), false),
                folder.resolve("plain"), Progress.NONE);
        assertFalse(parse(folder.resolve("plain.ann")).containsKey("#1"), "notes left out");
        ExportException e = assertThrows(ExportException.class, () -> new BratExport().export(
                project(List.of(document)), new ExportScope(Set.of(UUID.randomUUID()), Set.of(), true),
                folder.resolve("none"), Progress.NONE));
        assertTrue(e.getMessage().startsWith("There is no document to export"));
    }

    private static List<Annotation> concat(List<Annotation> list, Annotation more) {
        List<Annotation> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }
}
