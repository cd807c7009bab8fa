package org.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lectern.properties.PropertyCheck;

/** The claim × evidence matrix the window and the reports show, cell by cell and claim by claim. */
class ClaimEvidenceMatrixTest {
    private final Claim rifles = claim("The freighter carried rifles");
    private final Claim falsified = claim("The customs records were falsified");
    private final Evidence manifest = evidence("The manifest lists grain only");
    private final Evidence weights = evidence("Four containers weighed twice the declared amount");
    private final Evidence statement = evidence("The harbour master's statement");

    @Test
    void eachCellHoldsTheLinkBetweenItsClaimAndItsEvidenceAndReadsAsSignAndStrength() {
        ClaimEvidenceMatrix matrix = ClaimEvidenceMatrix.of(List.of(rifles, falsified),
                List.of(manifest, weights, statement), List.of(
                        link(manifest, rifles, Stance.REFUTES, Strength.STRONG),
                        link(weights, rifles, Stance.SUPPORTS, Strength.MODERATE),
                        link(statement, falsified, Stance.SUPPORTS, Strength.WEAK)));

        assertEquals(List.of("\u2212 strong", "+ moderate", ""), row(matrix, rifles));
        assertEquals(List.of("", "", "+ weak"), row(matrix, falsified));
        assertEquals("1 for · 1 against", matrix.tally(rifles).text());
        assertEquals("1 for · 0 against", matrix.tally(falsified).text());
    }

    @Test
    void aClaimNoEvidenceBearsOnTalliesNone() {
        ClaimEvidenceMatrix matrix = ClaimEvidenceMatrix.of(List.of(rifles), List.of(manifest), List.of());
        assertEquals(new ClaimEvidenceMatrix.Tally(0, 0), matrix.tally(rifles));
        assertEquals("none", matrix.tally(rifles).text());
        assertEquals(List.of(""), row(matrix, rifles));
    }

    @Test
    void whenAClaimAndAnItemOfEvidenceAreLinkedTwiceTheFirstLinkStandsAndCountsOnce() {
        ClaimEvidenceMatrix matrix = ClaimEvidenceMatrix.of(List.of(rifles), List.of(manifest), List.of(
                link(manifest, rifles, Stance.SUPPORTS, Strength.WEAK),
                link(manifest, rifles, Stance.REFUTES, Strength.STRONG)));
        assertEquals(List.of("+ weak"), row(matrix, rifles));
        assertEquals(new ClaimEvidenceMatrix.Tally(1, 0), matrix.tally(rifles));
    }

    @Test
    void evidenceOutsideTheMatrixNeitherShowsNorCounts() {
        // A report of one document holds that document's evidence only; a link to other evidence is not its cell.
        ClaimEvidenceMatrix matrix = ClaimEvidenceMatrix.of(List.of(rifles), List.of(manifest), List.of(
                link(weights, rifles, Stance.SUPPORTS, Strength.STRONG)));
        assertEquals(List.of(""), row(matrix, rifles));
        assertEquals(new ClaimEvidenceMatrix.Tally(0, 0), matrix.tally(rifles));
    }

    /**
     * For any links among three claims and four items of evidence, a claim's tally counts each item linked to it
     * once, by the stance of its first link; and a cell is filled exactly when its pair was linked.
     */
    @Test
    void theTallyCountsEachLinkedItemOnceByItsFirstLinksStance() {
        PropertyCheck.forAll(300, draw -> {
            List<Claim> claims = List.of(claim("a"), claim("b"), claim("c"));
            List<Evidence> items = List.of(evidence("w"), evidence("x"), evidence("y"), evidence("z"));
            // Any of the twelve pairs, with either stance, any number of times: a pair may come twice.
            List<Link> links = draw.list(0, 20, 80, d -> link(d.oneOf(items), d.oneOf(claims),
                    d.oneOf(List.of(Stance.SUPPORTS, Stance.REFUTES)), Strength.MODERATE));
            draw.note(links.size() + " links");
            checkTally(claims, items, links);
        });
    }

    private static void checkTally(List<Claim> claims, List<Evidence> items, List<Link> links) {
        ClaimEvidenceMatrix matrix = ClaimEvidenceMatrix.of(claims, items, links);
        for (Claim claim : claims) {
            Set<UUID> seen = new HashSet<>();
            int supporting = 0;
            int refuting = 0;
            for (Link link : links) {
                if (link.claimId().equals(claim.id()) && seen.add(link.evidenceId())) {
                    if (link.stance() == Stance.SUPPORTS) {
                        supporting++;
                    } else {
                        refuting++;
                    }
                }
            }
            assertEquals(new ClaimEvidenceMatrix.Tally(supporting, refuting), matrix.tally(claim));
            for (Evidence item : items) {
                assertEquals(seen.contains(item.id()), matrix.link(claim, item).isPresent());
            }
        }
        assertTrue(matrix.claims().equals(claims) && matrix.evidence().equals(items), "rows and columns in order");
    }

    private static List<String> row(ClaimEvidenceMatrix matrix, Claim claim) {
        return matrix.evidence().stream()
                .map(e -> matrix.link(claim, e).map(ClaimEvidenceMatrix::cellText).orElse("")).toList();
    }

    private static Claim claim(String statement) {
        return new Claim(UUID.randomUUID(), statement, null, List.of(), ClaimStatus.ASSERTED, Likelihood.NOT_ASSESSED,
                Stamp.now("Ana"));
    }

    private static Evidence evidence(String description) {
        return new Evidence(UUID.randomUUID(), description, List.of(), Grade.parse("B2"), Stamp.now("Ana"));
    }

    private static Link link(Evidence evidence, Claim claim, Stance stance, Strength strength) {
        return new Link(UUID.randomUUID(), evidence.id(), claim.id(), stance, strength, Stamp.now("Ana"));
    }
}
