package org.lectern.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows a table of figures where some are undefined: each "–" carries the number of a note that says why,
 * "– [1]", and each reason is one note however often it occurs. Used by the command line, the Review tab and the
 * reports alike, so an undefined figure reads the same everywhere.
 */
public final class UndefinedNotes {
    private final List<String> reasons = new ArrayList<>();

    /** The figure with {@code decimals} digits, or "– [n]" with the number of its reason's note. */
    public String show(Figure figure, int decimals) {
        if (figure.defined()) {
            return figure.shown(decimals);
        }
        int index = reasons.indexOf(figure.undefinedBecause());
        if (index < 0) {
            reasons.add(figure.undefinedBecause());
            index = reasons.size() - 1;
        }
        return Figure.UNDEFINED + " [" + (index + 1) + "]";
    }

    /** One line per reason, in the order of first use: "[1] no matched passages". */
    public List<String> notes() {
        List<String> notes = new ArrayList<>(reasons.size());
        for (int i = 0; i < reasons.size(); i++) {
            notes.add("[" + (i + 1) + "] " + reasons.get(i));
        }
        return notes;
    }
}
