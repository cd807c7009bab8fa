package org.lectern.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;

class HtmlImportTest {
    @TempDir
    Path folder;

    private final DocumentImporter importer = new DocumentImporter();

    private ImportedDocument importHtml(String html) throws Exception {
        return importer.importFile(Files.writeString(folder.resolve("page.html"), html, StandardCharsets.UTF_8));
    }

    private ImportedDocument importNewsArticle() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("news-article.html")) {
            Path file = folder.resolve("news-article.htm");
            Files.write(file, in.readAllBytes());
            return importer.importFile(file);
        }
    }

    @Test
    void htmlImportKeepsArticleTextAndDropsNavigationAndScripts() throws Exception {
        ImportedDocument imported = importNewsArticle();

        assertEquals("""
                The delegations left the harbour office on Tuesday & no date was set for new talks.

                What was said

                “We are not finished,” said the envoy.
                Officials declined to comment.

                Talks are paused, not over.

                First point: the fishing quota.

                Second point: customs 🚢 fees.""", imported.text());
        assertFalse(imported.text().contains("MUST NOT APPEAR"));
        assertFalse(imported.text().contains("Subscribe"));
        assertFalse(imported.text().contains("Breadcrumbs"));
    }

    @Test
    void htmlMetadataComesFromOpenGraphAndArticleTags() throws Exception {
        ImportedDocument imported = importNewsArticle();

        assertEquals("Harbour talks collapse after third round", imported.title());
        assertEquals(new DocumentMetadata("The Meridian Courier", "Ada Okonkwo", "2031-04-02T08:30:00Z",
                "https://courier.example/world/harbour-talks"), imported.metadata());
    }

    @Test
    void withoutMetaTagsMetadataComesFromTheVisiblePage() throws Exception {
        ImportedDocument imported = importHtml("""
                <html><head><title>Page title</title><meta property="og:url" content="https://x.example/a"></head>
                <body><article><h1>Article &amp; headline</h1>
                <p>By <a rel="author" href="/jo">Jo Bloggs</a></p>
                <time datetime="2030-01-05">5 Jan</time><p>Body text.</p></article></body></html>""");

        assertEquals("Article & headline", imported.title());
        assertEquals(new DocumentMetadata("", "Jo Bloggs", "2030-01-05", "https://x.example/a"), imported.metadata());
    }

    @Test
    void theBylineClassAndMetaDateAreUsedWhenNothingBetterIsThere() throws Exception {
        ImportedDocument imported = importHtml("""
                <html><head><title>Only a title</title><meta name="date" content="2029-12-31">
                <meta property="article:author" content="https://social.example/profile/123"></head>
                <body><div class="byline">by  Sam Reyes</div><p>Text.</p></body></html>""");

        assertEquals("Only a title", imported.title());
        assertEquals("Sam Reyes", imported.metadata().byline());
        assertEquals("2029-12-31", imported.metadata().published());
    }

    /** A wire story whose agency is in its dateline and whose writer signs off at its end. */
    private static final String WIRE_STORY = """
            <body><article><h1>Quota talks stall</h1>
            <p>PORT ELLEN (Reuters) — Talks on the harbour fishing quota stalled on Monday.</p>
            <p>The talks are due to resume in September.</p>
            <p>By Maria Okafor</p></article></body></html>""";

    @Test
    void whatThePagesTagsLeaveOutIsTakenFromTheStorysDatelineAndSignOff() throws Exception {
        ImportedDocument imported = importHtml("""
                <html><head><meta property="og:title" content="Quota talks stall">
                <meta property="article:published_time" content="2024-06-03T10:15:00Z"></head>""" + WIRE_STORY);

        assertEquals(new DocumentMetadata("Reuters", "Maria Okafor", "2024-06-03T10:15:00Z", ""), imported.metadata());
    }

    @Test
    void thePagesOwnTagsWinOverWhatTheStorySays() throws Exception {
        ImportedDocument imported = importHtml("""
                <html><head><meta property="og:site_name" content="The Harbour Gazette">
                <meta name="author" content="Ada Okonkwo"></head>""" + WIRE_STORY);

        assertEquals("The Harbour Gazette", imported.metadata().source());
        assertEquals("Ada Okonkwo", imported.metadata().byline());
    }

    @Test
    void aPageWithoutAnyTitleIsNamedAfterItsFile() throws Exception {
        assertEquals("page", importHtml("<p>Only text</p>").title());
    }

    @Test
    void theArticleBodyIsPreferredToTheRestOfThePage() throws Exception {
        ImportedDocument imported = importHtml("""
                <body><div>Site promo</div><div itemprop="articleBody"><p>Real story.</p></div></body>""");
        assertEquals("Real story.", imported.text());
    }

    @Test
    void mainIsUsedWhenThereIsNoArticle() throws Exception {
        ImportedDocument imported = importHtml("<body><div>Promo</div><main><p>Main story.</p></main></body>");
        assertEquals("Main story.", imported.text());
    }

    @Test
    void ofSeveralArticlesTheLongestOutsideTheSidebarWins() throws Exception {
        ImportedDocument imported = importHtml("""
                <body><article><p>Teaser.</p></article>
                <aside><article><p>A very long related story that is in the sidebar, much longer than all else.</p></article></aside>
                <article><p>The main story, longer than the teaser.</p></article></body>""");
        assertEquals("The main story, longer than the teaser.", imported.text());
    }

    @Test
    void lineBreaksEntitiesAndPreformattedTextAreKept() throws Exception {
        ImportedDocument imported = importHtml("""
                <body><p>Line one<br>line&nbsp;two &lt;tag&gt; &eacute;t&eacute;</p>
                <pre>code  line 1
                  indented line 2</pre><div>Loose <b>div</b> text</div></body>""");
        assertEquals("Line one\nline two <tag> été\n\ncode  line 1\n  indented line 2\n\nLoose div text",
                imported.text());
    }

    @Test
    void aPageWithNoReadableTextIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("app.html"),
                "<html><body><script>render()</script><nav>Menu</nav></body></html>", StandardCharsets.UTF_8);
        ImportException refused = assertThrows(ImportException.class, () -> importer.importFile(file));
        assertEquals("app.html has no article text Lectern can find: there is nothing to annotate.",
                refused.getMessage());
    }

    @Test
    void htmlInAnotherEncodingIsRefusedAsNotUtf8() throws IOException {
        Path file = Files.write(folder.resolve("old.htm"),
                "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
        ImportException refused = assertThrows(ImportException.class, () -> importer.importFile(file));
        assertTrue(refused.getMessage().startsWith("old.htm is not valid UTF-8 text (a byte at position 7 "));
    }
}
