package org.lectern.review.merge;

import java.util.List;

/** Lists in running text: "a", "a and b", "a, b and c". */
final class Words {
    private Words() {
    }

    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
