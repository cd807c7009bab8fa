package org.lectern.io.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.io.w3c.Projects.document;
import static org.lectern.io.w3c.Projects.withDocuments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;

/**
 * The W3C Web Annotation Data Model's own examples (Recommendation of 23 February 2017, section 4.2 "Selectors"),
 * written out as the specification prints them, against a page that holds the text they select.
 */
class W3cSpecificationExamplesTest {
    /** page1 of the examples: "Selected Text" stands twice, and only the context tells the selected one. */
    private static final String PAGE = """
            Selected Text is what this page calls the passage an annotation points at.
            Here is the text before the Selected Text and text after it, in the fifth paragraph.
            And this is an anotation that has some spelling to correct, one anotation among many.""";

    @TempDir
    Path folder;

    private final Document page1 = document("Example page", "http://example.org/page1", PAGE);

    @Test
    void aFragmentSelectorRefinedByATextQuoteSelectorIsPlacedByTheQuoteAndItsContext() throws Exception {
        // Example 29: Refinement of Selection.
        Path file = write("""
                {
                  "@context": "http://www.w3.org/ns/anno.jsonld",
                  "id": "http://example.org/anno29",
                  "type": "Annotation",
                  "body": "http://example.org/comment1",
                  "target": {
                    "source": "http://example.org/page1",
                    "selector": {
                      "type": "FragmentSelector",
                      "value": "para5",
                      "refinedBy": {
                        "type": "TextQuoteSelector",
                        "exact": "Selected Text",
                        "prefix": "text before the ",
                        "suffix": " and text after it"
                      }
                    }
                  }
                }""");

        ExchangeImport result = importInto(withDocuments(page1), file);

        Annotation placed = onlyAnnotation(result);
        assertEquals(PAGE.indexOf("Selected Text and text after"), placed.passage().start());
        assertEquals("Selected Text", placed.passage().quote());
        assertEquals(page1.id(), placed.documentId());
    }

    @Test
    void aTextQuoteSelectorIsPlacedWhereItsPrefixAndSuffixStand() throws Exception {
        // Example 23 (the TextQuoteSelector example): "anotation", misspelt, twice on the page.
        Path file = write("""
                {
                  "@context": "http://www.w3.org/ns/anno.jsonld",
                  "id": "http://example.org/anno23",
                  "type": "Annotation",
                  "body": "http://example.org/comment1",
                  "target": {
                    "source": "http://example.org/page1",
                    "selector": {
                      "type": "TextQuoteSelector",
                      "exact": "anotation",
                      "prefix": "this is an ",
                      "suffix": " that has some"
                    }
                  }
                }""");

        Annotation placed = onlyAnnotation(importInto(withDocuments(page1), file));

        assertEquals(PAGE.indexOf("anotation that has"), placed.passage().start());
    }

    @Test
    void aTextPositionSelectorSelectsCodePointsFromStartToEnd() throws Exception {
        // Example 24 (the TextPositionSelector example): start 412, end 795, on a page long enough to hold them.
        String text = "🇪🇸 " + "Lorem ipsum dolor sit amet. ".repeat(40);
        Document page = document("Long page", "http://example.org/ebook1", text);
        Path file = write("""
                {
                  "@context": "http://www.w3.org/ns/anno.jsonld",
                  "id": "http://example.org/anno24",
                  "type": "Annotation",
                  "body": "http://example.org/review1",
                  "target": {
                    "source": "http://example.org/ebook1",
                    "selector": {
                      "type": "TextPositionSelector",
                      "start": 412,
                      "end": 795
                    }
                  }
                }""");

        Annotation placed = onlyAnnotation(importInto(withDocuments(page), file));

        int[] codePoints = text.codePoints().toArray();
        assertEquals(new String(codePoints, 412, 795 - 412), placed.passage().quote());
    }

    @Test
    void refinementsGivenAsAListAreAlternativesAndTheFirstUsableOneIsUsed() throws Exception {
        // "If more than 1 is given, then they are considered to be alternatives that will result in the same
        // selection": a CSS selector Lectern cannot follow, then the quote.
        Path file = write("""
                {"type": "Annotation", "id": "http://example.org/anno-alt",
                 "target": {"source": "http://example.org/page1",
                   "selector": {"type": "FragmentSelector", "value": "para5",
                     "refinedBy": [{"type": "CssSelector", "value": "#para5 > span"},
                                   {"type": "TextQuoteSelector", "exact": "Selected Text",
                                    "prefix": "before the ", "suffix": " and"}]}}}""");

        Annotation placed = onlyAnnotation(importInto(withDocuments(page1), file));

        assertEquals(PAGE.indexOf("Selected Text and text after"), placed.passage().start());
    }

    @Test
    void aPositionRefiningAQuoteCountsFromTheQuotesStart() throws Exception {
        Path file = write("""
                {"type": "Annotation", "target": {"source": "http://example.org/page1",
                   "selector": {"type": "TextQuoteSelector", "exact": "the Selected Text and",
                     "prefix": "text before ", "suffix": " text after",
                     "refinedBy": {"type": "TextPositionSelector", "start": 4, "end": 17}}}}""");

        Annotation placed = onlyAnnotation(importInto(withDocuments(page1), file));

        assertEquals(PAGE.indexOf("Selected Text and text after"), placed.passage().start());
        assertEquals("Selected Text", placed.passage().quote());
    }

    @Test
    void aSelectorLecternCannotFollowIsNamedInTheReasonNotCalledMissing() throws Exception {
        Path file = write("""
                {"type": "Annotation", "id": "http://example.org/anno-frag",
                 "target": {"source": "http://example.org/page1",
                   "selector": {"type": "FragmentSelector", "value": "para5"}}}""");

        ExchangeImport result = importInto(withDocuments(page1), file);

        assertEquals(List.of("annotation http://example.org/anno-frag — it selects its passage only by"
                + " FragmentSelector, which Lectern cannot find in a plain text; it needs a TextQuoteSelector or a"
                + " TextPositionSelector, at the top or in refinedBy"), result.unplaced());
    }

    @Test
    void aQuoteThatOccursTwiceWithNoContextToDecideIsListedAsAmbiguousNotPlacedAtTheFirst() throws Exception {
        Path file = write("""
                [{"type": "Annotation", "id": "http://example.org/anno-a",
                  "target": {"source": "http://example.org/page1",
                             "selector": {"type": "TextQuoteSelector", "exact": "Selected Text"}}},
                 {"type": "Annotation", "id": "http://example.org/anno-b",
                  "target": {"source": "http://example.org/page1",
                             "selector": {"type": "TextQuoteSelector", "exact": "fifth paragraph"}}}]""");

        ExchangeImport result = importInto(withDocuments(page1), file);

        assertEquals(List.of("“Selected Text” — it occurs 2 times in “Example page” and neither its context nor a"
                + " position says which, so it was not placed"), result.unplaced());
        assertEquals(List.of("fifth paragraph"), annotations(result).stream().map(a -> a.passage().quote()).toList());
    }

    @Test
    void aQuoteInTwoDocumentsOfTheProjectWithNoSourceToDecideIsAmbiguous() throws Exception {
        Document copy = document("Another page", "http://example.org/page2", "Again: the fifth paragraph.");
        Path file = write("""
                {"type": "Annotation", "target": {"source": "http://example.org/unknown",
                   "selector": {"type": "TextQuoteSelector", "exact": "fifth paragraph"}}}""");

        ExchangeImport result = importInto(withDocuments(page1, copy), file);

        assertEquals(List.of("“fifth paragraph” — it occurs in 2 documents (“Example page”, “Another page”) and"
                + " neither its context nor a position says which, so it was not placed"), result.unplaced());
        assertTrue(annotations(result).isEmpty());
    }

    @Test
    void contextThatFitsOnePlaceBetterDecidesEvenWhenItIsShort() throws Exception {
        Path file = write("""
                {"type": "Annotation", "target": {"source": "http://example.org/page1",
                   "selector": {"type": "TextQuoteSelector", "exact": "Selected Text", "prefix": "the "}}}""");

        Annotation placed = onlyAnnotation(importInto(withDocuments(page1), file));

        assertEquals(PAGE.indexOf("Selected Text and text after"), placed.passage().start());
    }

    private Path write(String json) throws Exception {
        Path file = folder.resolve("examples.jsonld");
        Files.writeString(file, json);
        return file;
    }

    private static ExchangeImport importInto(ProjectSnapshot project, Path file) throws Exception {
        return new W3cImport().read(file, project, Projects.ANALYST);
    }

    private static List<Annotation> annotations(ExchangeImport result) {
        return result.changes().stream().map(Change::after).filter(Annotation.class::isInstance)
                .map(Annotation.class::cast).toList();
    }

    private static Annotation onlyAnnotation(ExchangeImport result) {
        assertEquals(List.of(), result.unplaced());
        List<Annotation> annotations = annotations(result);
        assertEquals(1, annotations.size());
        return annotations.get(0);
    }
}
