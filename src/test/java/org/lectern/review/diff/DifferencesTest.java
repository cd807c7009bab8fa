package org.lectern.review.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Stamp;
import org.lectern.text.Passages;

/** The differences a reviewer steps through, between Ana's and Ben's readings of one text. */
class DifferencesTest {
    private static final String TEXT = "The minister said the convoy left on Monday, but satellite images show trucks.";
    private static final UUID DOCUMENT = UUID.randomUUID();
    private static final UUID CLAIM = UUID.randomUUID();
    private static final UUID EVIDENCE = UUID.randomUUID();
    private static final UUID DATE = UUID.randomUUID();

    @Test
    void identicalReadingsHaveNoDifferences() {
        List<Annotation> ana = List.of(at("the convoy left", CLAIM, "Ana"), at("Monday", DATE, "Ana"));
        List<Annotation> ben = List.of(at("the convoy left", CLAIM, "Ben"), at("Monday", DATE, "Ben"));
        assertEquals(List.of(), Differences.between(ana, ben));
    }

    @Test
    void eachKindOfDifferenceIsFoundAndListedInReadingOrder() {
        Annotation anaClaim = at("the convoy left", CLAIM, "Ana");
        Annotation benClaim = at("the convoy left", EVIDENCE, "Ben");
        Annotation anaImages = at("satellite images", EVIDENCE, "Ana");
        Annotation benImages = at("satellite images show trucks", EVIDENCE, "Ben");
        Annotation anaOnly = at("The minister", DATE, "Ana");
        Annotation benOnly = at("Monday", DATE, "Ben");

        List<Difference> differences = Differences.between(List.of(anaImages, anaClaim, anaOnly),
                List.of(benOnly, benImages, benClaim));

        assertEquals(List.of(
                new Difference(DifferenceKind.ONLY_FIRST, anaOnly, null),
                new Difference(DifferenceKind.OTHER_TAG, anaClaim, benClaim),
                new Difference(DifferenceKind.ONLY_SECOND, null, benOnly),
                new Difference(DifferenceKind.OTHER_BOUNDARIES, anaImages, benImages)), differences);
    }

    @Test
    void pairsAreOneToOneWithTheLargestOverlapFirst() {
        Annotation ana = at("the convoy left on Monday", CLAIM, "Ana");
        Annotation benSmall = at("Monday", CLAIM, "Ben");
        Annotation benLarge = at("convoy left on", CLAIM, "Ben");

        List<Difference> differences = Differences.between(List.of(ana), List.of(benSmall, benLarge));

        assertEquals(List.of(new Difference(DifferenceKind.OTHER_BOUNDARIES, ana, benLarge),
                new Difference(DifferenceKind.ONLY_SECOND, null, benSmall)), differences);
    }

    @Test
    void aSamePassageWithTheSameTagIsPreferredOverAnotherTag() {
        Annotation anaClaim = at("the convoy left", CLAIM, "Ana");
        Annotation benEvidence = at("the convoy left", EVIDENCE, "Ben");
        Annotation benClaim = at("the convoy left", CLAIM, "Ben");

        assertEquals(List.of(new Difference(DifferenceKind.ONLY_SECOND, null, benEvidence)),
                Differences.between(List.of(anaClaim), List.of(benEvidence, benClaim)));
    }

    @Test
    void kindsAreSaidWithTheAnalystsNames() {
        assertEquals("only in Ben", DifferenceKind.ONLY_SECOND.describe("Ana", "Ben"));
        assertEquals("other tag", DifferenceKind.OTHER_TAG.describe("Ana", "Ben"));
    }

    private static Annotation at(String quote, UUID tag, String author) {
        int start = TEXT.indexOf(quote);
        return new Annotation(UUID.randomUUID(), DOCUMENT, Passages.of(TEXT, start, start + quote.length()), tag, "",
                Stamp.now(author));
    }
}
