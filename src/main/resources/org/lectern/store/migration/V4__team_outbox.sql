-- Lectern project format 4: a project can be linked to a team's PostgreSQL database. The local file stays the
-- working copy; what changed since the last synchronisation is noted in team_outbox by the triggers below, and
-- only while the project is linked (a project never linked keeps these tables empty and grows by nothing).

CREATE TABLE team_link (
    only_row  INTEGER PRIMARY KEY CHECK (only_row = 1),  -- a project belongs to one team at most
    url       TEXT NOT NULL,        -- jdbc:postgresql://HOST[:PORT]/DB of the team database
    user_name TEXT NOT NULL,        -- the analyst's login there
    last_rev  INTEGER NOT NULL DEFAULT 0 CHECK (last_rev >= 0)  -- the server's last revision brought in
);

CREATE TABLE team_outbox (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,  -- order of noting; never reused, so "sent up to seq" is exact
    kind      TEXT NOT NULL,        -- the record's table: document, tag, annotation, ...
    record_id TEXT NOT NULL,        -- UUID of the record created, changed or deleted
    noted     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))  -- when (tags and deletions carry no time)
);
CREATE INDEX team_outbox_by_record ON team_outbox (record_id);

-- What each record was when last synchronised (a digest of the whole record), so that a record changed and
-- changed back, or made and deleted again, between two synchronisations is not sent.
CREATE TABLE team_synced (
    record_id TEXT PRIMARY KEY,     -- UUID; no row: the team has no live copy of it
    kind      TEXT NOT NULL,
    digest    TEXT NOT NULL         -- hex SHA-256 of the record as Lectern holds it; '?' when not known
);

-- The losing version of a record changed on both sides, or a colleague's record that could not be applied here.
CREATE TABLE team_conflict (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    body      TEXT,                 -- the losing version as JSON; NULL when it was a deletion
    author    TEXT NOT NULL,        -- who made the losing version
    modified  TEXT NOT NULL,        -- when
    side      TEXT NOT NULL CHECK (side IN ('local', 'team')),  -- where the losing version came from
    reason    TEXT NOT NULL CHECK (reason IN ('changed_on_both_sides', 'not_applicable')),
    detail    TEXT NOT NULL DEFAULT '',  -- for not_applicable: why, in words
    listed    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Every change to a record, including those SQLite makes by cascade, notes the record.
CREATE TRIGGER team_note_document_insert AFTER INSERT ON document
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('document', NEW.id); END;

CREATE TRIGGER team_note_document_update AFTER UPDATE ON document
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('document', NEW.id); END;

CREATE TRIGGER team_note_document_delete AFTER DELETE ON document
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('document', OLD.id); END;

CREATE TRIGGER team_note_tag_insert AFTER INSERT ON tag
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('tag', NEW.id); END;

CREATE TRIGGER team_note_tag_update AFTER UPDATE ON tag
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('tag', NEW.id); END;

CREATE TRIGGER team_note_tag_delete AFTER DELETE ON tag
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('tag', OLD.id); END;

CREATE TRIGGER team_note_annotation_insert AFTER INSERT ON annotation
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('annotation', NEW.id); END;

CREATE TRIGGER team_note_annotation_update AFTER UPDATE ON annotation
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('annotation', NEW.id); END;

CREATE TRIGGER team_note_annotation_delete AFTER DELETE ON annotation
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('annotation', OLD.id); END;

CREATE TRIGGER team_note_actor_insert AFTER INSERT ON actor
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('actor', NEW.id); END;

CREATE TRIGGER team_note_actor_update AFTER UPDATE ON actor
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('actor', NEW.id); END;

CREATE TRIGGER team_note_actor_delete AFTER DELETE ON actor
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('actor', OLD.id); END;

CREATE TRIGGER team_note_claim_insert AFTER INSERT ON claim
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('claim', NEW.id); END;

CREATE TRIGGER team_note_claim_update AFTER UPDATE ON claim
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('claim', NEW.id); END;

CREATE TRIGGER team_note_claim_delete AFTER DELETE ON claim
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('claim', OLD.id); END;

CREATE TRIGGER team_note_evidence_insert AFTER INSERT ON evidence
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('evidence', NEW.id); END;

CREATE TRIGGER team_note_evidence_update AFTER UPDATE ON evidence
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('evidence', NEW.id); END;

CREATE TRIGGER team_note_evidence_delete AFTER DELETE ON evidence
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('evidence', OLD.id); END;

CREATE TRIGGER team_note_link_insert AFTER INSERT ON link
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('link', NEW.id); END;

CREATE TRIGGER team_note_link_update AFTER UPDATE ON link
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('link', NEW.id); END;

CREATE TRIGGER team_note_link_delete AFTER DELETE ON link
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('link', OLD.id); END;

CREATE TRIGGER team_note_review_comment_insert AFTER INSERT ON review_comment
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('review_comment', NEW.id); END;

CREATE TRIGGER team_note_review_comment_update AFTER UPDATE ON review_comment
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('review_comment', NEW.id); END;

CREATE TRIGGER team_note_review_comment_delete AFTER DELETE ON review_comment
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('review_comment', OLD.id); END;

CREATE TRIGGER team_note_review_decision_insert AFTER INSERT ON review_decision
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('review_decision', NEW.id); END;

CREATE TRIGGER team_note_review_decision_update AFTER UPDATE ON review_decision
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('review_decision', NEW.id); END;

CREATE TRIGGER team_note_review_decision_delete AFTER DELETE ON review_decision
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('review_decision', OLD.id); END;

-- A change to a record's list (aliases, mentions, passages) is a change to the record.
CREATE TRIGGER team_note_actor_alias_insert AFTER INSERT ON actor_alias
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('actor', NEW.actor_id); END;

CREATE TRIGGER team_note_actor_alias_update AFTER UPDATE ON actor_alias
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('actor', NEW.actor_id); END;

CREATE TRIGGER team_note_actor_alias_delete AFTER DELETE ON actor_alias
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('actor', OLD.actor_id); END;

CREATE TRIGGER team_note_actor_mention_insert AFTER INSERT ON actor_mention
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('actor', NEW.actor_id); END;

CREATE TRIGGER team_note_actor_mention_update AFTER UPDATE ON actor_mention
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('actor', NEW.actor_id); END;

CREATE TRIGGER team_note_actor_mention_delete AFTER DELETE ON actor_mention
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('actor', OLD.actor_id); END;

CREATE TRIGGER team_note_claim_passage_insert AFTER INSERT ON claim_passage
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('claim', NEW.claim_id); END;

CREATE TRIGGER team_note_claim_passage_update AFTER UPDATE ON claim_passage
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('claim', NEW.claim_id); END;

CREATE TRIGGER team_note_claim_passage_delete AFTER DELETE ON claim_passage
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('claim', OLD.claim_id); END;

CREATE TRIGGER team_note_evidence_passage_insert AFTER INSERT ON evidence_passage
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('evidence', NEW.evidence_id); END;

CREATE TRIGGER team_note_evidence_passage_update AFTER UPDATE ON evidence_passage
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('evidence', NEW.evidence_id); END;

CREATE TRIGGER team_note_evidence_passage_delete AFTER DELETE ON evidence_passage
WHEN EXISTS (SELECT 1 FROM team_link)
BEGIN INSERT INTO team_outbox (kind, record_id) VALUES ('evidence', OLD.evidence_id); END;

PRAGMA user_version = 4;
