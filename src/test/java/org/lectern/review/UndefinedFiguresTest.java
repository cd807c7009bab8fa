package org.lectern.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.review.ProjectBuilder.ANA;
import static org.lectern.review.ProjectBuilder.BEN;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.Grade;
import org.lectern.model.Tag;

/** A figure with nothing to compare is undefined, with its reason; κ counts characters as code points. */
class UndefinedFiguresTest {
    private static final double EXACT = 1e-9;

    /**
     * Ana tags "Customs" Person, Ben tags it Place; Ben also tags "Varno" Actor, which Ana left alone. The one
     * matched passage carries Person and Place, never Actor: Actor's category-specific α has one value
     * throughout ("another tag" on both sides) and was shown as 1.000.
     */
    @Test
    void aTagOnNoMatchedPassageHasNoAlpha() {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Report", "Customs at Varno opened forty crates.");
        Tag person = project.tag("Person");
        Tag place = project.tag("Place");
        Tag actor = project.tag("Actor");
        project.annotate(ANA, document, person, 0, 7);
        project.annotate(BEN, document, place, 0, 7);
        project.annotate(BEN, document, actor, 11, 16);

        AgreementReport report = Agreement.between(project.snapshot(), ANA, BEN);

        TagAgreement actorRow = row(report, "Actor");
        assertEquals(Figure.undefined("only one category used: the tag is on no matched passage"),
                actorRow.alphaNominal());
        // Person: one unit (Person, another) → n = 2, one value each way: α = 1 − (2 − 1)·1/(1·1) = 0.
        assertEquals(0.0, row(report, "Person").alphaNominal().value(), EXACT);
        assertEquals(0.0, report.corpusTotal().alphaNominal().value(), EXACT, "(Person, Place): Do = De = 1");
    }

    @Test
    void noMatchedPassagesLeaveEveryAlphaUndefined() {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Report", "Customs at Varno opened forty crates.");
        Tag person = project.tag("Person");
        project.annotate(ANA, document, person, 0, 7);
        project.annotate(BEN, document, person, 11, 16);

        AgreementReport report = Agreement.between(project.snapshot(), ANA, BEN);

        assertEquals(Figure.undefined("no matched passages"), row(report, "Person").alphaNominal());
        assertEquals(Figure.undefined("no matched passages"), report.corpusTotal().alphaNominal());
    }

    /** Matched evidence and claims, but no link by either analyst: "no link" throughout, κ = 0/0. */
    @Test
    void linksKappaWithNoLinksOrNoPairsIsUndefined() {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Report", "x".repeat(60));
        Tag tag = project.tag("Claim");
        project.evidence(ANA, Grade.UNGRADED, project.annotate(ANA, document, tag, 0, 10));
        project.evidence(BEN, Grade.UNGRADED, project.annotate(BEN, document, tag, 0, 10));
        project.claim(ANA, project.annotate(ANA, document, tag, 20, 30));
        project.claim(BEN, project.annotate(BEN, document, tag, 20, 30));

        LinkAgreement unlinked = Agreement.between(project.snapshot(), ANA, BEN).links();

        assertEquals(1, unlinked.pairs());
        assertEquals(1.0, unlinked.observedAgreement().value(), EXACT, "they agree nobody linked the pair");
        assertEquals(Figure.undefined("no links to compare"), unlinked.kappa());
        assertEquals(Figure.undefined("no links to compare"), unlinked.agreementWhereLinked());

        LinkAgreement none = Agreement.between(new ProjectBuilder().snapshot(), ANA, BEN).links();
        assertEquals(0, none.pairs());
        assertEquals(Figure.undefined("no matched evidence and claims"), none.kappa());
        assertEquals(Figure.undefined("no matched evidence and claims"), none.observedAgreement());
        assertEquals(Figure.undefined("no matched evidence and claims"), none.agreementWhereLinked());
    }

    /**
     * "😀😀 cafe\u0301 ok": 13 UTF-16 units, 11 code points (two emoji of two units each; "é" written as e and a
     * combining acute, two code points). Ana codes both emoji, Ben the first emoji and "cafe\u0301". In code
     * points: both 1, only Ana 1, only Ben 5, neither 4. Po = 5/11, pA = 2/11, pB = 6/11,
     * Pe = (2·6 + 9·5)/121 = 57/121, κ = (55 − 57)/(121 − 57) = −1/32. Counting UTF-16 units gave −4/87.
     */
    @Test
    void kappaCountsCodePointsOutsideTheBmpAndCombiningMarksAsTheHandComputationDoes() {
        String text = "\uD83D\uDE00\uD83D\uDE00 cafe\u0301 ok";
        assertEquals(13, text.length());
        assertEquals(11, text.codePointCount(0, text.length()));
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Emoji", text);
        Tag tag = project.tag("Mood");
        project.annotate(ANA, document, tag, 0, 4);
        Annotation emoji = project.annotate(BEN, document, tag, 0, 2);
        Annotation cafe = project.annotate(BEN, document, tag, 5, 10);
        assertEquals("cafe\u0301", cafe.passage().quote());
        assertEquals("\uD83D\uDE00", emoji.passage().quote());

        AgreementReport report = Agreement.between(project.snapshot(), ANA, BEN);

        TagAgreement mood = row(report, "Mood");
        assertEquals(new CharacterCounts(1, 1, 5, 4), mood.characters());
        assertEquals(-1.0 / 32, mood.kappa().value(), EXACT);
        assertEquals(5.0 / 11, mood.characters().observedAgreement().value(), EXACT);
        assertEquals(new CharacterCounts(1, 1, 5, 4), report.corpusRows().get(0).characters(),
                "the whole project counts the same code points");
        assertEquals(dkproKappaOverCodePoints(text, new int[][] {{0, 4}}, new int[][] {{0, 2}, {5, 10}}),
                mood.kappa().value(), EXACT);
    }

    /** κ by dkpro over one unit per code point, each coded or not by each analyst: an independent computation. */
    private static double dkproKappaOverCodePoints(String text, int[][] byA, int[][] byB) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(2);
        for (int offset = 0; offset < text.length(); offset = text.offsetByCodePoints(offset, 1)) {
            study.addItem(covers(byA, offset), covers(byB, offset));
        }
        return new CohenKappaAgreement(study).calculateAgreement();
    }

    private static boolean covers(int[][] spans, int offset) {
        for (int[] span : spans) {
            if (span[0] <= offset && offset < span[1]) {
                return true;
            }
        }
        return false;
    }

    private static TagAgreement row(AgreementReport report, String tag) {
        return report.corpusRows().stream().filter(r -> r.tag().equals(tag)).findFirst().orElseThrow();
    }
}
