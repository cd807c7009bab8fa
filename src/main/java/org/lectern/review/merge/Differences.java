package org.lectern.review.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Tag;

/**
 * What differs between my copy of a record and a colleague's, field by field, in words. Stamps are left out:
 * a record edited and edited back is the same record, and its author stays whoever made it. A tag's key is
 * left out too: which key picks which tag is each analyst's own palette.
 */
final class Differences {
    private Differences() {
    }

    /** The names of the fields that differ; empty when the two hold the same content. */
    static List<String> between(ProjectRecord mine, ProjectRecord theirs) {
        List<String> fields = new ArrayList<>();
        if (mine.getClass() != theirs.getClass()) {
            fields.add("kind of record");
        } else if (mine instanceof Document m && theirs instanceof Document t) {
            compare(fields, "title", m.title(), t.title());
            compare(fields, "source details", m.metadata(), t.metadata());
            compare(fields, "text", m.text(), t.text());
        } else if (mine instanceof Tag m && theirs instanceof Tag t) {
            compare(fields, "name", m.name(), t.name());
            compare(fields, "colour", m.color(), t.color());
            compare(fields, "description", m.description(), t.description());
        } else if (mine instanceof Annotation m && theirs instanceof Annotation t) {
            compare(fields, "document", m.documentId(), t.documentId());
            compare(fields, "passage", m.passage(), t.passage());
            compare(fields, "tag", m.tagId(), t.tagId());
            compare(fields, "note", m.note(), t.note());
        } else if (mine instanceof Actor m && theirs instanceof Actor t) {
            compare(fields, "name", m.name(), t.name());
            compare(fields, "kind", m.kind(), t.kind());
            compare(fields, "aliases", m.aliases(), t.aliases());
            compare(fields, "description", m.description(), t.description());
            compare(fields, "mentions", m.mentionIds(), t.mentionIds());
        } else if (mine instanceof Claim m && theirs instanceof Claim t) {
            compare(fields, "statement", m.statement(), t.statement());
            compare(fields, "claimant", m.claimantId(), t.claimantId());
            compare(fields, "passages", m.passageIds(), t.passageIds());
            compare(fields, "status", m.status(), t.status());
            compare(fields, "likelihood", m.likelihood(), t.likelihood());
        } else if (mine instanceof Evidence m && theirs instanceof Evidence t) {
            compare(fields, "description", m.description(), t.description());
            compare(fields, "passages", m.passageIds(), t.passageIds());
            compare(fields, "grade", m.grade(), t.grade());
        } else if (mine instanceof Link m && theirs instanceof Link t) {
            compare(fields, "evidence", m.evidenceId(), t.evidenceId());
            compare(fields, "claim", m.claimId(), t.claimId());
            compare(fields, "stance", m.stance(), t.stance());
            compare(fields, "strength", m.strength(), t.strength());
        } else if (!mine.equals(theirs)) {
            // A kind of record this merge does not bring in field by field.
            fields.add("content");
        }
        return fields;
    }

    private static void compare(List<String> fields, String name, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            fields.add(name);
        }
    }
}
