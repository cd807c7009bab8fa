-- Lectern project format 1.
-- Every record has a UUID key (text), an author and ISO-8601 UTC timestamps, so that colleagues'
-- projects merge without collisions. Offsets count UTF-16 code units of document.text, which is
-- normalised (line endings \n) before it is stored. The comments inside each CREATE statement are
-- kept by SQLite: `.schema` in the sqlite3 shell shows them.

PRAGMA application_id = 1279480910;

CREATE TABLE author (
    id   TEXT PRIMARY KEY,          -- UUID
    name TEXT NOT NULL UNIQUE       -- the analyst's name as entered in Lectern
);

CREATE TABLE document (
    id          TEXT PRIMARY KEY,   -- UUID
    title       TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT '',  -- publication or site
    byline      TEXT NOT NULL DEFAULT '',
    published   TEXT NOT NULL DEFAULT '',  -- as given by the source, usually ISO-8601
    url         TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,      -- normalised article text; all offsets point into it
    text_sha256 TEXT NOT NULL,      -- hex SHA-256 of text (UTF-8), to match the same article across projects
    author_id   TEXT NOT NULL REFERENCES author (id),
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL
);

CREATE TABLE tag (
    id          TEXT PRIMARY KEY,   -- UUID
    name        TEXT NOT NULL UNIQUE,
    color       TEXT NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    hotkey      INTEGER NOT NULL DEFAULT 0 CHECK (hotkey BETWEEN 0 AND 9),  -- 0: no key
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE annotation (
    id           TEXT PRIMARY KEY,  -- UUID
    document_id  TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),   -- first UTF-16 unit of the passage
    end_offset   INTEGER NOT NULL CHECK (end_offset >= start_offset),  -- one past the last
    quote        TEXT NOT NULL,     -- the passage's text, for re-anchoring and drift checks
    prefix       TEXT NOT NULL,     -- up to 32 characters before it
    suffix       TEXT NOT NULL,     -- up to 32 characters after it
    tag_id       TEXT NOT NULL REFERENCES tag (id),
    note         TEXT NOT NULL DEFAULT '',
    author_id    TEXT NOT NULL REFERENCES author (id),
    created      TEXT NOT NULL,
    modified     TEXT NOT NULL
);
CREATE INDEX annotation_by_document ON annotation (document_id, start_offset);

CREATE TABLE actor (
    id          TEXT PRIMARY KEY,   -- UUID
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'state', 'group', 'other')),
    description TEXT NOT NULL DEFAULT '',
    author_id   TEXT NOT NULL REFERENCES author (id),
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL
);

CREATE TABLE actor_alias (
    actor_id TEXT NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,      -- order as the analyst wrote them
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_id, position)
);

CREATE TABLE actor_mention (
    actor_id      TEXT NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    annotation_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (actor_id, annotation_id)
);

CREATE TABLE claim (
    id          TEXT PRIMARY KEY,   -- UUID
    statement   TEXT NOT NULL,      -- the claim in the analyst's words
    claimant_id TEXT REFERENCES actor (id) ON DELETE SET NULL,
    status      TEXT NOT NULL CHECK (status IN ('asserted', 'disputed', 'corroborated', 'refuted', 'unverified')),
    likelihood  TEXT NOT NULL CHECK (likelihood IN ('not_assessed', 'almost_no_chance', 'very_unlikely', 'unlikely',
                                    'roughly_even_chance', 'likely', 'very_likely', 'almost_certain')),  -- ICD 203
    author_id   TEXT NOT NULL REFERENCES author (id),
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL
);

CREATE TABLE claim_passage (
    claim_id      TEXT NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    annotation_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (claim_id, annotation_id)
);

CREATE TABLE evidence (
    id          TEXT PRIMARY KEY,   -- UUID
    description TEXT NOT NULL,
    reliability TEXT NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),  -- Admiralty: of the source
    credibility INTEGER NOT NULL CHECK (credibility BETWEEN 1 AND 6),             -- Admiralty: of the information
    author_id   TEXT NOT NULL REFERENCES author (id),
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL
);

CREATE TABLE evidence_passage (
    evidence_id   TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    annotation_id TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (evidence_id, annotation_id)
);

CREATE TABLE link (
    id          TEXT PRIMARY KEY,   -- UUID
    evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    claim_id    TEXT NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    stance      TEXT NOT NULL CHECK (stance IN ('supports', 'refutes')),
    strength    TEXT NOT NULL CHECK (strength IN ('weak', 'moderate', 'strong')),
    author_id   TEXT NOT NULL REFERENCES author (id),
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL,
    UNIQUE (evidence_id, claim_id)
);

-- Read-only conveniences for the sqlite3 shell.
CREATE VIEW highlight AS
SELECT d.title AS document, a.start_offset, a.end_offset, t.name AS tag, a.quote, a.note,
       au.name AS author, a.created, a.modified
FROM annotation a
JOIN document d ON d.id = a.document_id
JOIN tag t ON t.id = a.tag_id
JOIN author au ON au.id = a.author_id;

CREATE VIEW claim_evidence AS
SELECT c.statement AS claim, ac.name AS claimant, c.status, c.likelihood, e.description AS evidence,
       e.reliability || e.credibility AS grade, l.stance, l.strength
FROM link l
JOIN claim c ON c.id = l.claim_id
JOIN evidence e ON e.id = l.evidence_id
LEFT JOIN actor ac ON ac.id = c.claimant_id;

PRAGMA user_version = 1;
