package org.lectern.model;

import java.time.Instant;
import java.util.Objects;

/** Who made a record and when: every record carries one so colleagues' projects merge cleanly. */
public record Stamp(String author, Instant created, Instant modified) {
    public Stamp {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
    }

    public static Stamp now(String author) {
        Instant now = Instant.now();
        return new Stamp(author, now, now);
    }

    /** The same record edited now. Its author stays the analyst who made it: the record is still theirs. */
    public Stamp touched() {
        return new Stamp(author, created, Instant.now());
    }
}
