package org.lectern.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownImportTest {
    @TempDir
    Path folder;

    private static String plain(String markdown) {
        return MarkdownText.convert(markdown).text();
    }

    private Path copyResource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Path file = folder.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void markdownImportTakesTheFirstTopLevelHeadingAsTitleAndStripsLinks() throws Exception {
        ImportedDocument imported = new DocumentImporter().importFile(copyResource("notes.md"));

        assertEquals("The Harbour Report", imported.title());
        assertEquals("""
                Some preface line

                The Harbour Report

                An official statement was issued on Monday.

                Details

                The envoy said talks were paused.

                - first item with inline_code
                - second item with snake_case_name

                def quota(x):
                    return x * 2  # *not* emphasis

                See the archive for more.""", imported.text());
    }

    @Test
    void withoutAHeadingTheTitleIsTheFirstLine() throws Exception {
        Path file = Files.writeString(folder.resolve("plain.markdown"), "Just **a** note\n\nmore", StandardCharsets.UTF_8);
        ImportedDocument imported = new DocumentImporter().importFile(file);
        assertEquals("Just a note", imported.title());
        assertEquals("Just a note\n\nmore", imported.text());
    }

    @Test
    void aWireStoryInMarkdownHasTheAgencyOfItsDatelineAndTheWriterOfItsSignOff() throws Exception {
        Path file = folder.resolve("wire.md");
        Files.writeString(file, "# Ferry strike ends\n\nPORT ELLEN (Reuters) — The ferry strike ended on **Monday**.\n\n"
                + "Crews returned at noon.\n\nBy Maria Okafor\n", StandardCharsets.UTF_8);

        ImportedDocument imported = new DocumentImporter().importFile(file);

        assertEquals("Ferry strike ends", imported.title());
        assertEquals(new org.lectern.model.DocumentMetadata("Reuters", "Maria Okafor", "", ""), imported.metadata());
    }

    @Test
    void aSetextHeadingCanBeTheTitleToo() {
        MarkdownText.Result result = MarkdownText.convert("Big Title\n=========\n\nBody");
        assertEquals("Big Title", result.title());
        assertEquals("Big Title\n\nBody", result.text());
    }

    @Test
    void headingHashesGoButHashtagsStay() {
        assertEquals("Title\nSection\n#hashtag and C# stay", plain("# Title\n### Section ###\n#hashtag and C# stay"));
    }

    @Test
    void linksKeepTheirTextEvenWithParenthesesInTheAddress() {
        assertEquals("see the article and Foo (bar) and the notes",
                plain("see [the article](https://x.org/a?b=c) and [Foo (bar)](https://en.wikipedia.org/wiki/Foo_(bar))"
                        + " and [the notes][n]"));
        assertEquals("at https://x.org/a_b_c now", plain("at <https://x.org/a_b_c> now"));
    }

    @Test
    void imagesAreDroppedWholeEvenInsideLinks() {
        assertEquals("before  after", plain("before ![a chart](chart.png) after"));
        assertEquals("logo:", plain("logo:[![Logo](logo.png)](https://x.org)"));
    }

    @Test
    void emphasisMarkersGoButIntrawordUnderscoresAndArithmeticStay() {
        assertEquals("bold italic both struck", plain("**bold** *italic* ***both*** ~~struck~~"));
        assertEquals("strong emphasised", plain("__strong__ _emphasised_"));
        assertEquals("snake_case_name and 5 * 3 * 2", plain("snake_case_name and 5 * 3 * 2"));
    }

    @Test
    void backslashEscapesShowTheLiteralCharacter() {
        assertEquals("*not emphasis* and [not a link]", plain("\\*not emphasis\\* and \\[not a link\\]"));
    }

    @Test
    void codeIsKeptAsWrittenWithoutItsFences() {
        String markdown = "Intro\n\n~~~\n**literal** [x](y)\n~~~\n\nUse `a*b*c` or `` `tick` ``.";
        assertEquals("Intro\n\n**literal** [x](y)\n\nUse a*b*c or `tick`.", plain(markdown));
    }

    @Test
    void horizontalRulesReferenceDefinitionsAndTableDividersDisappear() {
        String text = plain("one\n\n***\n\ntwo\n\n[ref]: https://x.org\n\n| a | b |\n|---|:-:|\n| 1 | 2 |");
        assertEquals("one\n\ntwo\n\n| a | b |\n| 1 | 2 |", text);
        assertFalse(text.contains("https://x.org"));
    }

    @Test
    void nestedBlockQuotesLoseTheirMarkers() {
        assertTrue(plain("> > deep quote").equals("deep quote"));
    }

    @Test
    void yamlFrontMatterIsLeftOutAndItsTitleUsedWhenThereIsNoHeading() {
        MarkdownText.Result result = MarkdownText.convert("---\ntitle: \"Field notes: harbour\"\ntags: [a, b]\n---\nFirst line\n\nSecond");
        assertEquals("Field notes: harbour", result.title());
        assertEquals("First line\n\nSecond", result.text());
        assertEquals("Heading", MarkdownText.convert("---\ntitle: Other\n---\n# Heading").title());
    }
}
