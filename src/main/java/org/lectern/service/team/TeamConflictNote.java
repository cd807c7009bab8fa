package org.lectern.service.team;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Stamps;
import org.lectern.service.ProjectState;
import org.lectern.store.TeamConflict;

/**
 * One version the team project did not keep, as the analyst reads it: the kind of record, which record (as the
 * project shows it now), whose version was kept and whose was listed instead, and why. A record changed both
 * here and by the team keeps the later change; a colleague's record that cannot stand here is listed with the
 * reason.
 */
public record TeamConflictNote(String kind, UUID recordId, String record, String keptBy, String listedBy,
                               boolean listedWasLocal, boolean notApplicable, String detail, Instant listed) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static List<TeamConflictNote> of(List<TeamConflict> conflicts, ProjectState state) {
        return conflicts.stream().map(conflict -> of(conflict, state)).toList();
    }

    private static TeamConflictNote of(TeamConflict conflict, ProjectState state) {
        Optional<ProjectRecord> current = current(state, conflict.kind(), conflict.id());
        Optional<ProjectRecord> listedVersion = listedVersion(conflict);
        String record = current.or(() -> listedVersion).map(TeamConflictNote::name)
                .orElse(conflict.id().toString());
        boolean notApplicable = conflict.reason() == TeamConflict.Reason.NOT_APPLICABLE;
        String keptBy = notApplicable ? "" : current.map(kept -> Stamps.authorOf(kept).map(name -> name + "'s version")
                .orElse("the version here")).orElse("its deletion");
        // A deletion made here carries no name but the login the project is linked as: it is the analyst's own.
        String listedBy = conflict.json() == null && conflict.side() == TeamConflict.Side.LOCAL ? "the deletion"
                : (conflict.author() == null ? "?" : conflict.author())
                + (conflict.json() == null ? "'s deletion" : "'s version");
        return new TeamConflictNote(conflict.kind(), conflict.id(), record, keptBy, listedBy,
                conflict.side() == TeamConflict.Side.LOCAL, notApplicable,
                conflict.detail() == null ? "" : conflict.detail(), conflict.listed());
    }

    private static Optional<ProjectRecord> listedVersion(TeamConflict conflict) {
        if (conflict.json() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(org.lectern.store.team.RecordJson.read(conflict.kind(), conflict.json()));
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // named by its id instead
        }
    }

    /** One line: kind, record, whose version was kept and whose listed, or why a record could not stand here. */
    public String describe(ZoneId zone) {
        String when = listed == null ? "" : WHEN.format(listed.atZone(zone)) + "  ";
        String kindWords = kind.replace('_', ' ');
        if (notApplicable && listedWasLocal) {
            return when + kindWords + " \"" + record + "\": " + listedBy + " made here was removed"
                    + (detail.isEmpty() ? "" : ": " + detail);
        }
        if (notApplicable) {
            return when + kindWords + " \"" + record + "\": " + listedBy + " could not be brought in"
                    + (detail.isEmpty() ? "" : ": " + detail);
        }
        return when + kindWords + " \"" + record + "\": kept " + keptBy + " (the later); listed " + listedBy
                + " (" + (listedWasLocal ? "made here" : "from the team") + ")";
    }

    private static Optional<ProjectRecord> current(ProjectState state, String kind, UUID id) {
        return switch (kind) {
            case "document" -> state.document(id).map(r -> r);
            case "tag" -> state.tag(id).map(r -> r);
            case "annotation" -> state.annotation(id).map(r -> r);
            case "actor" -> state.actor(id).map(r -> r);
            case "claim" -> state.claim(id).map(r -> r);
            case "evidence" -> state.evidence(id).map(r -> r);
            case "link" -> state.links().stream().filter(l -> l.id().equals(id)).findFirst().map(r -> r);
            case "review_comment" -> state.comment(id).map(r -> r);
            case "review_decision" -> state.decisions().stream().filter(d -> d.id().equals(id)).findFirst()
                    .map(r -> r);
            default -> Optional.empty();
        };
    }

    private static String name(ProjectRecord record) {
        String text;
        if (record instanceof org.lectern.model.Document d) {
            text = d.title();
        } else if (record instanceof org.lectern.model.Tag t) {
            text = t.name();
        } else if (record instanceof org.lectern.model.Annotation a) {
            text = a.passage().quote();
        } else if (record instanceof org.lectern.model.Actor a) {
            text = a.name();
        } else if (record instanceof org.lectern.model.Claim c) {
            text = c.statement();
        } else if (record instanceof org.lectern.model.Evidence e) {
            text = e.description();
        } else if (record instanceof org.lectern.model.ReviewComment c) {
            text = c.text();
        } else if (record instanceof org.lectern.model.ReviewDecision d) {
            text = d.verdict().toString();
        } else {
            text = "evidence → claim";
        }
        text = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }
}
