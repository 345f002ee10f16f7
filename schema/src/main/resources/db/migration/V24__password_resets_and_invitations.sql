-- Password reset links and invitations (issue 14), each stored as the SHA-256 hash of a 256-bit secret sent by
-- email. Both are tenant rows under row-level security like every other. The person using a link is not signed
-- in, so its tenant is unknown: as sign-in does for an address, one function per table answers, for one exact
-- hash, the tenant it belongs to (running as finsuite_lookup, which may read these rows and nothing else), and
-- the rest runs in that tenant.
CREATE TABLE password_resets (
    token_hash text        PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id  uuid        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    created_at timestamptz NOT NULL
);
CREATE INDEX password_resets_user ON password_resets (user_id);

CREATE TABLE invitations (
    id          uuid         PRIMARY KEY,
    tenant_id   uuid         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email       varchar(254) NOT NULL,
    role        varchar(16)  NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER')),
    token_hash  text         NOT NULL UNIQUE,
    invited_by  uuid         REFERENCES users (id) ON DELETE SET NULL,
    expires_at  timestamptz  NOT NULL,
    accepted_at timestamptz,
    created_at  timestamptz  NOT NULL
);
CREATE INDEX invitations_tenant ON invitations (tenant_id, created_at DESC);

ALTER TABLE password_resets ENABLE ROW LEVEL SECURITY;
ALTER TABLE password_resets FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON password_resets
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON invitations
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

GRANT SELECT ON password_resets, invitations TO finsuite_lookup;
CREATE POLICY link_lookup ON password_resets FOR SELECT TO finsuite_lookup USING (true);
CREATE POLICY link_lookup ON invitations FOR SELECT TO finsuite_lookup USING (true);

CREATE FUNCTION auth_password_reset_tenant(p_token_hash text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT tenant_id FROM password_resets WHERE token_hash = p_token_hash $$;

CREATE FUNCTION auth_invitation_tenant(p_token_hash text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT tenant_id FROM invitations WHERE token_hash = p_token_hash $$;

GRANT CREATE ON SCHEMA public TO finsuite_lookup;
ALTER FUNCTION auth_password_reset_tenant(text) OWNER TO finsuite_lookup;
ALTER FUNCTION auth_invitation_tenant(text) OWNER TO finsuite_lookup;
REVOKE CREATE ON SCHEMA public FROM finsuite_lookup;
REVOKE ALL ON FUNCTION auth_password_reset_tenant(text), auth_invitation_tenant(text) FROM PUBLIC;

GRANT SELECT, INSERT, UPDATE, DELETE ON password_resets, invitations TO finsuite_auth;
GRANT EXECUTE ON FUNCTION auth_password_reset_tenant(text), auth_invitation_tenant(text) TO finsuite_auth;
