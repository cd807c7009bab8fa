package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.lectern.properties.PropertyCheck;

/**
 * The window's list of the shown document's highlights: whatever is done to it, what its listeners are told, played
 * on a copy, gives the list itself (the highlight table, the layer legend and the status line each follow it so),
 * and the list holds what a plain list given the same edits holds.
 */
class SwappableListPropertyTest {

    @Test
    void listenersFollowingTheChangesAlwaysHoldWhatTheListHolds() {
        PropertyCheck.forAll(300, draw -> {
            SwappableList<Integer> list = new SwappableList<>();
            List<Integer> plain = new ArrayList<>();
            List<Integer> followed = new ArrayList<>();
            int[] changesTold = {0};
            list.addListener((ListChangeListener<Integer>) change -> {
                changesTold[0]++;
                replay(change, followed);
            });
            draw.repeat(1, 30, 85, step -> {
                int told = changesTold[0];
                int operation = step.below(6);
                switch (operation) {
                    case 0 -> {
                        List<Integer> replacement = step.list(0, 12, 80, d -> d.below(50));
                        step.note("setAll " + replacement);
                        boolean changed = list.setAll(replacement);
                        assertEquals(!(plain.isEmpty() && replacement.isEmpty()), changed, "setAll's answer");
                        plain.clear();
                        plain.addAll(replacement);
                    }
                    case 1 -> {
                        int at = step.below(plain.size() + 1);
                        int value = step.below(50);
                        step.note("add " + value + " at " + at);
                        list.add(at, value);
                        plain.add(at, value);
                    }
                    case 2 -> {
                        if (plain.isEmpty()) {
                            return;
                        }
                        int at = step.below(plain.size());
                        step.note("remove at " + at);
                        assertEquals(plain.remove(at), list.remove(at));
                    }
                    case 3 -> {
                        if (plain.isEmpty()) {
                            return;
                        }
                        int at = step.below(plain.size());
                        int value = step.below(50);
                        step.note("set " + value + " at " + at);
                        assertEquals(plain.set(at, value), list.set(at, value));
                    }
                    case 4 -> {
                        step.note("clear");
                        list.clear();
                        plain.clear();
                    }
                    default -> {
                        List<Integer> more = step.list(0, 5, 70, d -> d.below(50));
                        step.note("addAll " + more);
                        list.addAll(more);
                        plain.addAll(more);
                    }
                }
                assertEquals(plain, list, "the list holds what a plain list given the same edits holds");
                assertEquals(plain, followed, "a listener replaying every change holds what the list holds");
                assertArrayEquals(plain.toArray(), list.toArray());
                assertArrayEquals(plain.toArray(new Integer[0]), list.toArray(new Integer[0]));
                List<Integer> walked = new ArrayList<>();
                list.forEach(walked::add);
                assertEquals(plain, walked);
                if (operation == 0 || operation == 4) {
                    assertEquals(told + (changesTold[0] > told ? 1 : 0), changesTold[0],
                            "a whole replacement is told as one change");
                }
            });
        });
    }

    @Test
    void aWalkBegunBeforeTheContentsAreSwappedStopsRatherThanReadingTheNewOnes() {
        SwappableList<String> list = new SwappableList<>();
        list.setAll(List.of("a", "b", "c"));
        Iterator<String> walk = list.iterator();
        walk.next();
        list.setAll(List.of("x", "y", "z"));
        assertThrows(ConcurrentModificationException.class, walk::next);
    }

    /** Plays one change notice on {@code copy}, as a table or a counter following the list would. */
    private static void replay(ListChangeListener.Change<? extends Integer> change, List<Integer> copy) {
        while (change.next()) {
            if (change.wasPermutated()) {
                List<Integer> before = new ArrayList<>(copy);
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    copy.set(change.getPermutation(i), before.get(i));
                }
            } else {
                assertEquals(copy.subList(change.getFrom(), change.getFrom() + change.getRemovedSize()),
                        change.getRemoved(), "what a change says was removed is what the list held there");
                for (int i = 0; i < change.getRemovedSize(); i++) {
                    copy.remove(change.getFrom());
                }
                copy.addAll(change.getFrom(), change.getAddedSubList());
            }
        }
    }
}
