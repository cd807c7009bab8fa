package org.lectern.properties;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Checks a property on many random cases and, when one fails, shrinks it to a small case that still fails the same
 * way, in the manner of Hypothesis: the case is replayed from fewer or smaller {@link Draw} choices until no
 * simpler one fails. The report names the case's seed, so {@code -Dlectern.property.seed=SEED} replays it first.
 */
public final class PropertyCheck {
    /** Replays one case first: the seed a failure report names. */
    static final String SEED_PROPERTY = "lectern.property.seed";
    /** Checks every property on this many cases instead of its own number: more to search harder, fewer to hurry. */
    static final String TRIES_PROPERTY = "lectern.property.tries";
    /** Shrinking stops after this long or this many replays; what it has by then is reported. */
    private static final long SHRINK_MILLIS = 20_000;
    private static final int SHRINK_RUNS = 400;

    /** One property: it draws its case from {@code draw} and fails by throwing. */
    @FunctionalInterface
    public interface Property {
        void check(Draw draw) throws Exception;
    }

    private PropertyCheck() {
    }

    public static void forAll(int defaultTries, Property property) {
        int tries = Integer.getInteger(TRIES_PROPERTY, defaultTries);
        Long given = Long.getLong(SEED_PROPERTY);
        Random seeds = new Random(given != null ? given : new SecureRandom().nextLong());
        for (int attempt = 1; attempt <= tries; attempt++) {
            long seed = attempt == 1 && given != null ? given : seeds.nextLong();
            Draw draw = Draw.random(new Random(seed));
            Throwable failure = run(property, draw);
            if (failure != null) {
                Shrunk shrunk = shrink(property, new Case(draw.choices(), draw.notes(), failure));
                throw new AssertionError(report(attempt, tries, seed, shrunk), shrunk.smallest.failure);
            }
        }
    }

    private static Throwable run(Property property, Draw draw) {
        try {
            property.check(draw);
            return null;
        } catch (Draw.TooManyChoices e) {
            return null;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            return e;
        }
    }

    private record Case(List<Integer> choices, List<String> notes, Throwable failure) {
    }

    private record Shrunk(Case smallest, int steps, int replays) {
    }

    private static Shrunk shrink(Property property, Case failing) {
        Shrinking shrinking = new Shrinking(property, failing);
        boolean improved = true;
        while (improved && shrinking.hasTime()) {
            improved = shrinking.truncate();
            for (Pass pass : Pass.values()) {
                improved |= shrinking.apply(pass);
            }
            improved |= shrinking.minimise();
        }
        return new Shrunk(shrinking.best, shrinking.steps, shrinking.replays);
    }

    /** The search for a simpler failing case, within a budget of time and replays. */
    private static final class Shrinking {
        private final Property property;
        private final Class<?> failureKind;
        private final long deadline = System.currentTimeMillis() + SHRINK_MILLIS;
        private Case best;
        private int steps;
        private int replays;

        Shrinking(Property property, Case failing) {
            this.property = property;
            this.failureKind = failing.failure.getClass();
            this.best = failing;
        }

        boolean hasTime() {
            return replays < SHRINK_RUNS && System.currentTimeMillis() < deadline;
        }

        /** Keeps only the first part of the choices (the rest become the simplest): whole lists end early. */
        boolean truncate() {
            boolean improved = false;
            for (int eighths = 1; eighths < 8 && hasTime(); eighths++) {
                improved |= tryCandidate(best.choices.subList(0, best.choices.size() * eighths / 8));
            }
            return improved;
        }

        boolean apply(Pass pass) {
            boolean improved = false;
            for (int at = 0; at < best.choices.size() && hasTime(); ) {
                List<Integer> candidate = pass.apply(best.choices, at);
                if (candidate != null && tryCandidate(candidate)) {
                    improved = true; // stay here: the next chunk has moved into this place
                } else {
                    at += pass.stride();
                }
            }
            return improved;
        }

        /** Makes each choice as small as it can be with the case still failing, by halving the distance. */
        boolean minimise() {
            boolean improved = false;
            for (int at = 0; at < best.choices.size() && hasTime(); at++) {
                int value = best.choices.get(at);
                if (value == 0) {
                    continue;
                }
                if (tryValue(at, 0)) {
                    improved = true;
                    continue;
                }
                int passes = 0;
                int fails = value;
                while (fails - passes > 1 && at < best.choices.size() && hasTime()) {
                    int middle = (passes + fails) >>> 1;
                    if (tryValue(at, middle)) {
                        fails = middle;
                        improved = true;
                    } else {
                        passes = middle;
                    }
                }
            }
            return improved;
        }

        private boolean tryValue(int at, int value) {
            List<Integer> candidate = new ArrayList<>(best.choices);
            candidate.set(at, value);
            return tryCandidate(candidate);
        }

        private boolean tryCandidate(List<Integer> candidate) {
            if (!simpler(candidate, best.choices)) {
                return false;
            }
            Draw replay = Draw.replay(candidate);
            Throwable failure = run(property, replay);
            replays++;
            if (failure != null && failure.getClass() == failureKind && simpler(replay.choices(), best.choices)) {
                best = new Case(replay.choices(), replay.notes(), failure);
                steps++;
                return true;
            }
            return false;
        }
    }

    /** Fewer choices, or as many but smaller at the first place they differ: a simpler case. */
    private static boolean simpler(List<Integer> a, List<Integer> b) {
        if (a.size() != b.size()) {
            return a.size() < b.size();
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return a.get(i) < b.get(i);
            }
        }
        return false;
    }

    /**
     * The chunks of choices dropped along the list, each size tried at every place: big ones first (at steps of
     * their own size, so that a long case costs few replays), then small ones.
     */
    private enum Pass {
        DROP_64(64), DROP_16(16), DROP_4(4), DROP_2(2), DROP_1(1);

        private final int dropped;

        Pass(int dropped) {
            this.dropped = dropped;
        }

        int stride() {
            return dropped >= 16 ? dropped : 1;
        }

        List<Integer> apply(List<Integer> choices, int at) {
            if (at + dropped > choices.size()) {
                return null;
            }
            List<Integer> shorter = new ArrayList<>(choices);
            shorter.subList(at, at + dropped).clear();
            return shorter;
        }
    }

    private static String report(int attempt, int tries, long seed, Shrunk shrunk) {
        StringBuilder report = new StringBuilder();
        report.append("Falsified on case ").append(attempt).append(" of ").append(tries).append(" (seed ").append(seed)
                .append("; -D").append(SEED_PROPERTY).append('=').append(seed).append(" replays it first), shrunk in ")
                .append(shrunk.steps).append(" steps (").append(shrunk.replays).append(" replays) to:\n");
        for (String note : shrunk.smallest.notes) {
            report.append("  ").append(note).append('\n');
        }
        report.append("which fails with: ").append(shrunk.smallest.failure);
        return report.toString();
    }
}
