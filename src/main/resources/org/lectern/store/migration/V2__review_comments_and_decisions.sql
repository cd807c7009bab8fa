-- Lectern project format 2: review comments and adjudication decisions.

CREATE TABLE review_comment (
    id        TEXT PRIMARY KEY,   -- UUID
    target_id TEXT NOT NULL,      -- the annotation, actor, claim or evidence commented on (any of those tables)
    parent_id TEXT REFERENCES review_comment (id) ON DELETE CASCADE,  -- the comment this one answers
    text      TEXT NOT NULL,
    resolved  INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),  -- kept on a thread's first comment
    author_id TEXT NOT NULL REFERENCES author (id),
    created   TEXT NOT NULL,
    modified  TEXT NOT NULL
);
CREATE INDEX review_comment_by_target ON review_comment (target_id);

CREATE TABLE review_decision (
    id          TEXT PRIMARY KEY,  -- UUID
    reviewed_id TEXT NOT NULL,     -- the colleague's annotation decided on
    verdict     TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected', 'amended')),
    result_id   TEXT REFERENCES annotation (id) ON DELETE SET NULL,  -- its copy in the adjudicated layer
    comment     TEXT NOT NULL DEFAULT '',  -- why
    author_id   TEXT NOT NULL REFERENCES author (id),  -- the reviewer
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL,
    CHECK ((verdict = 'rejected') = (result_id IS NULL))
);
CREATE INDEX review_decision_by_reviewed ON review_decision (reviewed_id);

PRAGMA user_version = 2;
