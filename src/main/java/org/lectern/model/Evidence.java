package org.lectern.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An item of evidence at one or more passages, with its Admiralty grade. */
public record Evidence(UUID id, String description, List<UUID> passageIds, Grade grade, Stamp stamp)
        implements ProjectRecord {
    public Evidence {
        Objects.requireNonNull(id, "id");
        description = description == null ? "" : description.strip();
        passageIds = passageIds == null ? List.of() : List.copyOf(passageIds);
        grade = grade == null ? Grade.UNGRADED : grade;
        Objects.requireNonNull(stamp, "stamp");
    }

    public Evidence edited(String newDescription, Grade newGrade) {
        return new Evidence(id, newDescription, passageIds, newGrade, stamp.touched());
    }

    public Evidence withPassages(List<UUID> newPassageIds) {
        return new Evidence(id, description, newPassageIds, grade, stamp.touched());
    }

    @Override
    public String toString() {
        return description.isEmpty() ? "(no description yet)" : description;
    }
}
