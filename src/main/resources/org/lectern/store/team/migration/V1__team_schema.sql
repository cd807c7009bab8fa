-- The team's meeting place: the members and every record they share.
-- Placeholders: ${analyst_role}, ${reviewer_role}, ${lead_role} are this database's group roles (created by
-- TeamAdmin before migrating, since roles belong to the whole cluster); ${owner_role} is the login running init.

CREATE TABLE lectern.member (
    login     text PRIMARY KEY,
    name      text NOT NULL UNIQUE,   -- the analyst's name as on the stamps of their records
    role      text NOT NULL CHECK (role IN ('analyst', 'reviewer', 'lead')),
    added     timestamptz NOT NULL DEFAULT now(),
    last_sync timestamptz
);

CREATE SEQUENCE lectern.record_rev;

CREATE TABLE lectern.record (
    id          uuid PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('document', 'tag', 'annotation', 'actor', 'claim', 'evidence', 'link',
                                              'review_comment', 'review_decision')),
    owner       text NOT NULL DEFAULT session_user,  -- the login that last wrote it
    author      text NOT NULL,                       -- the name on its stamp
    adjudicated boolean NOT NULL DEFAULT false,      -- an annotation in the adjudicated layer
    document_id uuid,
    body        jsonb NOT NULL,                      -- the whole record, without nulls
    modified    timestamptz NOT NULL,
    deleted     boolean NOT NULL DEFAULT false,      -- a tombstone: members never DELETE rows
    rev         bigint NOT NULL,
    CONSTRAINT only_annotations_are_adjudicated CHECK (NOT adjudicated OR kind = 'annotation'),
    -- The body cannot claim another record or another author than its columns, which the policies check.
    CONSTRAINT body_is_this_record CHECK (body ->> 'id' IS NULL OR body ->> 'id' = id::text),
    CONSTRAINT body_has_this_author CHECK (body -> 'stamp' IS NULL OR body #>> '{stamp,author}' = author)
);

CREATE INDEX record_by_rev ON lectern.record (rev);

-- Every write takes the same transaction lock before it gets its rev, and keeps it until it commits: revs are
-- therefore committed in increasing order, and a reader that has seen rev N never later finds a new row below N.
CREATE FUNCTION lectern.stamp_rev() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(${write_lock});
    NEW.rev := nextval('lectern.record_rev');
    RETURN NEW;
END $$;

CREATE TRIGGER record_rev BEFORE INSERT OR UPDATE ON lectern.record
    FOR EACH ROW EXECUTE FUNCTION lectern.stamp_rev();

-- Connected clients LISTEN on this channel and pull when it rings (once per writing transaction).
CREATE FUNCTION lectern.notify_changes() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('lectern_changes', '');
    RETURN NULL;
END $$;

CREATE TRIGGER record_notify AFTER INSERT OR UPDATE ON lectern.record
    FOR EACH STATEMENT EXECUTE FUNCTION lectern.notify_changes();

-- The name on the stamps of the member logged in.
CREATE FUNCTION lectern.my_name() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT name FROM lectern.member WHERE login = session_user
$$;

-- A member records when they last synchronised; no member can change anything else of the member list.
CREATE FUNCTION lectern.mark_synchronised() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    UPDATE lectern.member SET last_sync = now() WHERE login = session_user
$$;

REVOKE ALL ON FUNCTION lectern.my_name() FROM PUBLIC;
REVOKE ALL ON FUNCTION lectern.mark_synchronised() FROM PUBLIC;
REVOKE ALL ON FUNCTION lectern.stamp_rev() FROM PUBLIC;

GRANT USAGE ON SCHEMA lectern TO "${analyst_role}";
GRANT SELECT ON lectern.member TO "${analyst_role}";
GRANT SELECT, INSERT, UPDATE ON lectern.record TO "${analyst_role}";
GRANT EXECUTE ON FUNCTION lectern.my_name() TO "${analyst_role}";
GRANT EXECUTE ON FUNCTION lectern.mark_synchronised() TO "${analyst_role}";

-- Row-level security, forced so that it holds for everyone but the owner, who has a policy of their own.
ALTER TABLE lectern.record ENABLE ROW LEVEL SECURITY;
ALTER TABLE lectern.record FORCE ROW LEVEL SECURITY;

CREATE POLICY owner_manages_all ON lectern.record FOR ALL TO "${owner_role}" USING (true) WITH CHECK (true);

-- Everyone in the team reads everything.
CREATE POLICY team_reads_all ON lectern.record FOR SELECT TO "${analyst_role}" USING (true);

-- Each analyst writes their own work, under their own name.
CREATE POLICY analyst_writes_own_work ON lectern.record FOR INSERT TO "${analyst_role}"
    WITH CHECK (owner = session_user AND author = lectern.my_name() AND NOT adjudicated
                AND kind IN ('annotation', 'actor', 'claim', 'evidence', 'link', 'review_comment'));
CREATE POLICY analyst_changes_own_work ON lectern.record FOR UPDATE TO "${analyst_role}"
    USING (owner = session_user AND NOT adjudicated
           AND kind IN ('annotation', 'actor', 'claim', 'evidence', 'link', 'review_comment'))
    WITH CHECK (owner = session_user AND author = lectern.my_name() AND NOT adjudicated
                AND kind IN ('annotation', 'actor', 'claim', 'evidence', 'link', 'review_comment'));

-- Reviewers also adjudicate: their decisions and the adjudicated layer.
CREATE POLICY reviewer_writes_adjudication ON lectern.record FOR INSERT TO "${reviewer_role}"
    WITH CHECK (owner = session_user AND author = lectern.my_name()
                AND ((kind = 'annotation' AND adjudicated) OR kind = 'review_decision'));
CREATE POLICY reviewer_changes_own_adjudication ON lectern.record FOR UPDATE TO "${reviewer_role}"
    USING (owner = session_user AND ((kind = 'annotation' AND adjudicated) OR kind = 'review_decision'))
    WITH CHECK (owner = session_user AND author = lectern.my_name()
                AND ((kind = 'annotation' AND adjudicated) OR kind = 'review_decision'));

-- Leads also keep the documents and the tags, which belong to the whole team: any lead may change them.
CREATE POLICY lead_writes_documents_and_tags ON lectern.record FOR INSERT TO "${lead_role}"
    WITH CHECK (owner = session_user AND kind IN ('document', 'tag'));
CREATE POLICY lead_changes_documents_and_tags ON lectern.record FOR UPDATE TO "${lead_role}"
    USING (kind IN ('document', 'tag'))
    WITH CHECK (owner = session_user AND kind IN ('document', 'tag'));
