package org.lectern.model;

/** The Admiralty (NATO) grade of a source's reliability, A to F, judged apart from the information. */
public enum SourceReliability {
    A("completely reliable"),
    B("usually reliable"),
    C("fairly reliable"),
    D("not usually reliable"),
    E("unreliable"),
    F("reliability cannot be judged");

    private final String meaning;

    SourceReliability(String meaning) {
        this.meaning = meaning;
    }

    public String code() {
        return name();
    }

    public String meaning() {
        return meaning;
    }

    @Override
    public String toString() {
        return name() + " — " + meaning;
    }
}
