-- Email verification (issue 14), where an installation turns it on (EMAIL_VERIFICATION): a new registration's
-- address waits for the link sent to it before the account can sign in, so nobody keeps an address they cannot
-- read. A registration still waiting does not hold the address: registering it again replaces it. Accounts from
-- before this migration, and those an admin adds or an invitation makes, are not waiting.
ALTER TABLE users ADD COLUMN email_verification_pending boolean NOT NULL DEFAULT false;

CREATE TABLE email_verifications (
    token_hash text        PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id  uuid        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    created_at timestamptz NOT NULL
);
CREATE INDEX email_verifications_user ON email_verifications (user_id);

ALTER TABLE email_verifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE email_verifications FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON email_verifications
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

-- As for reset links (V24): the holder of a link is not signed in; this answers, for one exact hash, its tenant.
GRANT SELECT ON email_verifications TO finsuite_lookup;
CREATE POLICY link_lookup ON email_verifications FOR SELECT TO finsuite_lookup USING (true);
CREATE FUNCTION auth_email_verification_tenant(p_token_hash text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT tenant_id FROM email_verifications WHERE token_hash = p_token_hash $$;
GRANT CREATE ON SCHEMA public TO finsuite_lookup;
ALTER FUNCTION auth_email_verification_tenant(text) OWNER TO finsuite_lookup;
REVOKE CREATE ON SCHEMA public FROM finsuite_lookup;
REVOKE ALL ON FUNCTION auth_email_verification_tenant(text) FROM PUBLIC;

GRANT SELECT, INSERT, UPDATE, DELETE ON email_verifications TO finsuite_auth;
GRANT EXECUTE ON FUNCTION auth_email_verification_tenant(text) TO finsuite_auth;
