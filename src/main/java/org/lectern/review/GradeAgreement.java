package org.lectern.review;

/**
 * Agreement on the Admiralty grades of the evidence A and B both recorded (matched one to one by
 * overlapping passages): Krippendorff's α (ordinal) for source reliability, ranked A = 1 … F = 6, and
 * for information credibility, 1 … 6, each on its own. Both scales are taken as ordinal throughout,
 * although F and 6 mean "cannot be judged" rather than "worse than E / 5"; α is undefined, with the reason,
 * when no evidence was matched or one grade was used throughout.
 */
public record GradeAgreement(long matchedEvidence, long evidenceOnlyA, long evidenceOnlyB, long sameGrade,
                             Figure reliabilityAlpha, Figure credibilityAlpha) {
}
