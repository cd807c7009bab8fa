package org.lectern.review.diff;

import java.util.UUID;

/**
 * A claim or an evidence → claim link on which two analysts differ, said in a line, with a passage to show
 * ({@code passageId}, may be null when the record has none).
 */
public record RecordDifference(String kind, String description, UUID passageId) {
}
