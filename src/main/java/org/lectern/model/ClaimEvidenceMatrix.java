package org.lectern.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The claim × evidence matrix, in the spirit of Heuer's Analysis of Competing Hypotheses: a row per claim, a
 * column per item of evidence (both in the project's order), and in a cell the link between the two, if any. The
 * window's matrix and every report read it from here, so they agree cell for cell.
 */
public final class ClaimEvidenceMatrix {
    private static final String MINUS = "\u2212";

    private final List<Claim> claims;
    private final List<Evidence> evidence;
    private final Map<UUID, Map<UUID, Link>> linksByClaim = new HashMap<>();

    private ClaimEvidenceMatrix(List<Claim> claims, List<Evidence> evidence, List<Link> links) {
        this.claims = List.copyOf(claims);
        this.evidence = List.copyOf(evidence);
        for (Link link : links) {
            // Should a claim and an item of evidence be linked twice (brought in from two colleagues, say), the
            // first link stands in the cell, as it does in the claim's list of evidence.
            linksByClaim.computeIfAbsent(link.claimId(), id -> new HashMap<>()).putIfAbsent(link.evidenceId(), link);
        }
    }

    public static ClaimEvidenceMatrix of(List<Claim> claims, List<Evidence> evidence, List<Link> links) {
        return new ClaimEvidenceMatrix(claims, evidence, links);
    }

    public List<Claim> claims() {
        return claims;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    /** The link in the cell of {@code claim}'s row and {@code item}'s column, if they are linked. */
    public Optional<Link> link(Claim claim, Evidence item) {
        return Optional.ofNullable(linksByClaim.getOrDefault(claim.id(), Map.of()).get(item.id()));
    }

    /** How many items of evidence in the matrix support {@code claim}, and how many refute it. */
    public Tally tally(Claim claim) {
        int supporting = 0;
        int refuting = 0;
        for (Evidence item : evidence) {
            Optional<Link> link = link(claim, item);
            if (link.isPresent()) {
                if (link.get().stance() == Stance.SUPPORTS) {
                    supporting++;
                } else {
                    refuting++;
                }
            }
        }
        return new Tally(supporting, refuting);
    }

    /** "+" for evidence that supports, "−" (a minus sign) for evidence that refutes. */
    public static String sign(Stance stance) {
        return stance == Stance.SUPPORTS ? "+" : MINUS;
    }

    /** What a cell reads: "+ strong", "− weak". */
    public static String cellText(Link link) {
        return sign(link.stance()) + " " + link.strength().label();
    }

    /** A claim's evidence counted by stance. */
    public record Tally(int supporting, int refuting) {
        /** "2 for · 1 against", or "none" when no evidence bears on the claim. */
        public String text() {
            return supporting == 0 && refuting == 0 ? "none" : supporting + " for · " + refuting + " against";
        }
    }
}
