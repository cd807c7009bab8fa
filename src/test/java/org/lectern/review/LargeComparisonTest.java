package org.lectern.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.review.ProjectBuilder.ANA;
import static org.lectern.review.ProjectBuilder.BEN;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stance;
import org.lectern.model.Tag;

/** Two analysts with 10,000 annotations each on a 1 MB article: every measure, well within a second. */
class LargeComparisonTest {
    static final int TEXT_LENGTH = 1_000_000;
    static final int ANNOTATIONS = 10_000;

    @Test
    void tenThousandAnnotationsEachOnAOneMegabyteArticleAreComparedWithEveryMeasure() {
        // How fast is for the benchmark (mvn -Pbenchmark -DskipTests verify), not for a test on a shared machine.
        ProjectSnapshot project = largeProject(new Random(10_000));
        AgreementReport report = Agreement.between(project, ANA, BEN);

        TagAgreement total = report.corpusTotal();
        assertEquals(ANNOTATIONS, total.spans().keys());
        assertEquals(ANNOTATIONS, total.spans().responses());
        assertTrue(total.spans().correct() > 0 && total.spans().partial() > 0, total.spans().toString());
        assertTrue(total.matchedPassages() > ANNOTATIONS / 2);
        assertTrue(report.grades().matchedEvidence() > 0);
        assertTrue(report.links().linkedByEither() > 0);
    }

    /**
     * Ben follows Ana: a third of his passages are hers exactly, a third shifted by a few chars, a third
     * elsewhere; one passage in ten also carries a graded item of evidence and one in ten a claim, and
     * each of Ana's and Ben's items of evidence is linked to the claim nearest after it.
     */
    static ProjectSnapshot largeProject(Random random) {
        ProjectBuilder project = new ProjectBuilder();
        Document document = project.document("Large", "abcdefghij".repeat(TEXT_LENGTH / 10));
        List<Tag> tags = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            tags.add(project.tag("Tag " + t));
        }
        for (String author : List.of(ANA, BEN)) {
            Random same = new Random(7);
            Evidence pending = null;
            for (int i = 0; i < ANNOTATIONS; i++) {
                int start = same.nextInt(TEXT_LENGTH - 200);
                int length = 5 + same.nextInt(80);
                Tag tag = tags.get(same.nextInt(tags.size()));
                if (author.equals(BEN)) {
                    int choice = random.nextInt(3);
                    if (choice == 1) {
                        start += random.nextInt(5);
                    } else if (choice == 2) {
                        start = random.nextInt(TEXT_LENGTH - 200);
                    }
                    if (random.nextInt(5) == 0) {
                        tag = tags.get(random.nextInt(tags.size()));
                    }
                }
                Annotation annotation = project.annotate(author, document, tag, start, start + length);
                if (i % 10 == 0) {
                    pending = project.evidence(author, Grade.parse("ABCDEF".charAt(same.nextInt(6)) + ""
                            + (1 + random.nextInt(6))), annotation);
                } else if (i % 10 == 5 && pending != null) {
                    Claim claim = project.claim(author, annotation);
                    project.link(author, pending, claim, random.nextInt(4) == 0 ? Stance.REFUTES : Stance.SUPPORTS);
                }
            }
        }
        return project.snapshot();
    }
}
