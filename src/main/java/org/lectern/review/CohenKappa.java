package org.lectern.review;

/**
 * Cohen's (1960) κ from a square contingency table: {@code table[i][j]} counts the units author A put
 * in category i and author B in category j. κ = (Po − Pe) / (1 − Pe), Po the share on the diagonal, Pe
 * the sum over categories of the product of the two authors' marginal shares.
 */
final class CohenKappa {
    /** Why κ is undefined when chance agreement is already total: 1 − Pe = 0. */
    static final String ONE_CATEGORY = "only one category used";

    private CohenKappa() {
    }

    /**
     * κ of the table. Undefined when there are no units ({@code whenEmpty} says why) and when chance agreement is
     * already total — both authors used one and the same category throughout, so κ = 0/0. NVivo shows 1 there;
     * Lectern shows that there is nothing to measure.
     */
    static Figure of(long[][] table, String whenEmpty) {
        int size = table.length;
        double total = 0;
        double diagonal = 0;
        double[] rows = new double[size];
        double[] columns = new double[size];
        for (int i = 0; i < size; i++) {
            if (table[i].length != size) {
                throw new IllegalArgumentException("A contingency table is square");
            }
            for (int j = 0; j < size; j++) {
                long count = table[i][j];
                total += count;
                rows[i] += count;
                columns[j] += count;
                if (i == j) {
                    diagonal += count;
                }
            }
        }
        if (total == 0) {
            return Figure.undefined(whenEmpty);
        }
        double observed = diagonal / total;
        double chance = 0;
        int categoriesUsed = 0;
        for (int i = 0; i < size; i++) {
            chance += (rows[i] / total) * (columns[i] / total);
            if (rows[i] + columns[i] > 0) {
                categoriesUsed++;
            }
        }
        if (categoriesUsed < 2) {
            return Figure.undefined(ONE_CATEGORY);
        }
        return Figure.of((observed - chance) / (1.0 - chance));
    }

    /** The share of units on the diagonal; undefined when there are none. */
    static Figure observedAgreement(long[][] table, String whenEmpty) {
        long total = 0;
        long diagonal = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                total += table[i][j];
                if (i == j) {
                    diagonal += table[i][j];
                }
            }
        }
        return Figure.ratio(diagonal, total, whenEmpty);
    }
}
