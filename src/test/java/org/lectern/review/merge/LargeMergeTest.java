package org.lectern.review.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Stance;

/**
 * A colleague's 10,000 annotations on a 1 MB article all come in, and re-anchor after an edit. How long that
 * takes is measured by the benchmark, not asserted here.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LargeMergeTest {
    private static final int ANNOTATIONS = 10_000;

    @Test
    void ten_thousand_annotations_on_a_megabyte_article_come_in_whole_and_a_second_time_add_nothing() {
        String text = article(1_000_000);
        Project ada = Project.of("Ada");
        Document mine = ada.document("Long report", text);
        ada.annotate(mine, 0, 40, "Claim");
        Project ben = colleagueWithWork(text);

        // How fast is the benchmark's to say (mvn -Pbenchmark -DskipTests verify); here: that it is all there.
        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());
        assertEquals(ANNOTATIONS, plan.added(Annotation.class));

        ada.apply(plan.changes());
        MergePlan again = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());
        assertEquals(List.of(), again.changes());
    }

    @Test
    void ten_thousand_annotations_are_re_anchored_after_an_edit_near_the_start() {
        String text = article(1_000_000);
        Project ada = Project.of("Ada");
        ada.document("Long report", "Corrected: " + text);
        Project ben = colleagueWithWork(text);

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());

        assertEquals(DocumentPairing.Match.REANCHORED, plan.pairings().get(0).match());
        assertEquals(ANNOTATIONS, plan.added(Annotation.class) + plan.orphans().size());
        assertTrue(plan.orphans().size() < ANNOTATIONS / 100, plan.orphans().size() + " orphans");
    }

    /** Ben's project: the article, 10,000 annotations, and claims, evidence, links and actors citing them. */
    private static Project colleagueWithWork(String text) {
        Project ben = Project.of("Ben");
        Document article = ben.document("Long report", text);
        Random random = new Random(4);
        String[] tags = {"Actor", "Claim", "Evidence", "Place"};
        Annotation[] annotations = new Annotation[ANNOTATIONS];
        for (int i = 0; i < ANNOTATIONS; i++) {
            int start = random.nextInt(text.length() - 200);
            annotations[i] = ben.annotate(article, start, start + 10 + random.nextInt(120), tags[i % tags.length]);
        }
        for (int i = 0; i + 1 < ANNOTATIONS / 5; i += 2) {
            Claim claim = ben.claim("Claim " + i, null, annotations[i], annotations[i + 1]);
            Evidence evidence = ben.evidence("Evidence " + i, annotations[ANNOTATIONS / 2 + i]);
            ben.link(evidence, claim, Stance.SUPPORTS);
        }
        for (int i = 0; i < 500; i++) {
            ben.actor("Actor " + i, List.of("A" + i), annotations[ANNOTATIONS - 1 - i]);
        }
        return ben;
    }

    private static String article(int chars) {
        String[] words = ("the ministry said on Tuesday that convoy trucks crossed border at night while monitors"
                + " counted crates of rifles near harbour and spokesman denied every report from province").split(" ");
        Random random = new Random(7);
        StringBuilder out = new StringBuilder(chars + 100);
        while (out.length() < chars) {
            out.append(words[random.nextInt(words.length)]).append(random.nextInt(10) == 0 ? ".\n" : " ");
        }
        return out.toString().strip();
    }
}
