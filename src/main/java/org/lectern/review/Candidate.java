package org.lectern.review;

/**
 * A key and a response that could be paired: the chars they share and whether they cover exactly the
 * same stretch (GATE's "coextensive").
 */
record Candidate(int key, int response, long sharedChars, boolean coextensive) {
}
