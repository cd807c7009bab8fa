package org.lectern.store;

import java.util.List;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Tag;

/** The name of each kind of record, as the project file's tables and the team database call it. */
public final class RecordKinds {
    public static final List<String> ALL = List.of("document", "tag", "annotation", "actor", "claim", "evidence",
            "link", "review_comment", "review_decision");

    private RecordKinds() {
    }

    public static String of(ProjectRecord record) {
        if (record instanceof Document) {
            return "document";
        } else if (record instanceof Tag) {
            return "tag";
        } else if (record instanceof Annotation) {
            return "annotation";
        } else if (record instanceof Actor) {
            return "actor";
        } else if (record instanceof Claim) {
            return "claim";
        } else if (record instanceof Evidence) {
            return "evidence";
        } else if (record instanceof Link) {
            return "link";
        } else if (record instanceof ReviewComment) {
            return "review_comment";
        }
        return "review_decision";
    }
}
