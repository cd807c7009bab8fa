package org.lectern.model;

/** What an actor is. */
public enum ActorKind {
    PERSON("person"),
    ORGANISATION("organisation"),
    STATE("state"),
    GROUP("group"),
    OTHER("other");

    private final String label;

    ActorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
