-- Lectern project format 3: the tables that refer to a highlight can be searched by it. Deleting a highlight
-- makes SQLite find the rows that refer to it (to cascade, or to set a decision's copy to NULL); without
-- these indexes each of the four tables was scanned whole once per deleted highlight.

CREATE INDEX actor_mention_by_annotation ON actor_mention (annotation_id);
CREATE INDEX claim_passage_by_annotation ON claim_passage (annotation_id);
CREATE INDEX evidence_passage_by_annotation ON evidence_passage (annotation_id);
CREATE INDEX review_decision_by_result ON review_decision (result_id);

PRAGMA user_version = 3;
