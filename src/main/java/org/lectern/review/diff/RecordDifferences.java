package org.lectern.review.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectSnapshot;
import org.lectern.review.ReviewedProject;

/**
 * Where two analysts' claims and links differ. A claim of one is the same claim as one of the other when
 * their passages overlap (the most shared characters first, one to one); so is an item of evidence. For the
 * same claim, status, likelihood and claimant are compared; for the same evidence and claim, whether each
 * analyst linked them and how.
 */
public final class RecordDifferences {
    private RecordDifferences() {
    }

    public static List<RecordDifference> between(ProjectSnapshot project, String first, String second) {
        return between(ReviewedProject.of(project), first, second);
    }

    /** The same, read from a project held in memory: only the passages of claims and evidence are looked up. */
    public static List<RecordDifference> between(ReviewedProject project, String first, String second) {
        Function<UUID, Annotation> passages = id -> project.annotation(id).orElse(null);
        Map<UUID, String> actorNames = new HashMap<>();
        project.actors().forEach(a -> actorNames.put(a.id(), a.name()));
        List<Claim> firstClaims = byAuthor(project.claims(), first, c -> c.stamp().author());
        List<Claim> secondClaims = byAuthor(project.claims(), second, c -> c.stamp().author());
        Map<Claim, Claim> claims = match(firstClaims, secondClaims, Claim::passageIds, passages);
        Map<Evidence, Evidence> evidence = match(byAuthor(project.evidence(), first, e -> e.stamp().author()),
                byAuthor(project.evidence(), second, e -> e.stamp().author()), Evidence::passageIds, passages);

        List<RecordDifference> differences = new ArrayList<>();
        for (Claim claim : firstClaims) {
            Claim theirs = claims.get(claim);
            if (theirs == null) {
                differences.add(new RecordDifference("claim only in " + first, quoted(claim.statement()),
                        firstPassage(claim.passageIds())));
            } else {
                describeClaim(claim, theirs, first, second, actorNames).ifPresent(text -> differences.add(
                        new RecordDifference("claim differs", text, firstPassage(claim.passageIds()))));
            }
        }
        Set<Claim> matchedSecond = new HashSet<>(claims.values());
        for (Claim claim : secondClaims) {
            if (!matchedSecond.contains(claim)) {
                differences.add(new RecordDifference("claim only in " + second, quoted(claim.statement()),
                        firstPassage(claim.passageIds())));
            }
        }
        compareLinks(project, first, second, claims, evidence, differences);
        return differences;
    }

    private static void compareLinks(ReviewedProject project, String first, String second, Map<Claim, Claim> claims,
                                     Map<Evidence, Evidence> evidence, List<RecordDifference> differences) {
        Map<List<UUID>, Link> links = new HashMap<>();
        project.links().forEach(l -> links.put(List.of(l.evidenceId(), l.claimId()), l));
        for (Map.Entry<Evidence, Evidence> e : evidence.entrySet()) {
            for (Map.Entry<Claim, Claim> c : claims.entrySet()) {
                Link mine = authored(links.get(List.of(e.getKey().id(), c.getKey().id())), first);
                Link theirs = authored(links.get(List.of(e.getValue().id(), c.getValue().id())), second);
                if (mine == null && theirs == null) {
                    continue;
                }
                String what = quoted(e.getKey().description()) + " → " + quoted(c.getKey().statement());
                UUID passage = firstPassage(e.getKey().passageIds());
                if (theirs == null) {
                    differences.add(new RecordDifference("link only in " + first, what + ": " + how(mine), passage));
                } else if (mine == null) {
                    differences.add(new RecordDifference("link only in " + second, what + ": " + how(theirs),
                            passage));
                } else if (mine.stance() != theirs.stance() || mine.strength() != theirs.strength()) {
                    differences.add(new RecordDifference("link differs", what + ": " + how(mine) + " / "
                            + how(theirs), passage));
                }
            }
        }
    }

    /** "“X”: status asserted (Ana), disputed (Ben)": what differs, each analyst's value named. */
    private static Optional<String> describeClaim(Claim mine, Claim theirs, String first, String second,
                                                  Map<UUID, String> actorNames) {
        List<String> parts = new ArrayList<>();
        if (mine.status() != theirs.status()) {
            parts.add(both("status", mine.status().label(), first, theirs.status().label(), second));
        }
        if (mine.likelihood() != theirs.likelihood()) {
            parts.add(both("likelihood", mine.likelihood().label(), first, theirs.likelihood().label(), second));
        }
        String myClaimant = actorNames.getOrDefault(mine.claimantId(), "none");
        String theirClaimant = actorNames.getOrDefault(theirs.claimantId(), "none");
        if (!myClaimant.equalsIgnoreCase(theirClaimant)) {
            parts.add(both("claimant", myClaimant, first, theirClaimant, second));
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(quoted(mine.statement()) + ": " + String.join("; ", parts));
    }

    private static String both(String what, String firstValue, String first, String secondValue, String second) {
        return what + " " + firstValue + " (" + first + "), " + secondValue + " (" + second + ")";
    }

    /** One to one, the pair sharing the most characters of passage first. */
    private static <T> Map<T, T> match(List<T> firsts, List<T> seconds, Function<T, List<UUID>> passagesOf,
                                       Function<UUID, Annotation> passages) {
        List<Object[]> candidates = new ArrayList<>();
        for (T a : firsts) {
            for (T b : seconds) {
                int shared = shared(passagesOf.apply(a), passagesOf.apply(b), passages);
                if (shared > 0) {
                    candidates.add(new Object[] {a, b, shared});
                }
            }
        }
        candidates.sort(Comparator.comparingInt(c -> -(int) c[2]));
        Map<T, T> matched = new HashMap<>();
        Set<T> taken = new HashSet<>();
        for (Object[] candidate : candidates) {
            @SuppressWarnings("unchecked") T a = (T) candidate[0];
            @SuppressWarnings("unchecked") T b = (T) candidate[1];
            if (!matched.containsKey(a) && taken.add(b)) {
                matched.put(a, b);
            }
        }
        return matched;
    }

    private static int shared(List<UUID> first, List<UUID> second, Function<UUID, Annotation> passages) {
        int shared = 0;
        for (UUID a : first) {
            Annotation x = passages.apply(a);
            for (UUID b : second) {
                Annotation y = passages.apply(b);
                if (x != null && y != null && x.documentId().equals(y.documentId())) {
                    shared += Math.max(0, Math.min(x.passage().end(), y.passage().end())
                            - Math.max(x.passage().start(), y.passage().start()));
                }
            }
        }
        return shared;
    }

    private static Link authored(Link link, String author) {
        return link != null && link.stamp().author().equals(author) ? link : null;
    }

    private static String how(Link link) {
        return link.stance().label() + " (" + link.strength().label() + ")";
    }

    private static <T> List<T> byAuthor(List<T> records, String author, Function<T, String> authorOf) {
        return records.stream().filter(r -> Objects.equals(authorOf.apply(r), author)).toList();
    }

    private static UUID firstPassage(List<UUID> passageIds) {
        return passageIds.isEmpty() ? null : passageIds.get(0);
    }

    private static String quoted(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return "“" + (line.length() > 60 ? line.substring(0, 59) + "…" : line) + "”";
    }
}
