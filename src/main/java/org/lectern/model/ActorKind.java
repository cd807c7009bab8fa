package org.lectern.model;

/** What an actor is. */
public enum ActorKind implements Labelled {
    PERSON, ORGANISATION, STATE, GROUP, OTHER;

    @Override
    public String toString() {
        return label();
    }
}
