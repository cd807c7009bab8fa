package org.lectern.service;

import java.util.Map;

/** Colours for the Actor, Claim and Evidence tags when a project lacks them and Lectern has to add them. */
final class RoleColors {
    private static final Map<String, String> BY_NAME = Map.of(
            Edits.ACTOR_TAG.toLowerCase(), "#4e79a7",
            Edits.CLAIM_TAG.toLowerCase(), "#f28e2b",
            Edits.EVIDENCE_TAG.toLowerCase(), "#59a14f");

    private RoleColors() {
    }

    static String of(String tagName) {
        return BY_NAME.getOrDefault(tagName.toLowerCase(), "#9c9c9c");
    }
}
