package org.lectern.review.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Passage;
import org.lectern.model.ProjectRecord;
import org.lectern.text.Passages;

/** A colleague whose copy of the article differs from mine, or who has an article I do not have at all. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangedArticleMergeTest {
    /** My copy, in which a typo of theirs ("Nothern") is corrected. */
    private static final String CORRECTED = Project.ARTICLE;
    private static final String WITH_TYPO = Project.ARTICLE.replaceFirst("Northern", "Nothern");

    private final Project ada = Project.of("Ada");
    private final Document adasArticle = ada.document("Border report", CORRECTED);
    private final Project ben = Project.of("Ben");
    private final Document bensArticle = ben.document("Border report", WITH_TYPO);

    @Test
    void a_small_edit_moves_the_passages_after_it_and_orphans_those_whose_words_changed() {
        Annotation before = ben.annotate(bensArticle, "Foreign Minister Jane Doe", "Actor");
        Annotation changed = ben.annotate(bensArticle, "the Nothern Alliance had withdrawn", "Claim");
        Annotation after = ben.annotate(bensArticle, "had withdrawn its troops", "Claim");
        Annotation later = ben.annotate(bensArticle, "denied that any troops had moved", "Claim");
        Claim claim = ben.claim("Troops withdrawn", null, changed, after);

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());

        assertEquals(List.of(new DocumentPairing(bensArticle, adasArticle, DocumentPairing.Match.REANCHORED)),
                plan.pairings());
        assertEquals(inMyCopy("Foreign Minister Jane Doe"), created(plan, before.id()).passage());
        assertEquals(inMyCopy("had withdrawn its troops"), created(plan, after.id()).passage());
        assertEquals(inMyCopy("denied that any troops had moved"), created(plan, later.id()).passage());
        assertEquals(1, created(plan, after.id()).passage().start() - after.passage().start(),
                "moved by the letter put back");
        assertEquals(List.of(new Orphan(changed, "“the Nothern Alliance had withdrawn” in “Border report” — the"
                + " passage is not in your copy of the article; claim “Troops withdrawn” comes in without it")),
                plan.orphans());
        assertEquals(List.of(after.id()), created(plan, Claim.class, claim.id()).passageIds(),
                "the claim keeps its other passage");
        assertTrue(plan.changes().stream().noneMatch(c -> c.after().id().equals(changed.id())));
    }

    @Test
    void bringing_in_a_changed_article_twice_adds_nothing_the_second_time_and_lists_the_same_orphans() {
        ben.annotate(bensArticle, "Nothern Alliance", "Actor");
        ben.annotate(bensArticle, "Coastal Institute", "Actor");
        ben.annotate(bensArticle, "Satellite images", "Evidence");

        MergePlan first = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());
        ada.apply(first.changes());
        MergePlan second = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());

        assertEquals(2, first.added(Annotation.class));
        assertEquals(List.of(), second.changes());
        assertEquals(first.orphans(), second.orphans());
    }

    @Test
    void a_short_quote_that_lost_all_its_context_is_not_put_somewhere_else() {
        String mine = "Alpha beta gamma. She declined it. Delta epsilon. Later they agreed, yes.";
        String theirs = "Alpha beta gamma. He said yes to it. Delta epsilon. Later they agreed.";
        Project carol = Project.of("Carol");
        Document myArticle = ada.document("Talks", mine);
        Document theirArticle = carol.document("Talks", theirs);
        carol.annotate(theirArticle, "Alpha beta gamma", "Actor");
        carol.annotate(theirArticle, "Delta epsilon", "Actor");
        Annotation yes = carol.annotate(theirArticle, "yes", "Claim");

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), carol.snapshot());

        assertEquals(myArticle, plan.pairings().get(0).target());
        assertEquals(List.of(new Orphan(yes, "“yes” in “Talks” — those words are in your copy of the article,"
                + " but not where they were")), plan.orphans());
        assertEquals(2, plan.added(Annotation.class));
    }

    @Test
    void an_article_i_do_not_have_is_added_with_their_annotations_unchanged() {
        Project carol = Project.of("Carol");
        Document other = carol.document("Harbour seizure", "The ministry said that no vessel had been held at Varno.");
        Annotation vessel = carol.annotate(other, "no vessel had been held", "Claim");

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), carol.snapshot());

        assertEquals(List.of(DocumentPairing.added(other)), plan.pairings());
        assertEquals("“Harbour seizure” is new to your project and is added", plan.pairings().get(0).describe());
        Annotation onMyTag = new Annotation(vessel.id(), other.id(), vessel.passage(), ada.tagNamed("Claim").id(), "",
                vessel.stamp());
        assertEquals(List.of(Change.created(other), Change.created(onMyTag)), plan.changes());
        MergePlan again = ColleagueMerge.plan(ada.apply(plan.changes()).snapshot(), carol.snapshot());
        assertEquals(List.of(), again.changes());
        assertEquals(DocumentPairing.Match.SAME_TEXT, again.pairings().get(0).match());
    }

    @Test
    void an_article_whose_quotes_mostly_do_not_stand_in_mine_is_added_rather_than_forced_onto_mine() {
        Project carol = Project.of("Carol");
        Document rewritten = carol.document("Border report, rewritten", "An entirely new story about the border:"
                + " the Northern Alliance held a parade while observers counted tanks.");
        carol.annotate(rewritten, "held a parade", "Claim");
        carol.annotate(rewritten, "observers counted tanks", "Evidence");
        carol.annotate(rewritten, "Northern Alliance", "Actor");

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), carol.snapshot());

        assertEquals(List.of(DocumentPairing.added(rewritten)), plan.pairings());
        assertEquals(List.of(), plan.orphans());
        assertEquals(4, plan.changes().size());
    }

    private static Annotation created(MergePlan plan, UUID id) {
        return created(plan, Annotation.class, id);
    }

    private static <T extends ProjectRecord> T created(MergePlan plan, Class<T> kind, UUID id) {
        return plan.changes().stream().map(Change::after).filter(r -> r.id().equals(id)).map(kind::cast)
                .findFirst().orElseThrow(() -> new AssertionError("not created: " + id));
    }

    /** Where a quote stands in my corrected copy, with its context there. */
    private static Passage inMyCopy(String quote) {
        int start = CORRECTED.indexOf(quote);
        return Passages.of(CORRECTED, start, start + quote.length());
    }
}
