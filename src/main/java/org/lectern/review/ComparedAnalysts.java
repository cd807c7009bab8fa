package org.lectern.review;

import java.util.List;

/**
 * The two analysts the Review tab compares. By default the analyst at the keyboard against the colleague with
 * the most highlights ({@code analysts} comes as {@link Agreement#analysts} orders it: an analyst who has
 * highlighted nothing is not among them, so the two who did the work are compared). A pair the analyst chose
 * is kept as long as both still have a reading. Either side is null when there is no one for it.
 */
public record ComparedAnalysts(String first, String second) {

    public static ComparedAnalysts choose(List<String> analysts, String atKeyboard, String keptFirst,
                                          String keptSecond) {
        String first = keptFirst != null && analysts.contains(keptFirst) ? keptFirst
                : analysts.contains(atKeyboard) ? atKeyboard : analysts.stream().findFirst().orElse(null);
        String second = keptSecond != null && analysts.contains(keptSecond) && !keptSecond.equals(first) ? keptSecond
                : analysts.stream().filter(name -> !name.equals(first)).findFirst().orElse(null);
        return new ComparedAnalysts(first, second);
    }
}
