package org.lectern.io.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.io.w3c.Projects.applied;
import static org.lectern.io.w3c.Projects.document;
import static org.lectern.io.w3c.Projects.tagName;
import static org.lectern.io.w3c.Projects.withDocuments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;

/**
 * Annotations as Hypothesis writes them in JSON-LD: the creator an {@code acct:} id, a Markdown text body and
 * one tagging body per tag, and a target whose selectors are a RangeSelector between XPath elements (each refined
 * by a TextPositionSelector counted inside its element), a TextPositionSelector counted in the web page's text,
 * and a TextQuoteSelector with up to 32 characters of context.
 */
class HypothesisAnnotationsTest {
    /** The article as Lectern holds it after importing the web page. */
    private static final String ARTICLE = """
            Harbour closed after collision
            Port authorities closed the harbour on Monday after two freighters collided in the outer channel.
            A spokesperson said the harbour would stay closed until divers had inspected the channel.
            By Friday the harbour had reopened to smaller vessels.""";
    /** The page's text as the browser has it, which Hypothesis counts in: the site's menu comes first. */
    private static final String PAGE_TEXT = "News Example — Home | World | Business\n" + ARTICLE;
    private static final String URL = "https://news.example/2026/03/harbour";

    @TempDir
    Path folder;

    private final Document article = document("Harbour closed after collision", URL, ARTICLE);

    @Test
    void annotationsFromHypothesisLandOnTheirPassagesWithTagsNoteCreatorAndTimes() throws Exception {
        String across = "outer channel.\nA spokesperson said";
        String inside = "the harbour";
        int insideAt = ARTICLE.indexOf("the harbour would");
        Path file = write("""
                [{
                  "@context": "http://www.w3.org/ns/anno.jsonld",
                  "type": "Annotation",
                  "id": "https://hypothes.is/a/Qm9vb2JvMTIzNDU2",
                  "created": "2026-03-02T10:15:00.123456+00:00",
                  "modified": "2026-03-02T10:16:30.000000+00:00",
                  "creator": "acct:ben@hypothes.is",
                  "body": [
                    {"type": "TextualBody", "value": "Check against the AIS data", "format": "text/markdown"},
                    {"type": "TextualBody", "value": "Claim", "purpose": "tagging"},
                    {"type": "TextualBody", "value": "Port", "purpose": "tagging"}
                  ],
                  "target": [{
                    "source": "%1$s",
                    "selector": [
                      {"type": "RangeSelector",
                       "startSelector": {"type": "XPathSelector", "value": "/main[1]/article[1]/p[1]",
                         "refinedBy": {"type": "TextPositionSelector", "start": 82, "end": 82}},
                       "endSelector": {"type": "XPathSelector", "value": "/main[1]/article[1]/p[2]",
                         "refinedBy": {"type": "TextPositionSelector", "start": 19, "end": 19}}},
                      {"type": "TextPositionSelector", "start": %2$d, "end": %3$d},
                      {"type": "TextQuoteSelector", "exact": "outer channel.\\nA spokesperson said",
                       "prefix": "two freighters collided in the ", "suffix": " the harbour would stay closed u"}
                    ]
                  }]
                },
                {
                  "@context": "http://www.w3.org/ns/anno.jsonld",
                  "type": "Annotation",
                  "id": "https://hypothes.is/a/Q2hhbm5lbDk4NzY1",
                  "created": "2026-03-02T10:20:00.000000+00:00",
                  "modified": "2026-03-02T10:20:00.000000+00:00",
                  "creator": "acct:ben@hypothes.is",
                  "body": [
                    {"type": "TextualBody", "value": "", "format": "text/markdown"},
                    {"type": "TextualBody", "value": "Place", "purpose": "tagging"}
                  ],
                  "target": [{
                    "source": "%1$s",
                    "selector": [
                      {"type": "XPathSelector", "value": "/main[1]/article[1]/p[2]",
                       "refinedBy": {"type": "TextPositionSelector", "start": 20, "end": 31}},
                      {"type": "TextPositionSelector", "start": %4$d, "end": %5$d},
                      {"type": "TextQuoteSelector", "exact": "the harbour",
                       "prefix": "A spokesperson said ", "suffix": " would stay closed until divers h"}
                    ]
                  }]
                }]""".formatted(URL, pageOffset(across), pageOffset(across) + across.length(),
                pageOffset(inside, insideAt), pageOffset(inside, insideAt) + inside.length()));

        ExchangeImport result = new W3cImport().read(file, withDocuments(article), Projects.ANALYST);

        assertEquals(List.of(), result.unplaced());
        ProjectSnapshot after = applied(withDocuments(article), result.changes());
        List<Annotation> annotations = annotationsOf(result);
        assertEquals(List.of("Claim", "Port", "Place"),
                annotations.stream().map(a -> tagName(after, a.tagId())).toList(), "one highlight per tag");
        Annotation claim = annotations.get(0);
        assertEquals(ARTICLE.indexOf(across), claim.passage().start());
        assertEquals(across, claim.passage().quote());
        assertEquals("Check against the AIS data", claim.note());
        assertEquals("acct:ben@hypothes.is", claim.stamp().author(), "the creator as the file names it");
        assertEquals(Instant.parse("2026-03-02T10:15:00.123456Z"), claim.stamp().created());
        assertEquals(Instant.parse("2026-03-02T10:16:30Z"), claim.stamp().modified());
        Annotation place = annotations.get(2);
        assertEquals(insideAt, place.passage().start(), "the spokesperson's harbour, not the first in the text");
        assertEquals("", place.note(), "an empty Markdown body is no note");
    }

    @Test
    void aPageNoteWithoutSelectorsIsListedAndTheFilesOtherAnnotationsComeIn() throws Exception {
        Path file = write("""
                [{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
                  "id": "https://hypothes.is/a/UGFnZU5vdGUx", "creator": "acct:ben@hypothes.is",
                  "body": [{"type": "TextualBody", "value": "Whole article is a rewrite of the wire copy",
                            "format": "text/markdown"}],
                  "target": [{"source": "%1$s"}]},
                 {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
                  "id": "https://hypothes.is/a/U2Vjb25kMjI", "creator": "acct:ben@hypothes.is",
                  "body": [{"type": "TextualBody", "value": "Claim", "purpose": "tagging"}],
                  "target": [{"source": "%1$s", "selector": [
                    {"type": "TextQuoteSelector", "exact": "smaller vessels", "prefix": "had reopened to ",
                     "suffix": "."}]}]}]""".formatted(URL));

        ExchangeImport result = new W3cImport().read(file, withDocuments(article), Projects.ANALYST);

        assertEquals(List.of("annotation https://hypothes.is/a/UGFnZU5vdGUx — it is about the whole of " + URL
                + " rather than a passage, and Lectern highlights passages only"), result.unplaced());
        assertEquals(List.of("smaller vessels"), annotationsOf(result).stream().map(a -> a.passage().quote())
                .toList());
    }

    /** Where Hypothesis counts a passage: code points of the page's text, menu included. */
    private static int pageOffset(String quote) {
        return pageOffset(quote, ARTICLE.indexOf(quote));
    }

    private static int pageOffset(String quote, int articleAt) {
        int at = PAGE_TEXT.indexOf(ARTICLE) + articleAt;
        return PAGE_TEXT.codePointCount(0, at);
    }

    private static List<Annotation> annotationsOf(ExchangeImport result) {
        return result.changes().stream().map(Change::after).filter(Annotation.class::isInstance)
                .map(Annotation.class::cast).toList();
    }

    private Path write(String json) throws Exception {
        Path file = folder.resolve("hypothesis.jsonld");
        Files.writeString(file, json);
        return file;
    }
}
