package org.lectern.review.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Likelihood;
import org.lectern.model.Link;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.text.Passages;

/** Where Ana's and Ben's claims and links differ, on the same passages. */
class RecordDifferencesTest {
    private static final String TEXT = "The minister said the convoy left on Monday. Satellite images show trucks.";
    private static final Document DOCUMENT = new Document(UUID.randomUUID(), "Convoy", DocumentMetadata.EMPTY, TEXT,
            Stamp.now("Ana"));
    private static final UUID TAG = UUID.randomUUID();

    @Test
    void sameClaimsAndLinksHaveNoDifferences() {
        Reading ana = new Reading("Ana", ClaimStatus.ASSERTED, Stance.SUPPORTS);
        Reading ben = new Reading("Ben", ClaimStatus.ASSERTED, Stance.SUPPORTS);
        assertEquals(List.of(), RecordDifferences.between(project(ana, ben), "Ana", "Ben"));
    }

    @Test
    void aClaimWithAnotherStatusAndALinkWithAnotherStanceAreListed() {
        Reading ana = new Reading("Ana", ClaimStatus.ASSERTED, Stance.SUPPORTS);
        Reading ben = new Reading("Ben", ClaimStatus.DISPUTED, Stance.REFUTES);

        List<RecordDifference> differences = RecordDifferences.between(project(ana, ben), "Ana", "Ben");

        assertEquals(List.of("claim differs", "link differs"), differences.stream().map(RecordDifference::kind).toList());
        assertEquals("“the convoy left on Monday”: status asserted (Ana), disputed (Ben)",
                differences.get(0).description());
        assertEquals("“Satellite images show trucks” → “the convoy left on Monday”: supports (moderate) /"
                + " refutes (moderate)", differences.get(1).description());
    }

    @Test
    void aClaimOnlyOneAnalystMadeIsListed() {
        Reading ana = new Reading("Ana", ClaimStatus.ASSERTED, Stance.SUPPORTS);
        ProjectSnapshot project = new ProjectSnapshot(List.of(DOCUMENT), List.of(), ana.passages(), List.of(),
                List.of(ana.claim), List.of(ana.evidence), List.of(ana.link), List.of());
        assertEquals(List.of("claim only in Ana"), RecordDifferences.between(project, "Ana", "Ben").stream()
                .map(RecordDifference::kind).toList());
    }

    private static ProjectSnapshot project(Reading a, Reading b) {
        List<Annotation> passages = new java.util.ArrayList<>(a.passages());
        passages.addAll(b.passages());
        return new ProjectSnapshot(List.of(DOCUMENT), List.of(), passages, List.of(), List.of(a.claim, b.claim),
                List.of(a.evidence, b.evidence), List.of(a.link, b.link), List.of());
    }

    /** One analyst's claim on "the convoy left on Monday", evidence on the images, and a link between them. */
    private static final class Reading {
        final Annotation claimPassage;
        final Annotation evidencePassage;
        final Claim claim;
        final Evidence evidence;
        final Link link;

        Reading(String author, ClaimStatus status, Stance stance) {
            claimPassage = at("the convoy left on Monday", author);
            evidencePassage = at("Satellite images show trucks", author);
            claim = new Claim(UUID.randomUUID(), "the convoy left on Monday", null, List.of(claimPassage.id()), status,
                    Likelihood.NOT_ASSESSED, Stamp.now(author));
            evidence = new Evidence(UUID.randomUUID(), "Satellite images show trucks", List.of(evidencePassage.id()),
                    Grade.parse("B2"), Stamp.now(author));
            link = new Link(UUID.randomUUID(), evidence.id(), claim.id(), stance, Strength.MODERATE, Stamp.now(author));
        }

        List<Annotation> passages() {
            return List.of(claimPassage, evidencePassage);
        }

        private static Annotation at(String quote, String author) {
            int start = TEXT.indexOf(quote);
            return new Annotation(UUID.randomUUID(), DOCUMENT.id(), Passages.of(TEXT, start, start + quote.length()),
                    TAG, "", Stamp.now(author));
        }
    }
}
