package org.lectern.review.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Verdict;

/** A colleague's project recorded under the analysts the reviewer chose for its authors' names. */
class ColleagueAuthorsTest {
    private static final Instant WHEN = Instant.parse("2024-05-02T10:00:00Z");

    @Test
    void everyRecordOfBenStandsUnderBenOkaforWithAllElseKept() {
        Project ben = Project.of("ben");
        Document article = ben.document("Border report", Project.ARTICLE);
        Annotation minister = ben.annotate(article, "Foreign Minister Jane Doe", "Actor");
        Annotation denial = ben.annotate(article, "denied that any troops had moved", "Claim");
        Annotation images = ben.annotate(article, "Satellite images", "Evidence");
        Actor jane = ben.actor("Jane Doe", List.of(), minister);
        Claim claim = ben.claim("No troops moved", jane, denial);
        Evidence evidence = ben.evidence("Satellite images", images);
        ben.link(evidence, claim, Stance.REFUTES);
        ProjectSnapshot plain = ben.snapshot();
        // His review of someone's highlight, with a comment thread, as a bundle sent back to him would hold.
        ReviewComment comment = new ReviewComment(UUID.randomUUID(), denial.id(), null, "Who said this?", false,
                new Stamp("ben", WHEN, WHEN));
        ReviewDecision decision = new ReviewDecision(UUID.randomUUID(), images.id(), Verdict.REJECTED, null,
                "Not his reading", new Stamp("carol", WHEN, WHEN));
        ProjectSnapshot theirs = new ProjectSnapshot(plain.documents(), plain.tags(), plain.annotations(),
                plain.actors(), plain.claims(), plain.evidence(), plain.links(), List.of(
                        new Author(UUID.randomUUID(), "ben"), new Author(UUID.randomUUID(), "Ben Okafor"),
                        new Author(UUID.randomUUID(), "carol")), List.of(comment), List.of(decision));
        Map<String, String> chosen = Map.of("ben", "Ben Okafor");

        ProjectSnapshot recorded = ColleagueAuthors.recordedAs(theirs, chosen::get);

        assertEquals(List.of("Ben Okafor"), recorded.documents().stream().map(d -> d.stamp().author()).toList());
        assertEquals(List.of("Ben Okafor", "Ben Okafor", "Ben Okafor"),
                recorded.annotations().stream().map(a -> a.stamp().author()).toList());
        assertEquals("Ben Okafor", recorded.actors().get(0).stamp().author());
        assertEquals("Ben Okafor", recorded.claims().get(0).stamp().author());
        assertEquals("Ben Okafor", recorded.evidence().get(0).stamp().author());
        assertEquals("Ben Okafor", recorded.links().get(0).stamp().author());
        assertEquals(new ReviewComment(comment.id(), denial.id(), null, "Who said this?", false,
                new Stamp("Ben Okafor", WHEN, WHEN)), recorded.comments().get(0));
        assertEquals(decision, recorded.decisions().get(0), "carol is kept as she is");
        assertEquals(List.of("Ben Okafor", "carol"), recorded.authors().stream().map(Author::name).toList(),
                "ben and Ben Okafor are one analyst");
        for (int i = 0; i < theirs.annotations().size(); i++) {
            Annotation before = theirs.annotations().get(i);
            Annotation after = recorded.annotations().get(i);
            assertEquals(new Annotation(before.id(), before.documentId(), before.passage(), before.tagId(),
                    before.note(), new Stamp("Ben Okafor", before.stamp().created(), before.stamp().modified())),
                    after, "the same highlight, made at the same time");
        }
        assertEquals(theirs.tags(), recorded.tags());
    }

    @Test
    void namesNobodyMappedAreKeptAndTheProjectIsTheSame() {
        Project ben = Project.of("Ben");
        Document article = ben.document("Border report", Project.ARTICLE);
        ben.annotate(article, "Satellite images", "Evidence");
        ProjectSnapshot theirs = ben.snapshot();

        assertEquals(theirs, ColleagueAuthors.recordedAs(theirs, name -> null));
    }
}
