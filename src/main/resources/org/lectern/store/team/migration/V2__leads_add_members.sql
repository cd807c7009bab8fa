-- A lead adds people to the team (the issue's "lead: also documents, tags, members") without the owner's login.
-- The function runs as the schema's owner, who may create roles, and does only this: a new LOGIN role with the
-- SCRAM verifier the lead's Lectern computed (never a password in clear), the group role of an analyst, reviewer
-- or lead, and the member row. An existing login is never touched: its password, its rights and whatever it
-- belongs to stay as they are (whoever runs the server adds an existing login, with lectern team add as owner).

CREATE FUNCTION lectern.add_member(new_login text, new_name text, new_role text, scram_verifier text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    group_role text;
BEGIN
    IF NOT pg_has_role(session_user, '${lead_role}', 'MEMBER') THEN
        RAISE EXCEPTION 'only a lead of the team adds members' USING ERRCODE = '42501';
    END IF;
    group_role := CASE new_role WHEN 'analyst' THEN '${analyst_role}' WHEN 'reviewer' THEN '${reviewer_role}'
                                WHEN 'lead' THEN '${lead_role}' END;
    IF group_role IS NULL THEN
        RAISE EXCEPTION 'a member is an analyst, a reviewer or a lead, not %', new_role USING ERRCODE = '22023';
    END IF;
    IF new_login IS NULL OR length(new_login) NOT BETWEEN 1 AND 63 THEN
        RAISE EXCEPTION 'a login name has 1 to 63 characters' USING ERRCODE = '22023';
    END IF;
    IF scram_verifier IS NULL
       OR scram_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password reaches the server only as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = new_login) THEN
        RAISE EXCEPTION 'the server already has a login named %', new_login USING ERRCODE = '42710';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS'
                   ' PASSWORD %L', new_login, scram_verifier);
    EXECUTE format('GRANT %I TO %I', group_role, new_login);
    INSERT INTO lectern.member (login, name, role) VALUES (new_login, new_name, new_role);
END $$;

REVOKE ALL ON FUNCTION lectern.add_member(text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lectern.add_member(text, text, text, text) TO "${lead_role}";
