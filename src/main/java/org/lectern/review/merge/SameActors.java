package org.lectern.review.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lectern.model.Actor;

/**
 * Proposes which of a colleague's arriving actors may be one of mine: the same name, or an alias of one
 * matching a name or alias of the other, ignoring case and spacing. Two analysts reading the same article
 * make their own "Jonah Leff" and "J. Leff"; only the analyst can tell whether they are one person.
 */
final class SameActors {
    private final Map<String, List<Actor>> mineByName = new HashMap<>();

    SameActors(List<Actor> mine) {
        for (Actor actor : mine) {
            for (String name : namesOf(actor)) {
                mineByName.computeIfAbsent(name, k -> new ArrayList<>()).add(actor);
            }
        }
    }

    List<ActorProposal> proposeFor(List<Actor> arriving) {
        List<ActorProposal> proposals = new ArrayList<>();
        for (Actor theirs : arriving) {
            Set<Actor> matches = new LinkedHashSet<>();
            for (String name : namesOf(theirs)) {
                matches.addAll(mineByName.getOrDefault(name, List.of()));
            }
            for (Actor yours : matches) {
                proposals.add(new ActorProposal(yours, theirs));
            }
        }
        return proposals;
    }

    private static Set<String> namesOf(Actor actor) {
        Set<String> names = new LinkedHashSet<>();
        names.add(comparable(actor.name()));
        actor.aliases().forEach(alias -> names.add(comparable(alias)));
        names.remove("");
        return names;
    }

    private static String comparable(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
