-- Personal API tokens (issue 14): a script's own revocable key, with scopes (read, write, export) and an expiry,
-- shown once and stored as its SHA-256. Every service accepts one like an access token; it names no tenant
-- until it is looked up, so, as sign-in does for an address, auth_api_token answers for one exact hash only,
-- with the owner's current role (running as finsuite_lookup, which may read these rows and users and nothing
-- else). auth_api_token_used records the last use, at most about once a minute per token.
CREATE TABLE api_tokens (
    id           uuid         PRIMARY KEY,
    tenant_id    uuid         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id      uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         varchar(100) NOT NULL,
    token_hash   text         NOT NULL UNIQUE,
    scopes       text[]       NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['read', 'write', 'export']),
    created_at   timestamptz  NOT NULL,
    expires_at   timestamptz  NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_tokens_user ON api_tokens (tenant_id, user_id, created_at DESC);

ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_tokens
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

GRANT SELECT, UPDATE (last_used_at) ON api_tokens TO finsuite_lookup;
CREATE POLICY token_lookup ON api_tokens FOR SELECT TO finsuite_lookup USING (true);
CREATE POLICY token_last_use ON api_tokens FOR UPDATE TO finsuite_lookup USING (true) WITH CHECK (true);

CREATE FUNCTION auth_api_token(p_token_hash text)
    RETURNS TABLE (id uuid, tenant_id uuid, user_id uuid, role text, scopes text[], created_at timestamptz,
                   expires_at timestamptz, revoked_at timestamptz, active boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT t.id, t.tenant_id, t.user_id, u.role, t.scopes, t.created_at, t.expires_at, t.revoked_at, u.active
      FROM api_tokens t JOIN users u ON u.id = t.user_id AND u.tenant_id = t.tenant_id
     WHERE t.token_hash = p_token_hash
$$;

CREATE FUNCTION auth_api_token_used(p_id uuid) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
AS $$ UPDATE api_tokens SET last_used_at = now() WHERE id = p_id $$;

GRANT CREATE ON SCHEMA public TO finsuite_lookup;
ALTER FUNCTION auth_api_token(text) OWNER TO finsuite_lookup;
ALTER FUNCTION auth_api_token_used(uuid) OWNER TO finsuite_lookup;
REVOKE CREATE ON SCHEMA public FROM finsuite_lookup;
REVOKE ALL ON FUNCTION auth_api_token(text), auth_api_token_used(uuid) FROM PUBLIC;

GRANT SELECT, INSERT, UPDATE, DELETE ON api_tokens TO finsuite_auth;
GRANT EXECUTE ON FUNCTION auth_api_token(text), auth_api_token_used(uuid)
    TO finsuite_auth, finsuite_finance, finsuite_emi, finsuite_investment, finsuite_market, finsuite_export_reader;
