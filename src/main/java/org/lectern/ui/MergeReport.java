package org.lectern.ui;

import java.nio.file.Path;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.review.merge.MergePlan;

/** What bringing in a colleague's work did, in a few lines for the analyst. */
final class MergeReport {
    private static final int LISTED = 8;

    private MergeReport() {
    }

    static String describe(Path file, MergePlan plan) {
        StringBuilder text = new StringBuilder();
        if (plan.changesNothing()) {
            text.append("Everything of ").append(plan.colleague()).append("'s in ").append(file.getFileName())
                    .append(" is in this project already.");
        } else {
            text.append("From ").append(file.getFileName()).append(", ").append(plan.colleague()).append("'s ")
                    .append(plan.added(Annotation.class)).append(" highlights, ").append(plan.added(Actor.class))
                    .append(" actors, ").append(plan.added(Claim.class)).append(" claims, ")
                    .append(plan.added(Evidence.class)).append(" evidence and ").append(plan.added(Link.class))
                    .append(" links came in. Compare them in the Review tab.");
        }
        list(text, plan.orphans().size() + " could not be placed:", plan.orphans().stream()
                .map(o -> o.reason()).toList());
        list(text, "These actors may be the same person (nothing was merged):", plan.actorProposals().stream()
                .map(p -> p.yours().name() + " (yours) / " + p.theirs().name() + " (" + plan.colleague() + ")")
                .toList());
        list(text, plan.conflicts().size() + " records differ from your copies and were left as yours:",
                plan.conflicts().stream().map(c -> c.reason()).toList());
        return text.toString();
    }

    private static void list(StringBuilder text, String heading, java.util.List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        text.append("\n\n").append(heading);
        lines.stream().limit(LISTED).forEach(line -> text.append("\n• ").append(line));
        if (lines.size() > LISTED) {
            text.append("\n… and ").append(lines.size() - LISTED).append(" more.");
        }
    }
}
