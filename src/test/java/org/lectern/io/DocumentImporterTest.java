package org.lectern.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;

class DocumentImporterTest {
    @TempDir
    Path folder;

    private final DocumentImporter importer = new DocumentImporter();

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private String refusal(Path file) {
        return assertThrows(ImportException.class, () -> importer.importFile(file)).getMessage();
    }

    @Test
    void plainTextImportNormalisesWindowsLineEndingsAndTakesTheFirstLineAsTitle() throws Exception {
        Path file = write("report.txt", "\r\n  Harbour talks collapse  \r\n\r\nThe delegations left.\r\n");

        ImportedDocument imported = importer.importFile(file);

        assertEquals("Harbour talks collapse", imported.title());
        assertEquals("\n  Harbour talks collapse  \n\nThe delegations left.\n", imported.text());
        assertEquals(DocumentMetadata.EMPTY, imported.metadata());
    }

    /**
     * A text file as Notepad saves it, with everything a tidier would touch: the positions another tool counts
     * on it must find the same characters in Lectern, so nothing but the line endings may change.
     */
    @Test
    void aPlainTextFileComesInWithExactlyItsTextLineEndingsAside() throws Exception {
        String lines = String.join("\r\n",
                "Field notes, 3 May  ",
                "",
                "",
                "\tMap",
                "",
                "",
                "",
                "",
                "Our guide \u00A0pointed north 🧭 to the ford.   ",
                "Cafe\u0301 owner: \"the bridge 𝔸 is gone\"\t",
                "   ",
                "",
                "");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = lines.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        ImportedDocument imported = importer.importFile(write("field-notes.txt", bytes));

        assertEquals(lines.replace("\r\n", "\n"), imported.text());
        assertEquals(new String(body, StandardCharsets.UTF_8).replace("\r\n", "\n"), imported.text());
        assertEquals("Field notes, 3 May", imported.title());
    }

    @Test
    void textExtractedFromAPageIsTidiedButAPlainTextFileIsNot() throws Exception {
        String text = "Map\n\n\n\n\nOur  \n";
        assertEquals(text, importer.importFile(write("notes.txt", text)).text());
        assertEquals("Map\n\nOur", importer.importFile(write("notes.md", text)).text());
    }

    @Test
    void plainTextImportKeepsEmojiAndDropsTheByteOrderMark() throws Exception {
        Path file = write("emoji.text", "\uFEFFShips 🚢 and flags 🇺🇦\nline two 👍🏽");

        ImportedDocument imported = importer.importFile(file);

        assertEquals("Ships 🚢 and flags 🇺🇦\nline two 👍🏽", imported.text());
        assertEquals("Ships 🚢 and flags 🇺🇦", imported.title());
    }

    @Test
    void aVeryLongFirstLineGivesTheFileNameAsTitle() throws Exception {
        Path file = write("minutes-of-the-meeting.txt", "word ".repeat(60) + "\nsecond line");
        assertEquals("minutes-of-the-meeting", importer.importFile(file).title());
    }

    @Test
    void aHeadlineLongerThanAListRowIsKeptWhole() throws Exception {
        // Wire headlines often run to 90-120 characters; the report prints the article's title as it was.
        String headline = "Harbour authority says new quota rules will let trawlers from three nations fish the bay"
                + " again by spring";
        Path file = write("quota.txt", headline + "\nPORT ELLEN (AP) — The harbour authority said on Tuesday that the"
                + " new rules would be published next month.\n");
        ImportedDocument imported = importer.importFile(file);
        assertEquals(headline, imported.title());
        assertEquals("AP", imported.metadata().source());
    }

    @Test
    void extensionsAreRecognisedWhateverTheirCase() throws Exception {
        Path file = write("LOUD.TXT", "Shouted title\nbody");
        assertEquals("Shouted title", importer.importFile(file).title());
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        Path file = write("notes.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0x93, 'x'});
        assertEquals("notes.txt is not a text file Lectern can read: it looks like binary data.", refusal(file));
    }

    @Test
    void aFileFullOfControlBytesWithoutNulIsRefusedAsBinary() throws Exception {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertEquals("blob.txt is not a text file Lectern can read: it looks like binary data.",
                refusal(write("blob.txt", bytes)));
    }

    @Test
    void invalidUtf8IsRefusedNamingThePositionOfTheBadByte() throws Exception {
        byte[] prefix = "a".repeat(1233).getBytes(StandardCharsets.US_ASCII);
        byte[] latin1 = "café au lait".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[prefix.length + latin1.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(latin1, 0, bytes, prefix.length, latin1.length);
        // The é (0xE9) is byte 1,237: 1,233 a's and "caf" come before it.
        assertEquals("latin1.txt is not valid UTF-8 text (a byte at position 1,237 cannot be read)."
                + " Save it as UTF-8 and try again.", refusal(write("latin1.txt", bytes)));
    }

    @Test
    void aTruncatedMultiByteCharacterAtTheEndIsRefused() throws Exception {
        byte[] bytes = {'o', 'k', (byte) 0xF0, (byte) 0x9F};
        assertTrue(refusal(write("cut.txt", bytes)).startsWith("cut.txt is not valid UTF-8 text (a byte at position 3 "));
    }

    @Test
    void utf16TextIsRefusedWithAdviceToSaveAsUtf8() throws Exception {
        Path file = write("wide.txt", "\uFEFFhello".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("wide.txt is saved as UTF-16 text, which Lectern does not read. Save it as UTF-8 and try again.",
                refusal(file));
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertEquals("empty.txt is empty: there is no text to annotate.", refusal(write("empty.txt", "")));
    }

    @Test
    void aFileOfOnlyWhitespaceIsRefused() throws Exception {
        assertEquals("blank.md contains only blank space: there is no text to annotate.",
                refusal(write("blank.md", " \r\n\t\n  ")));
    }

    @Test
    void anUnsupportedExtensionIsRefusedNamingTheSupportedKinds() throws Exception {
        assertEquals("report.rtf is not a kind of file Lectern can import: choose a plain text (.txt, .text),"
                + " Markdown (.md, .markdown), web page (.html, .htm), PDF (.pdf) or Word (.docx) file.",
                refusal(write("report.rtf", "text")));
        assertTrue(refusal(write("README", "text")).startsWith("README is not a kind of file Lectern can import"));
    }

    @Test
    void aMissingFileIsRefused() {
        assertEquals("gone.txt cannot be found: it may have been moved, renamed or deleted.",
                refusal(folder.resolve("gone.txt")));
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("drafts.txt"));
        assertEquals("drafts.txt is a folder, not a file: choose a file to import.", refusal(sub));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithItsSize() throws Exception {
        DocumentImporter small = new DocumentImporter(1024 * 1024);
        Path file = write("huge.txt", "x".repeat(1_600_000));
        ImportException refused = assertThrows(ImportException.class, () -> small.importFile(file));
        assertEquals("huge.txt is too large to import (1.5 MB): Lectern imports files of up to 1 MB.",
                refused.getMessage());
    }

    @Test
    void theDefaultSizeLimitIsFiftyMegabytes() {
        assertEquals(50L * 1024 * 1024, DocumentImporter.DEFAULT_MAX_BYTES);
    }

    @Test
    void pastedTextTakesItsFirstNonBlankLineAsTitle() throws Exception {
        ImportedDocument pasted = importer.fromPastedText("\r\n\r\n  Envoy speaks \r\nShe said 😀 more.\r\n");
        assertEquals("Envoy speaks", pasted.title());
        assertEquals("  Envoy speaks\nShe said 😀 more.", pasted.text());
    }

    @Test
    void aPastedParagraphWithNoHeadlineIsTitledByItsFirstLineCutToAboutEightyChars() throws Exception {
        String line = "This pasted paragraph has no headline and simply runs on for a good deal longer than a title"
                + " should.";
        ImportedDocument pasted = importer.fromPastedText(line + "\nIt goes on.");
        assertEquals("This pasted paragraph has no headline and simply runs on for a good deal longer…", pasted.title());
        assertEquals(line + "\nIt goes on.", pasted.text());
    }

    @Test
    void aPastedHeadlineIsKeptWhole() throws Exception {
        String headline = "Envoy says talks on the harbour quota will resume after the winter recess, with observers";
        ImportedDocument pasted = importer.fromPastedText(headline + "\n\nThe envoy spoke on Monday.");
        assertEquals(headline, pasted.title());
    }

    @Test
    void emptyPastedTextIsRefused() {
        ImportException refused = assertThrows(ImportException.class, () -> importer.fromPastedText(" \n\t "));
        assertEquals("The pasted text is empty: there is no text to annotate.", refused.getMessage());
        assertThrows(ImportException.class, () -> importer.fromPastedText(null));
    }
}
