package org.lectern.properties;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The property harness itself: it passes what holds, and reports a failure shrunk and replayable. */
class PropertyCheckTest {
    /** Fails for any list holding a number of 500 or more; the simplest such list is [500]. */
    private static void noBigNumbers(Draw draw) {
        List<Integer> numbers = draw.list(0, 40, 90, d -> d.below(1000));
        draw.note("numbers " + numbers);
        if (numbers.stream().anyMatch(n -> n >= 500)) {
            throw new AssertionError("a big number");
        }
    }

    @Test
    void aPropertyThatHoldsForEveryCasePasses() {
        assertDoesNotThrow(() -> PropertyCheck.forAll(100, draw -> {
            int n = draw.below(10);
            if (n >= 10) {
                throw new AssertionError(n);
            }
        }));
    }

    @Test
    void aFailingCaseIsShrunkToTheSimplestOneThatStillFails() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> PropertyCheck.forAll(100, PropertyCheckTest::noBigNumbers));
        assertTrue(failure.getMessage().contains("numbers [500]\n"), failure.getMessage());
    }

    @Test
    void theReportedSeedReplaysTheFailingCaseFirst() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> PropertyCheck.forAll(100, PropertyCheckTest::noBigNumbers));
        Matcher seed = Pattern.compile("-D" + PropertyCheck.SEED_PROPERTY + "=(-?\\d+)").matcher(failure.getMessage());
        assertTrue(seed.find(), failure.getMessage());
        String before = System.setProperty(PropertyCheck.SEED_PROPERTY, seed.group(1));
        try {
            AssertionError replayed = assertThrows(AssertionError.class,
                    () -> PropertyCheck.forAll(100, PropertyCheckTest::noBigNumbers));
            assertTrue(replayed.getMessage().startsWith("Falsified on case 1 of 100"), replayed.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(PropertyCheck.SEED_PROPERTY);
            } else {
                System.setProperty(PropertyCheck.SEED_PROPERTY, before);
            }
        }
    }
}
