package org.lectern.review;

/**
 * Cohen's (1960) κ from a square contingency table: {@code table[i][j]} counts the units author A put
 * in category i and author B in category j. κ = (Po − Pe) / (1 − Pe), Po the share on the diagonal, Pe
 * the sum over categories of the product of the two authors' marginal shares.
 */
final class CohenKappa {
    private CohenKappa() {
    }

    /**
     * κ of the table; 1 when chance agreement is already total (both authors used one and the same
     * category throughout, or there are no units): NVivo's convention, since the authors never differ.
     */
    static double of(long[][] table) {
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
            return 1.0;
        }
        double observed = diagonal / total;
        double chance = 0;
        for (int i = 0; i < size; i++) {
            chance += (rows[i] / total) * (columns[i] / total);
        }
        if (chance >= 1.0) {
            return 1.0;
        }
        return (observed - chance) / (1.0 - chance);
    }

    static double observedAgreement(long[][] table) {
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
        return total == 0 ? 1.0 : (double) diagonal / total;
    }
}
