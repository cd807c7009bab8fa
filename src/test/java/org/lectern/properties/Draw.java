package org.lectern.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The choices one random case is made of. A property draws what it needs as it goes (so a position can be drawn
 * inside a text only known once Lectern has imported it), and every choice is recorded as a number. Replaying a
 * shorter list, or one with smaller numbers, gives a simpler case: that is how {@link PropertyCheck} shrinks a
 * failure. So every drawing method makes 0 its simplest choice: the first option, the shortest list, "no".
 */
public final class Draw {
    /** More choices than any case here needs: a replay that asks for more is not a simpler case. */
    private static final int MAX_CHOICES = 20_000;

    private final Random random;
    private final List<Integer> replay;
    private final List<Integer> made = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Draw(Random random, List<Integer> replay) {
        this.random = random;
        this.replay = replay;
    }

    static Draw random(Random random) {
        return new Draw(random, List.of());
    }

    /** The case these choices make; past their end every choice is the simplest. */
    static Draw replay(List<Integer> choices) {
        return new Draw(null, List.copyOf(choices));
    }

    /** A whole number from 0 to {@code bound - 1}. */
    public int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        int index = made.size();
        if (index >= MAX_CHOICES) {
            throw new TooManyChoices();
        }
        int value;
        if (index < replay.size()) {
            value = Math.min(replay.get(index), bound - 1);
        } else {
            value = random == null ? 0 : random.nextInt(bound);
        }
        made.add(value);
        return value;
    }

    public int between(int min, int max) {
        return min + below(max - min + 1);
    }

    /** True about {@code percent} times in a hundred; the simplest choice is false. */
    public boolean maybe(int percent) {
        return below(100) >= 100 - percent;
    }

    public <T> T oneOf(List<T> options) {
        return options.get(below(options.size()));
    }

    /**
     * A list of {@code min} to {@code max} elements. Each element past the first {@code min} is preceded by its
     * own "one more?" choice, so that shrinking can drop any one element without disturbing the others.
     */
    public <T> List<T> list(int min, int max, int morePercent, Function<Draw, T> element) {
        List<T> list = new ArrayList<>();
        while (list.size() < min) {
            list.add(element.apply(this));
        }
        while (list.size() < max && maybe(morePercent)) {
            list.add(element.apply(this));
        }
        return list;
    }

    /** One step of a case, taken through Lectern (and so able to fail). */
    @FunctionalInterface
    public interface Step {
        void take(Draw draw) throws Exception;
    }

    /** Takes {@code min} to {@code max} steps, each past the first {@code min} after its own "one more?" choice. */
    public void repeat(int min, int max, int morePercent, Step step) throws Exception {
        int taken = 0;
        while (taken < min || (taken < max && maybe(morePercent))) {
            step.take(this);
            taken++;
        }
    }

    /** Says what was drawn, in words, for the report of a failing case. */
    public void note(String what) {
        notes.add(what);
    }

    List<Integer> choices() {
        return List.copyOf(made);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** A replayed case that needs far more choices than cases do: not simpler, so not worth keeping. */
    static final class TooManyChoices extends RuntimeException {
        TooManyChoices() {
            super("the case needs more than " + MAX_CHOICES + " choices");
        }
    }
}
