package org.lectern.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.ClaimStatus;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Likelihood;
import org.lectern.model.Stance;
import org.lectern.model.Strength;

/** Article text, notes and names are untrusted: whatever they hold must come out of a report inert. */
class ReportSafetyTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";
    static final String LINK = "<a href=\"javascript:alert(1)\">click</a> [click](javascript:alert(1))";
    static final String HOSTILE = SCRIPT + " " + IMAGE + " " + LINK;

    @TempDir
    static Path folder;
    static ReportFixture project;

    @BeforeAll
    static void aProjectFullOfMarkup() {
        project = new ReportFixture();
        String text = "Intro " + SCRIPT + " middle " + IMAGE + "\n\n" + LINK + "\n\n# heading *em* `code` _u_ ==hl==";
        var document = project.document("Title " + SCRIPT, new DocumentMetadata(IMAGE, LINK, SCRIPT,
                "javascript:alert(1)"), text);
        Annotation script = project.highlight(document, SCRIPT, "Claim", "Note " + HOSTILE, "Ana");
        Annotation image = project.highlight(document, IMAGE, "Evidence", IMAGE, "Ana");
        project.highlight(document, "javascript:alert(1)", "Quote", LINK, "Ana");
        var actor = project.actor("Actor " + IMAGE, ActorKind.PERSON, List.of(SCRIPT), "Ana", script);
        var claim = project.claim("Claim " + LINK, actor, ClaimStatus.ASSERTED, Likelihood.LIKELY, "Ana", script);
        var evidence = project.evidence("Evidence " + SCRIPT, "A1", "Ana", image);
        project.link(evidence, claim, Stance.SUPPORTS, Strength.STRONG, "Ana");
    }

    @Test
    void theHtmlReportHasNoScriptsNoEventHandlersAndNoJavascriptLinks() throws Exception {
        Path target = folder.resolve("hostile.html");
        new HtmlReport().export(project.snapshot(), ExportScope.EVERYTHING, target, Progress.NONE);
        Document html = Jsoup.parse(Files.readString(target));
        assertInert(html);
        assertTrue(html.text().contains(SCRIPT), "the markup is shown as text");
        assertTrue(html.text().contains(IMAGE));
    }

    @Test
    void theHtmlForThePdfIsInertToo() throws Exception {
        String report = new HtmlReport().render(project.snapshot(), ExportScope.EVERYTHING, Progress.NONE);
        assertInert(Jsoup.parse(report));
    }

    @Test
    void theMarkdownReportEscapesEveryTagAndLink() throws Exception {
        Path target = folder.resolve("hostile.md");
        new MarkdownReport().export(project.snapshot(), ExportScope.EVERYTHING, target, Progress.NONE);
        String md = Files.readString(target);
        assertFalse(Pattern.compile("(?<!\\\\)<[a-zA-Z/!?]").matcher(md).find(), "no raw HTML tag opens");
        assertFalse(Pattern.compile("(?<!\\\\)\\]\\(").matcher(md).find(), "no inline link");
        assertFalse(Pattern.compile("(?<!\\\\)`").matcher(md).find(), "no code span");
        assertFalse(Pattern.compile("(?m)^#+ (?:heading|.*\\\\\\*em)").matcher(md).find(),
                "article text cannot make a heading");
        assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"), "the markup is shown as text");
        assertTrue(md.contains("\\# heading \\*em\\* \\`code\\` \\_u\\_ \\=\\=hl\\=\\="));
    }

    static void assertInert(Document html) {
        assertTrue(html.select("script").isEmpty(), "no <script>");
        assertTrue(html.select("img, iframe, object, embed").isEmpty(), "no embedded content");
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "event handler " + name + " on " + element.tagName());
                if (name.equals("href") || name.equals("src")) {
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertFalse(value.startsWith("javascript:"), element.outerHtml());
                    assertFalse(value.startsWith("data:"), element.outerHtml());
                }
            }
        }
        assertEquals(0, html.select("a[href]").stream()
                .filter(a -> !a.attr("href").startsWith("#") && !a.attr("href").startsWith("http")).count());
    }
}
