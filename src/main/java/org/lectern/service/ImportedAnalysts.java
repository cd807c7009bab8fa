package org.lectern.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.review.merge.AnalystProposal;
import org.lectern.review.merge.SameAnalysts;

/**
 * Who an import of annotations would record, beside the analysts a project knows: the names its file gives its
 * creators, and those that look like an analyst of the project under another name ("ben" and "Ben Okafor", by
 * {@link SameAnalysts}'s rule), proposed as actors are, never merged on their own.
 */
public final class ImportedAnalysts {
    private ImportedAnalysts() {
    }

    /**
     * The names the records an import adds would stand under, in the order they first appear, other than the
     * analyst importing (who stands on what the file names no creator for).
     */
    public static List<String> namedIn(ExchangeImport proposal, String analyst) {
        return namedIn(proposal.changes(), analyst);
    }

    /** The names the records these changes add stand under, other than {@code analyst}'s, in order. */
    public static List<String> namedIn(List<Change> changes, String analyst) {
        Set<String> names = new LinkedHashSet<>();
        for (Change change : changes) {
            Stamp stamp = stampOf(change.after());
            if (stamp != null && !stamp.author().equals(analyst)) {
                names.add(stamp.author());
            }
        }
        return new ArrayList<>(names);
    }

    /** The analysts a project knows: its authors and whoever stands on its records, and the analyst importing. */
    public static List<String> knownIn(ProjectSnapshot project, String analyst) {
        Set<String> known = new LinkedHashSet<>();
        known.add(analyst);
        project.authors().stream().map(Author::name).forEach(known::add);
        project.annotations().forEach(annotation -> known.add(annotation.stamp().author()));
        project.documents().forEach(document -> known.add(document.stamp().author()));
        return new ArrayList<>(known);
    }

    /** The names an import would record that may be an analyst the project knows under another name. */
    public static List<AnalystProposal> proposals(ExchangeImport proposal, ProjectSnapshot before, String analyst) {
        return SameAnalysts.propose(namedIn(proposal, analyst), knownIn(before, analyst));
    }

    /** The names a colleague's work brought in under that may be an analyst the project knows by another name. */
    public static List<AnalystProposal> broughtIn(List<Change> changes, ProjectSnapshot before, String analyst) {
        return SameAnalysts.propose(namedIn(changes, analyst), knownIn(before, analyst));
    }

    /** Proposals for names before any import: what the window offers beside each name a file gives. */
    public static List<AnalystProposal> forNames(List<String> names, ProjectSnapshot project, String analyst) {
        return SameAnalysts.propose(names, knownIn(project, analyst));
    }

    private static Stamp stampOf(ProjectRecord record) {
        if (record instanceof Annotation annotation) {
            return annotation.stamp();
        } else if (record instanceof Document document) {
            return document.stamp();
        } else if (record instanceof Actor actor) {
            return actor.stamp();
        } else if (record instanceof Claim claim) {
            return claim.stamp();
        } else if (record instanceof Evidence evidence) {
            return evidence.stamp();
        } else if (record instanceof Link link) {
            return link.stamp();
        }
        return null;
    }
}
