package org.lectern.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.review.ProjectBuilder.ANA;
import static org.lectern.review.ProjectBuilder.BEN;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Stance;
import org.lectern.model.Tag;

/** Agreement between two analysts over a whole project. */
class AgreementTest {
    private static final double EXACT = 1e-9;
    private static final String TEXT = "x".repeat(100);

    @Test
    void twoAnalystsWithIdenticalAnnotationsAgreePerfectlyOnEveryMeasure() {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Report", TEXT);
        Tag person = project.tag("Person");
        Tag place = project.tag("Place");
        for (String author : List.of(ANA, BEN)) {
            project.annotate(author, document, person, 0, 10);
            project.annotate(author, document, place, 20, 30);
            project.annotate(author, document, person, 50, 60);
        }

        AgreementReport report = Agreement.between(project.snapshot(), ANA, BEN);

        assertEquals(List.of("Person", "Place", TagAgreement.ALL_TAGS),
                report.documentRows().stream().map(TagAgreement::tag).toList());
        for (TagAgreement row : report.documentRows()) {
            assertEquals(1.0, row.spans().strictF1().value(), EXACT, row.tag());
            assertEquals(1.0, row.spans().lenientF1().value(), EXACT, row.tag());
            assertEquals(1.0, row.kappa().value(), EXACT, row.tag());
            assertEquals(1.0, row.alphaNominal().value(), EXACT, row.tag());
        }
        assertEquals(3, report.corpusTotal().matchedPassages());
        assertEquals(3, report.corpusTotal().sameTag());
    }

    @Test
    void twoAnalystsWithDisjointAnnotationsScoreZeroAndANegativeKappa() {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Report", TEXT);
        Tag person = project.tag("Person");
        project.annotate(ANA, document, person, 0, 10);
        project.annotate(BEN, document, person, 50, 60);

        TagAgreement row = Agreement.between(project.snapshot(), ANA, BEN).documentRows().get(0);

        assertEquals(new SpanCounts(0, 0, 1, 1), row.spans());
        assertEquals(0.0, row.spans().strictF1().value(), EXACT);
        assertEquals(0.0, row.spans().lenientF1().value(), EXACT);
        assertEquals(-1.0 / 9, row.kappa().value(), EXACT, "−p/(1−p) for 10 % coverage each");
        assertEquals(0, row.matchedPassages());
        assertEquals(Double.NaN, row.alphaNominal().value(), "no matched passage, nothing to measure");
    }

    /**
     * Ana: Person [0,10), Person [20,40); Ben: Person [0,10), Person [25,45). Strict: 1 correct, 1 partial:
     * P = R = F1 = 1/2; lenient: 1. Chars: both 10 + 15, only Ana 5, only Ben 5, neither 65: Po = 0.9,
     * pA = pB = 0.3, Pe = 0.09 + 0.49 = 0.58, κ = 0.32 / 0.42 = 16/21.
     */
    @Test
    void aPartialOverlapCountsAsHalfRightStrictlyAndRightLeniently() {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Report", TEXT);
        Tag person = project.tag("Person");
        project.annotate(ANA, document, person, 0, 10);
        project.annotate(ANA, document, person, 20, 40);
        project.annotate(BEN, document, person, 0, 10);
        project.annotate(BEN, document, person, 25, 45);

        TagAgreement row = Agreement.between(project.snapshot(), ANA, BEN).documentRows().get(0);

        assertEquals(new SpanCounts(1, 1, 0, 0), row.spans());
        assertEquals(0.5, row.spans().strictPrecision().value(), EXACT);
        assertEquals(0.5, row.spans().strictRecall().value(), EXACT);
        assertEquals(0.5, row.spans().strictF1().value(), EXACT);
        assertEquals(1.0, row.spans().lenientF1().value(), EXACT);
        assertEquals(new CharacterCounts(25, 5, 5, 65), row.characters());
        assertEquals(16.0 / 21, row.kappa().value(), EXACT);
    }

    /**
     * Three passages both marked: Person/Person, Place/Place, Person/Place. Units (P,P) (L,L) (P,L): values
     * P ×3, L ×3, n = 6; Do = 2/6, De = 2·3·3/30 = 0.6, α = 1 − (1/3)/0.6 = 4/9.
     */
    @Test
    void alphaComparesTheTagsOfPassagesBothAnalystsMarked() {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Report", TEXT);
        Tag person = project.tag("Person");
        Tag place = project.tag("Place");
        project.annotate(ANA, document, person, 0, 10);
        project.annotate(BEN, document, person, 0, 10);
        project.annotate(ANA, document, place, 20, 30);
        project.annotate(BEN, document, place, 22, 30);
        project.annotate(ANA, document, person, 40, 50);
        project.annotate(BEN, document, place, 40, 52);
        project.annotate(ANA, document, place, 80, 90); // unmatched: missing for Place, not an α unit

        AgreementReport report = Agreement.between(project.snapshot(), ANA, BEN);
        TagAgreement all = report.documentRows().get(2);

        assertEquals(TagAgreement.ALL_TAGS, all.tag());
        assertEquals(3, all.matchedPassages());
        assertEquals(2, all.sameTag());
        assertEquals(4.0 / 9, all.alphaNominal().value(), EXACT);
        TagAgreement personRow = report.documentRows().get(0);
        assertEquals(2, personRow.matchedPassages());
        assertEquals(1, personRow.sameTag());
    }

    @Test
    void corpusRowsPoolCountsOverDocumentsIncludingOnesWhereATagWasNotUsed() {
        ProjectBuilder project = new ProjectBuilder();
        Document first = project.document("First", TEXT);
        Document second = project.document("Second", "y".repeat(50));
        project.document("Unread", "z".repeat(1000));
        Tag person = project.tag("Person");
        Tag place = project.tag("Place");
        project.annotate(ANA, first, person, 0, 10);
        project.annotate(BEN, first, person, 0, 10);
        project.annotate(ANA, second, place, 0, 10);
        project.annotate(BEN, second, place, 5, 10);

        AgreementReport report = Agreement.between(project.snapshot(), ANA, BEN);

        assertEquals(List.of("First", "First", "Second", "Second"),
                report.documentRows().stream().map(TagAgreement::document).toList());
        TagAgreement corpusPerson = report.corpusRows().get(0);
        assertEquals(TagAgreement.ALL_DOCUMENTS, corpusPerson.document());
        assertEquals("Person", corpusPerson.tag());
        assertEquals(new CharacterCounts(10, 0, 0, 140), corpusPerson.characters(),
                "the 50 chars of Second count as agreed, uncoded; Unread is not compared");
        assertEquals(new SpanCounts(1, 1, 0, 0), report.corpusTotal().spans());
        assertEquals(2, report.corpusTotal().matchedPassages());
    }

    /**
     * "All tags" pools the tags. Person: both [0,10) → chars (10, 0, 0, 90); Place: Ana [20,40), Ben [30,40) →
     * (10, 10, 0, 80). Summed: (20, 10, 0, 170) over 200: Po = 0.95, pA = 0.15, pB = 0.10,
     * Pe = 0.015 + 0.765 = 0.78, κ = 0.17 / 0.22 = 17/22. Spans summed: 1 correct, 1 partial → strict F1 1/2,
     * lenient 1. α on the tags of the two matched passages, (Person, Person) and (Place, Place): 1.
     */
    @Test
    void allTagsSumsTheTagsCountsAndTablesAndTakesAlphaOnTheTagsThemselves() {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Report", TEXT);
        Tag person = project.tag("Person");
        Tag place = project.tag("Place");
        project.annotate(ANA, document, person, 0, 10);
        project.annotate(BEN, document, person, 0, 10);
        project.annotate(ANA, document, place, 20, 40);
        project.annotate(BEN, document, place, 30, 40);

        TagAgreement all = Agreement.between(project.snapshot(), ANA, BEN).corpusTotal();

        assertEquals(new CharacterCounts(20, 10, 0, 170), all.characters());
        assertEquals(17.0 / 22, all.kappa().value(), EXACT);
        assertEquals(new SpanCounts(1, 1, 0, 0), all.spans());
        assertEquals(0.5, all.spans().strictF1().value(), EXACT);
        assertEquals(1.0, all.spans().lenientF1().value(), EXACT);
        assertEquals(1.0, all.alphaNominal().value(), EXACT);
    }

    @Test
    void onlyTheTwoAnalystsRecordsCount() {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Report", TEXT);
        Tag person = project.tag("Person");
        project.annotate(ANA, document, person, 0, 10);
        project.annotate(BEN, document, person, 0, 10);
        project.annotate("Cleo", document, person, 50, 60);

        assertEquals(new SpanCounts(1, 0, 0, 0),
                Agreement.between(project.snapshot(), ANA, BEN).corpusTotal().spans());
    }

    @Test
    void anAnalystIsNotComparedWithThemself() {
        assertThrows(IllegalArgumentException.class,
                () -> Agreement.between(new ProjectBuilder().snapshot(), ANA, ANA));
    }

    /**
     * Credibility of three matched items: (1,1) (3,3) (1,2) → α ordinal 7/9 (worked in
     * KrippendorffAlphaTest); reliability all B → one value throughout, α = 0/0: undefined.
     */
    @Test
    void gradesOfMatchedEvidenceAreComparedOnOrdinalScales() {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Report", TEXT);
        Tag source = project.tag("Source");
        String[][] grades = {{"B1", "B1"}, {"B3", "B3"}, {"B1", "B2"}};
        for (int i = 0; i < grades.length; i++) {
            Annotation ofAna = project.annotate(ANA, document, source, 10 * i, 10 * i + 8);
            Annotation ofBen = project.annotate(BEN, document, source, 10 * i + 2, 10 * i + 9);
            project.evidence(ANA, Grade.parse(grades[i][0]), ofAna);
            project.evidence(BEN, Grade.parse(grades[i][1]), ofBen);
        }
        project.evidence(BEN, Grade.parse("A1"), project.annotate(BEN, document, source, 90, 95));

        GradeAgreement agreement = Agreement.between(project.snapshot(), ANA, BEN).grades();

        assertEquals(3, agreement.matchedEvidence());
        assertEquals(0, agreement.evidenceOnlyA());
        assertEquals(1, agreement.evidenceOnlyB());
        assertEquals(2, agreement.sameGrade());
        assertEquals(Figure.undefined("only one category used"), agreement.reliabilityAlpha());
        assertEquals(7.0 / 9, agreement.credibilityAlpha().value(), EXACT);
    }

    /**
     * Two matched items of evidence × two matched claims = 4 pairs. Ana: e1 supports c1, e2 refutes c2;
     * Ben: e1 supports c1, e2 supports c2. Table (S,S) 1, (R,S) 1, (none,none) 2: Po = 3/4; margins
     * Ana S1 R1 N2, Ben S2 R0 N2: Pe = (2 + 0 + 4)/16 = 3/8; κ = (3/4 − 3/8)/(5/8) = 0.6.
     */
    @Test
    void linksBetweenMatchedEvidenceAndClaimsAreCompared() {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Report", TEXT);
        Tag tag = project.tag("Claim");
        Evidence[] evidenceOfAna = new Evidence[2];
        Evidence[] evidenceOfBen = new Evidence[2];
        Claim[] claimsOfAna = new Claim[2];
        Claim[] claimsOfBen = new Claim[2];
        for (int i = 0; i < 2; i++) {
            int at = 40 * i;
            evidenceOfAna[i] = project.evidence(ANA, Grade.UNGRADED, project.annotate(ANA, document, tag, at, at + 10));
            evidenceOfBen[i] = project.evidence(BEN, Grade.UNGRADED, project.annotate(BEN, document, tag, at, at + 10));
            claimsOfAna[i] = project.claim(ANA, project.annotate(ANA, document, tag, at + 20, at + 30));
            claimsOfBen[i] = project.claim(BEN, project.annotate(BEN, document, tag, at + 21, at + 30));
        }
        project.link(ANA, evidenceOfAna[0], claimsOfAna[0], Stance.SUPPORTS);
        project.link(ANA, evidenceOfAna[1], claimsOfAna[1], Stance.REFUTES);
        project.link(BEN, evidenceOfBen[0], claimsOfBen[0], Stance.SUPPORTS);
        project.link(BEN, evidenceOfBen[1], claimsOfBen[1], Stance.SUPPORTS);

        LinkAgreement links = Agreement.between(project.snapshot(), ANA, BEN).links();

        assertEquals(4, links.pairs());
        assertEquals(1, links.count(LinkJudgement.SUPPORTS, LinkJudgement.SUPPORTS));
        assertEquals(1, links.count(LinkJudgement.REFUTES, LinkJudgement.SUPPORTS));
        assertEquals(2, links.count(LinkJudgement.NO_LINK, LinkJudgement.NO_LINK));
        assertEquals(0.75, links.observedAgreement().value(), EXACT);
        assertEquals(0.6, links.kappa().value(), EXACT);
        assertEquals(0.5, links.agreementWhereLinked().value(), EXACT);
    }

    @Test
    void aProjectWithoutEvidenceOrClaimsReportsNoGradeOrLinkAgreement() {
        AgreementReport report = Agreement.between(new ProjectBuilder().snapshot(), ANA, BEN);
        assertEquals(Double.NaN, report.grades().reliabilityAlpha().value());
        assertEquals(0, report.links().pairs());
        assertTrue(report.documentRows().isEmpty());
        assertEquals(TagAgreement.ALL_TAGS, report.corpusTotal().tag());
    }
}
