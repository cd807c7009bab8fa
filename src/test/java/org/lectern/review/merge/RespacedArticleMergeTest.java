package org.lectern.review.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.text.TextNormalizer;

/**
 * A colleague whose Lectern stored the same text file tidied (runs of blank lines collapsed, spaces at line ends
 * stripped) while mine kept it as it came, or the other way round: their passages land on the same words.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RespacedArticleMergeTest {
    private static final String KEPT = "Walk 2 \u2014 notes  \n\nMap\n\n\n\n\nOur route\tcrossed the ford 🧭 at dawn.   \n"
            + "The cafe\u0301 owner said \"the bridge 𝔸 is gone\".\n";
    private static final String TIDIED = "Walk 2 \u2014 notes\n\nMap\n\nOur route\tcrossed the ford 🧭 at dawn.\n"
            + "The cafe\u0301 owner said \"the bridge 𝔸 is gone\".";

    private static List<String> quotesOf(MergePlan plan) {
        return plan.changes().stream().map(c -> c.after()).filter(Annotation.class::isInstance)
                .map(a -> ((Annotation) a).passage().quote()).toList();
    }

    private static void assertInPlace(MergePlan plan, Document mine) {
        plan.changes().stream().map(c -> c.after()).filter(Annotation.class::isInstance).map(Annotation.class::cast)
                .forEach(a -> {
                    assertEquals(mine.id(), a.documentId());
                    assertEquals(a.passage().quote(), mine.text().substring(a.passage().start(), a.passage().end()));
                });
    }

    @Test
    void a_colleagues_tidied_copy_brings_its_passages_onto_the_same_words_of_my_kept_copy() {
        assertEquals(TIDIED, TextNormalizer.tidy(KEPT));
        Project ada = Project.of("Ada");
        Document mine = ada.document("Walk 2", KEPT);
        Project ben = Project.of("Ben");
        Document theirs = ben.document("Walk 2", TIDIED);
        ben.annotate(theirs, "Map\n\nOur", "Place");
        ben.annotate(theirs, "Map", "Actor");
        ben.annotate(theirs, "dawn.", "Claim");
        ben.annotate(theirs, "the bridge 𝔸 is gone", "Evidence");

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());

        assertEquals(List.of(new DocumentPairing(theirs, mine, DocumentPairing.Match.REANCHORED)), plan.pairings());
        assertEquals(List.of(), plan.orphans());
        assertEquals(List.of("Map", "Map\n\n\n\n\nOur", "dawn.", "the bridge 𝔸 is gone"), quotesOf(plan));
        assertInPlace(plan, mine);
    }

    @Test
    void my_tidied_copy_takes_a_colleagues_passages_made_on_the_kept_text() {
        Project ada = Project.of("Ada");
        Document mine = ada.document("Walk 2", TIDIED);
        Project ben = Project.of("Ben");
        Document theirs = ben.document("Walk 2", KEPT);
        ben.annotate(theirs, "Map\n\n\n\n\nOur", "Place");
        ben.annotate(theirs, "notes  ", "Actor");

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());

        assertEquals(List.of(), plan.orphans());
        assertEquals(List.of("notes", "Map\n\nOur"), quotesOf(plan));
        assertInPlace(plan, mine);
    }
}
