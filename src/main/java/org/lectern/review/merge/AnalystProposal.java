package org.lectern.review.merge;

import java.util.Objects;

/**
 * A name an import would record and an analyst the project already knows, that look like one person ("ben" and
 * "Ben Okafor"). Only proposed: the analyst decides, by mapping the name when importing.
 *
 * @param arriving the name as the import would record it
 * @param known    the analyst of the project it may be
 */
public record AnalystProposal(String arriving, String known) {
    public AnalystProposal {
        Objects.requireNonNull(arriving, "arriving");
        Objects.requireNonNull(known, "known");
    }
}
