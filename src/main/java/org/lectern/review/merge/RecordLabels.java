package org.lectern.review.merge;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;

/**
 * Names records the way an analyst knows them: an annotation by its quote and article, a claim by its
 * statement. Looks documents, claims and evidence up in both projects (UUIDs do not collide), so a record
 * can be named whichever project it points into.
 */
final class RecordLabels {
    private final Map<UUID, Document> documents = new HashMap<>();
    private final Map<UUID, Claim> claims = new HashMap<>();
    private final Map<UUID, Evidence> evidence = new HashMap<>();

    RecordLabels(ProjectSnapshot mine, ProjectSnapshot theirs) {
        for (ProjectSnapshot project : new ProjectSnapshot[] {theirs, mine}) {
            project.documents().forEach(d -> documents.put(d.id(), d));
            project.claims().forEach(c -> claims.put(c.id(), c));
            project.evidence().forEach(e -> evidence.put(e.id(), e));
        }
    }

    String of(ProjectRecord record) {
        if (record instanceof Annotation annotation) {
            Document document = documents.get(annotation.documentId());
            return Quotes.titled(annotation.passage().quote())
                    + (document == null ? "" : " in " + Quotes.titled(document.title()));
        } else if (record instanceof Document document) {
            return "document " + Quotes.titled(document.title());
        } else if (record instanceof Tag tag) {
            return "tag " + Quotes.titled(tag.name());
        } else if (record instanceof Actor actor) {
            return "actor " + Quotes.titled(actor.name());
        } else if (record instanceof Claim claim) {
            return "claim " + Quotes.titled(claim.toString());
        } else if (record instanceof Evidence item) {
            return "evidence " + Quotes.titled(item.toString());
        } else if (record instanceof Link link) {
            return "the link from " + of(evidence.get(link.evidenceId()), "evidence") + " to "
                    + of(claims.get(link.claimId()), "claim");
        }
        return record.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " " + record.id();
    }

    private String of(ProjectRecord record, String kind) {
        return record == null ? "a " + kind : of(record);
    }
}
