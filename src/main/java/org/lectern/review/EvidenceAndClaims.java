package org.lectern.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Evidence;
import org.lectern.model.Link;

/**
 * Matches A's evidence and claims with B's by overlapping passages ({@link RecordMatching}) and measures
 * agreement on the grades of matched evidence and on the links between matched records.
 */
final class EvidenceAndClaims {
    static final String NO_MATCHED_EVIDENCE = "no matched evidence";

    private final List<Evidence> evidenceOfA;
    private final List<Evidence> evidenceOfB;
    private final int[] evidencePartner;
    private final List<Claim> claimsOfA;
    private final List<Claim> claimsOfB;
    private final int[] claimPartner;

    /** @param readings an annotation by its id, or null when it is not someone's own reading */
    EvidenceAndClaims(List<Evidence> evidence, List<Claim> claims, String authorA, String authorB,
                      Function<UUID, Annotation> readings) {
        evidenceOfA = evidence.stream().filter(e -> e.stamp().author().equals(authorA)).toList();
        evidenceOfB = evidence.stream().filter(e -> e.stamp().author().equals(authorB)).toList();
        evidencePartner = RecordMatching.match(evidenceOfA.stream().map(Evidence::passageIds).toList(),
                evidenceOfB.stream().map(Evidence::passageIds).toList(), readings);
        claimsOfA = claims.stream().filter(c -> c.stamp().author().equals(authorA)).toList();
        claimsOfB = claims.stream().filter(c -> c.stamp().author().equals(authorB)).toList();
        claimPartner = RecordMatching.match(claimsOfA.stream().map(Claim::passageIds).toList(),
                claimsOfB.stream().map(Claim::passageIds).toList(), readings);
    }

    GradeAgreement grades() {
        List<Integer[]> reliability = new ArrayList<>();
        List<Integer[]> credibility = new ArrayList<>();
        long same = 0;
        for (int a = 0; a < evidencePartner.length; a++) {
            if (evidencePartner[a] == OneToOnePairing.UNPAIRED) {
                continue;
            }
            Evidence ofA = evidenceOfA.get(a);
            Evidence ofB = evidenceOfB.get(evidencePartner[a]);
            // Ranks for the ordinal distance, which reads Integers: A = 1 … F = 6, and 1 … 6.
            reliability.add(new Integer[] {ofA.grade().reliability().ordinal() + 1,
                    ofB.grade().reliability().ordinal() + 1});
            credibility.add(new Integer[] {ofA.grade().credibility().code(), ofB.grade().credibility().code()});
            if (ofA.grade().equals(ofB.grade())) {
                same++;
            }
        }
        long matched = reliability.size();
        return new GradeAgreement(matched, evidenceOfA.size() - matched, evidenceOfB.size() - matched, same,
                KrippendorffAlpha.ordinal(reliability, NO_MATCHED_EVIDENCE),
                KrippendorffAlpha.ordinal(credibility, NO_MATCHED_EVIDENCE));
    }

    /**
     * Each author's judgement of a pair is that author's own link between the pair's evidence and claim
     * (the latest edited, should there be two); a link B made between A's records is not A's judgement.
     */
    LinkAgreement links(List<Link> links, String authorA, String authorB) {
        Map<UUID, Integer> indexOfEvidenceA = indexes(evidenceOfA.stream().map(Evidence::id).toList());
        Map<UUID, Integer> indexOfClaimA = indexes(claimsOfA.stream().map(Claim::id).toList());
        Map<UUID, Integer> partnerOfEvidenceB = partners(evidencePartner, evidenceOfB.stream().map(Evidence::id)
                .toList());
        Map<UUID, Integer> partnerOfClaimB = partners(claimPartner, claimsOfB.stream().map(Claim::id).toList());

        // Keyed by the pair's indexes on A's side; only pairs someone linked are stored.
        Map<Long, Link[]> judged = new HashMap<>();
        for (Link link : links) {
            String author = link.stamp().author();
            boolean byA = author.equals(authorA);
            if (!byA && !author.equals(authorB)) {
                continue;
            }
            Integer evidence = byA ? matchedA(indexOfEvidenceA.get(link.evidenceId()), evidencePartner)
                    : partnerOfEvidenceB.get(link.evidenceId());
            Integer claim = byA ? matchedA(indexOfClaimA.get(link.claimId()), claimPartner)
                    : partnerOfClaimB.get(link.claimId());
            if (evidence == null || claim == null) {
                continue; // not a pair of matched records
            }
            Link[] pair = judged.computeIfAbsent(((long) evidence << 32) | claim, key -> new Link[2]);
            int side = byA ? 0 : 1;
            if (pair[side] == null || latest(link, pair[side])) {
                pair[side] = link;
            }
        }

        int matchedEvidence = countPaired(evidencePartner);
        int matchedClaims = countPaired(claimPartner);
        long[][] counts = new long[3][3];
        for (Link[] pair : judged.values()) {
            counts[judgement(pair[0]).ordinal()][judgement(pair[1]).ordinal()]++;
        }
        counts[LinkJudgement.NO_LINK.ordinal()][LinkJudgement.NO_LINK.ordinal()] =
                (long) matchedEvidence * matchedClaims - judged.size();
        return new LinkAgreement(matchedEvidence, matchedClaims, counts);
    }

    private static Integer matchedA(Integer index, int[] partner) {
        return index != null && partner[index] != OneToOnePairing.UNPAIRED ? index : null;
    }

    private static boolean latest(Link candidate, Link current) {
        Instant a = candidate.stamp().modified();
        Instant b = current.stamp().modified();
        return a.isAfter(b) || (a.equals(b) && candidate.id().compareTo(current.id()) > 0);
    }

    private static LinkJudgement judgement(Link link) {
        return link == null ? LinkJudgement.NO_LINK : LinkJudgement.of(link.stance());
    }

    private static Map<UUID, Integer> indexes(List<UUID> ids) {
        Map<UUID, Integer> indexes = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            indexes.put(ids.get(i), i);
        }
        return indexes;
    }

    /** B's record id → the index of the A record it is matched with. */
    private static Map<UUID, Integer> partners(int[] partnerOfA, List<UUID> idsOfB) {
        Map<UUID, Integer> partners = new HashMap<>();
        for (int a = 0; a < partnerOfA.length; a++) {
            if (partnerOfA[a] != OneToOnePairing.UNPAIRED) {
                partners.put(idsOfB.get(partnerOfA[a]), a);
            }
        }
        return partners;
    }

    private static int countPaired(int[] partner) {
        int paired = 0;
        for (int p : partner) {
            if (p != OneToOnePairing.UNPAIRED) {
                paired++;
            }
        }
        return paired;
    }
}
