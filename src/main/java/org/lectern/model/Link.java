package org.lectern.model;

import java.util.Objects;
import java.util.UUID;

/** Evidence bearing on a claim: supports or refutes it, with a strength. */
public record Link(UUID id, UUID evidenceId, UUID claimId, Stance stance, Strength strength, Stamp stamp)
        implements ProjectRecord {
    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(evidenceId, "evidenceId");
        Objects.requireNonNull(claimId, "claimId");
        stance = stance == null ? Stance.SUPPORTS : stance;
        strength = strength == null ? Strength.MODERATE : strength;
        Objects.requireNonNull(stamp, "stamp");
    }

    public Link edited(Stance newStance, Strength newStrength) {
        return new Link(id, evidenceId, claimId, newStance, newStrength, stamp.touched());
    }
}
