package org.lectern.review.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.model.Actor;
import org.lectern.model.Document;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ActorProposalTest {
    private final Project ada = Project.of("Ada");
    private final Document adasArticle = ada.document("Border report", Project.ARTICLE);
    private final Project ben = Project.of("Ben");

    {
        ben.document("Border report", Project.ARTICLE);
    }

    @Test
    void an_actor_of_theirs_with_my_actors_name_in_another_case_is_proposed_and_still_comes_in() {
        Actor mine = ada.actor("Jane Doe", List.of());
        Actor theirs = ben.actor("JANE DOE", List.of());

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());

        assertEquals(List.of(new ActorProposal(mine, theirs)), plan.actorProposals());
        assertEquals(1, plan.added(Actor.class), "proposed, not merged");
    }

    @Test
    void an_alias_of_either_matching_a_name_or_alias_of_the_other_is_proposed() {
        Actor jonah = ada.actor("Jonah Leff", List.of());
        Actor institute = ada.actor("Coastal Institute", List.of("CI"));
        Actor leff = ben.actor("J. Leff", List.of("Jonah  Leff"));
        Actor coastal = ben.actor("The Coastal Institute", List.of("ci"));
        ben.actor("Jane Doe", List.of("Foreign Minister"));

        MergePlan plan = ColleagueMerge.plan(ada.snapshot(), ben.snapshot());

        assertEquals(List.of(new ActorProposal(jonah, leff), new ActorProposal(institute, coastal)),
                plan.actorProposals());
    }

    @Test
    void an_actor_we_share_is_not_proposed_and_a_second_bring_in_proposes_nothing_new() {
        ada.actor("Jane Doe", List.of(), ada.annotate(adasArticle, "Jane Doe", "Actor"));
        Project bensCopy = ada.copyFor("Ben");
        bensCopy.actor("Northern Alliance", List.of());

        MergePlan first = ColleagueMerge.plan(ada.snapshot(), bensCopy.snapshot());
        MergePlan second = ColleagueMerge.plan(ada.apply(first.changes()).snapshot(), bensCopy.snapshot());

        assertEquals(List.of(), first.actorProposals());
        assertEquals(List.of(), second.actorProposals());
    }
}
