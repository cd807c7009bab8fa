package org.lectern.review.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Author;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Stamp;

/**
 * A colleague's project with its authors under the names the analyst chose ("ben" recorded as "Ben Okafor"),
 * before a merge is planned: so every record they bring in — documents, annotations, actors, claims, evidence,
 * links, comments and decisions — stands under one analyst, and a plan made again from the same file finds
 * the very records it brought in before. Everything but the author's name is kept: ids, times, content.
 */
public final class ColleagueAuthors {
    private ColleagueAuthors() {
    }

    /**
     * Their project with each author's name replaced by {@code analystFor} of it (a name it maps to null or
     * blank is kept). Two names mapped to one analyst become one author.
     */
    public static ProjectSnapshot recordedAs(ProjectSnapshot theirs, UnaryOperator<String> analystFor) {
        Renaming rename = new Renaming(analystFor);
        List<Document> documents = theirs.documents().stream().map(d -> new Document(d.id(), d.title(),
                d.metadata(), d.text(), rename.stamp(d.stamp()))).toList();
        List<Annotation> annotations = theirs.annotations().stream().map(a -> new Annotation(a.id(),
                a.documentId(), a.passage(), a.tagId(), a.note(), rename.stamp(a.stamp()))).toList();
        List<Actor> actors = theirs.actors().stream().map(a -> new Actor(a.id(), a.name(), a.kind(), a.aliases(),
                a.description(), a.mentionIds(), rename.stamp(a.stamp()))).toList();
        List<Claim> claims = theirs.claims().stream().map(c -> new Claim(c.id(), c.statement(), c.claimantId(),
                c.passageIds(), c.status(), c.likelihood(), rename.stamp(c.stamp()))).toList();
        List<Evidence> evidence = theirs.evidence().stream().map(e -> new Evidence(e.id(), e.description(),
                e.passageIds(), e.grade(), rename.stamp(e.stamp()))).toList();
        List<Link> links = theirs.links().stream().map(l -> new Link(l.id(), l.evidenceId(), l.claimId(),
                l.stance(), l.strength(), rename.stamp(l.stamp()))).toList();
        List<ReviewComment> comments = theirs.comments().stream().map(c -> new ReviewComment(c.id(), c.targetId(),
                c.parentId(), c.text(), c.resolved(), rename.stamp(c.stamp()))).toList();
        List<ReviewDecision> decisions = theirs.decisions().stream().map(d -> new ReviewDecision(d.id(),
                d.reviewedId(), d.verdict(), d.resultId(), d.comment(), rename.stamp(d.stamp()))).toList();
        Map<String, Author> authors = new LinkedHashMap<>();
        for (Author author : theirs.authors()) {
            String name = rename.name(author.name());
            authors.putIfAbsent(name, new Author(author.id(), name));
        }
        return new ProjectSnapshot(documents, theirs.tags(), annotations, actors, claims, evidence, links,
                List.copyOf(authors.values()), comments, decisions);
    }

    /** The analyst's choice for each name, asked once per name. */
    private static final class Renaming {
        private final UnaryOperator<String> analystFor;
        private final Map<String, String> chosen = new LinkedHashMap<>();

        Renaming(UnaryOperator<String> analystFor) {
            this.analystFor = analystFor;
        }

        String name(String author) {
            return chosen.computeIfAbsent(author, name -> {
                String as = analystFor.apply(name);
                return as == null || as.isBlank() ? name : as.strip();
            });
        }

        Stamp stamp(Stamp stamp) {
            String name = name(stamp.author());
            return name.equals(stamp.author()) ? stamp : new Stamp(name, stamp.created(), stamp.modified());
        }
    }
}
