/**
 * Reviewing colleagues' work (GitHub issue 4): how far two analysts agree on the same documents.
 * {@link org.lectern.review.Agreement#between} compares author A (the key) with author B (the response):
 * span precision, recall and F1 as GATE's Annotation Diff defines them, Cohen's κ at character level
 * as NVivo's coding comparison defines it, Krippendorff's α for tags and Admiralty grades, and
 * agreement on evidence-to-claim links. Plain Java over the model: no JavaFX, no SQL, no files
 * except the {@link java.io.Writer} a table is written to.
 */
package org.lectern.review;
