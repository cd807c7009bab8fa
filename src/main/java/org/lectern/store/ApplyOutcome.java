package org.lectern.store;

/** What bringing in a page of colleagues' records did, for the status line. */
public record ApplyOutcome(int applied, int unchanged, int conflicts, int skipped) {
}
