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
final class PropertyCheck {
    /** Replays one case first: the seed a failure report names. */
    static final String SEED_PROPERTY = "lectern.property.seed";
    /** Shrinking stops after this long or this many replays; what it has by then is reported. */
    private static final long SHRINK_MILLIS = 25_000;
    private static final int SHRINK_RUNS = 400;

    /** One property: it draws its case from {@code draw} and fails by throwing. */
    @FunctionalInterface
    interface Property {
        void check(Draw draw) throws Exception;
    }

    private PropertyCheck() {
    }

    static void forAll(int tries, Property property) {
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
        long deadline = System.currentTimeMillis() + SHRINK_MILLIS;
        Case best = failing;
        int steps = 0;
        int replays = 0;
        boolean improved = true;
        while (improved) {
            improved = false;
            for (Pass pass : Pass.values()) {
                for (int at = 0; at < best.choices.size(); ) {
                    if (replays >= SHRINK_RUNS || System.currentTimeMillis() > deadline) {
                        return new Shrunk(best, steps, replays);
                    }
                    List<Integer> candidate = pass.apply(best.choices, at);
                    if (candidate == null || !simpler(candidate, best.choices)) {
                        at++;
                        continue;
                    }
                    Draw replay = Draw.replay(candidate);
                    Throwable failure = run(property, replay);
                    replays++;
                    if (failure != null && failure.getClass() == failing.failure.getClass()
                            && simpler(replay.choices(), best.choices)) {
                        best = new Case(replay.choices(), replay.notes(), failure);
                        steps++;
                        improved = true;
                        // Stay at the same place: the next chunk has moved into it.
                    } else {
                        at++;
                    }
                }
            }
        }
        return new Shrunk(best, steps, replays);
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

    /** The ways a list of choices is made simpler, each tried at every place. */
    private enum Pass {
        DROP_EIGHT, DROP_FOUR, DROP_TWO, DROP_ONE, ZERO, HALVE, DECREMENT;

        List<Integer> apply(List<Integer> choices, int at) {
            List<Integer> changed = new ArrayList<>(choices);
            switch (this) {
                case DROP_EIGHT -> {
                    return drop(changed, at, 8);
                }
                case DROP_FOUR -> {
                    return drop(changed, at, 4);
                }
                case DROP_TWO -> {
                    return drop(changed, at, 2);
                }
                case DROP_ONE -> {
                    return drop(changed, at, 1);
                }
                case ZERO -> changed.set(at, 0);
                case HALVE -> changed.set(at, choices.get(at) / 2);
                case DECREMENT -> changed.set(at, Math.max(0, choices.get(at) - 1));
                default -> throw new IllegalStateException();
            }
            return changed;
        }

        private static List<Integer> drop(List<Integer> choices, int at, int count) {
            if (at + count > choices.size()) {
                return null;
            }
            choices.subList(at, at + count).clear();
            return choices;
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
