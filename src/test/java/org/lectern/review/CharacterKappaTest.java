package org.lectern.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.review.SpanComparisonTest.spans;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.junit.jupiter.api.Test;

/** Cohen's κ, and the char-level table of NVivo's coding comparison built by a sweep. */
class CharacterKappaTest {
    private static final double EXACT = 1e-9;

    /** Wikipedia, "Cohen's kappa", simple example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4. */
    @Test
    void theWikipediaTwoByTwoTableGivesKappaPointFour() {
        CharacterCounts table = new CharacterCounts(20, 5, 10, 15);
        assertEquals(0.7, table.observedAgreement().value(), EXACT);
        assertEquals(0.4, table.kappa().value(), EXACT);
    }

    /** Cohen (1960, p. 45), as in dkpro's Cohen1960Test: Po = 0.70, Pe = 0.41, κ = 0.492. */
    @Test
    void cohensOwnThreeByThreeExampleGivesKappaPoint492() {
        long[][] table = {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}};
        assertEquals(0.70, CohenKappa.observedAgreement(table, "none").value(), EXACT);
        assertEquals(0.492, CohenKappa.of(table, "none").value(), 0.0005);
    }

    /** NVivo's help: 1000 chars, 50 coded by both, 150 by one only, 800 by neither → 85 % agreement. */
    @Test
    void nvivosPercentageAgreementExampleGivesEightyFivePercent() {
        assertEquals(0.85, new CharacterCounts(50, 100, 50, 800).observedAgreement().value(), EXACT);
        assertEquals(0.85, new CharacterCounts(50, 150, 0, 800).observedAgreement().value(), EXACT);
    }

    @Test
    void identicalCodingGivesKappaOne() {
        CharacterCounts counts = CharacterCoverage.count(100, spans(10, 20, 50, 70), spans(10, 20, 50, 70));
        assertEquals(new CharacterCounts(30, 0, 0, 70), counts);
        assertEquals(1.0, counts.kappa().value(), EXACT);
    }

    /**
     * Both analysts in one category throughout: Pe = 1 and κ = 0/0. NVivo shows 1 ("All my Kappa coefficients are 0
     * or 1"); Lectern shows "–" and why.
     */
    @Test
    void whenBothAnalystsUsedOneCategoryThroughoutKappaIsUndefinedWithTheReason() {
        CharacterCounts none = CharacterCoverage.count(100, spans(), spans());
        assertEquals(new CharacterCounts(0, 0, 0, 100), none);
        assertEquals(Figure.undefined("only one category used: no character coded"), none.kappa());
        assertEquals(1.0, none.observedAgreement().value(), EXACT, "they do agree on every character");
        CharacterCounts all = CharacterCoverage.count(100, spans(0, 100), spans(0, 60, 60, 100));
        assertEquals(Figure.undefined("only one category used: every character coded"), all.kappa());
        assertEquals(Figure.undefined("no text to compare"), CharacterCounts.NONE.kappa());
        assertEquals(Figure.undefined("no text to compare"), CharacterCounts.NONE.observedAgreement());
    }

    @Test
    void aTableWithOneCategoryUnusedByOneAnalystStillHasAKappa() {
        // A coded everything, B nothing: Po = 0, pA = 1, pB = 0, Pe = 0, κ = 0.
        assertEquals(0.0, new CharacterCounts(0, 10, 0, 0).kappa().value(), EXACT);
    }

    /**
     * Disjoint coverage: Po − Pe = −2·pA·pB, so κ = −2·pA·pB / (pA + pB − 2·pA·pB), never above 0; with
     * equal shares p it is −p / (1 − p): −1/9 for 10 % each, and its minimum −1 only for two halves.
     */
    @Test
    void disjointCodingGivesNegativeKappaMinusOneOnlyForComplementaryHalves() {
        assertEquals(-1.0 / 9, CharacterCoverage.count(100, spans(0, 10), spans(50, 60)).kappa().value(), EXACT);
        assertEquals(-1.0, CharacterCoverage.count(100, spans(0, 50), spans(50, 100)).kappa().value(), EXACT);
    }

    @Test
    void overlappingPassagesOfOneAuthorCountEachCharOnce() {
        CharacterCounts counts = CharacterCoverage.count(100, spans(0, 30, 10, 40), spans(20, 50));
        assertEquals(new CharacterCounts(20, 20, 10, 50), counts);
    }

    @Test
    void theSweepAgreesWithDkprosKappaOverEveryCharOnRandomCases() {
        Random random = new Random(4);
        for (int round = 0; round < 200; round++) {
            int length = 1 + random.nextInt(60);
            List<Interval> a = randomSpans(random, length);
            List<Interval> b = randomSpans(random, length);
            CharacterCounts counts = CharacterCoverage.count(length, a, b);

            CodingAnnotationStudy study = new CodingAnnotationStudy(2);
            for (int i = 0; i < length; i++) {
                study.addItem(covers(a, i), covers(b, i));
            }
            if (study.getCategoryCount() < 2) {
                assertEquals(false, counts.kappa().defined(), "one category throughout: κ = 0/0");
            } else {
                assertEquals(new CohenKappaAgreement(study).calculateAgreement(), counts.kappa().value(), 1e-9);
            }
        }
    }

    private static List<Interval> randomSpans(Random random, int length) {
        List<Interval> spans = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(length);
            int end = start + random.nextInt(length - start + 1);
            spans.add(new Interval(start, end, i));
        }
        return spans;
    }

    private static boolean covers(List<Interval> spans, int position) {
        return spans.stream().anyMatch(span -> span.start() <= position && position < span.end());
    }
}
