package org.lectern.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A statement made by an actor (the claimant), at one or more passages. */
public record Claim(UUID id, String statement, UUID claimantId, List<UUID> passageIds, ClaimStatus status,
                    Likelihood likelihood, Stamp stamp) implements ProjectRecord {
    public Claim {
        Objects.requireNonNull(id, "id");
        statement = statement == null ? "" : statement.strip();
        passageIds = passageIds == null ? List.of() : List.copyOf(passageIds);
        status = status == null ? ClaimStatus.ASSERTED : status;
        likelihood = likelihood == null ? Likelihood.NOT_ASSESSED : likelihood;
        Objects.requireNonNull(stamp, "stamp");
    }

    public Optional<UUID> claimant() {
        return Optional.ofNullable(claimantId);
    }

    public Claim edited(String newStatement, UUID newClaimantId, ClaimStatus newStatus, Likelihood newLikelihood) {
        return new Claim(id, newStatement, newClaimantId, passageIds, newStatus, newLikelihood, stamp.touched());
    }

    public Claim withPassages(List<UUID> newPassageIds) {
        return new Claim(id, statement, claimantId, newPassageIds, status, likelihood, stamp.touched());
    }

    @Override
    public String toString() {
        return statement.isEmpty() ? "(no statement yet)" : statement;
    }
}
