package org.lectern.model;

/**
 * How likely a claim is, in the words of US Intelligence Community Directive 203 (with the
 * probability band each term stands for); {@link #NOT_ASSESSED} until the analyst says.
 */
public enum Likelihood implements Labelled {
    NOT_ASSESSED(""),
    ALMOST_NO_CHANCE("01–05%"),
    VERY_UNLIKELY("05–20%"),
    UNLIKELY("20–45%"),
    ROUGHLY_EVEN_CHANCE("45–55%"),
    LIKELY("55–80%"),
    VERY_LIKELY("80–95%"),
    ALMOST_CERTAIN("95–99%");

    private final String band;

    Likelihood(String band) {
        this.band = band;
    }

    public String band() {
        return band;
    }

    @Override
    public String toString() {
        return label();
    }
}
