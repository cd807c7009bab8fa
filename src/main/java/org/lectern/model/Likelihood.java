package org.lectern.model;

/**
 * How likely a claim is, in the words of US Intelligence Community Directive 203 (with the
 * probability band each term stands for); {@link #NOT_ASSESSED} until the analyst says.
 */
public enum Likelihood {
    NOT_ASSESSED("not assessed", ""),
    ALMOST_NO_CHANCE("almost no chance", "01–05%"),
    VERY_UNLIKELY("very unlikely", "05–20%"),
    UNLIKELY("unlikely", "20–45%"),
    ROUGHLY_EVEN_CHANCE("roughly even chance", "45–55%"),
    LIKELY("likely", "55–80%"),
    VERY_LIKELY("very likely", "80–95%"),
    ALMOST_CERTAIN("almost certain", "95–99%");

    private final String label;
    private final String band;

    Likelihood(String label, String band) {
        this.label = label;
        this.band = band;
    }

    public String label() {
        return label;
    }

    public String band() {
        return band;
    }

    @Override
    public String toString() {
        return label;
    }
}
