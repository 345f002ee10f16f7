-- Two-factor sign-in (issue 14): a user's TOTP secret (RFC 6238), sealed with AES-256-GCM under a key only
-- auth-service holds, and single-use recovery codes, stored as SHA-256 hashes (each is 50 random bits, shown once).
-- A secret is pending until its first code is confirmed; last_used_step refuses a code used once already.
-- An OWNER may require two-factor sign-in of the whole household (tenants.require_two_factor).
ALTER TABLE tenants ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false;

CREATE TABLE user_two_factor (
    user_id           uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    tenant_id         uuid        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    secret_ciphertext text        NOT NULL,
    confirmed_at      timestamptz,
    last_used_step    bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL
);
CREATE INDEX user_two_factor_tenant ON user_two_factor (tenant_id);

CREATE TABLE user_recovery_codes (
    id        uuid        PRIMARY KEY,
    user_id   uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id uuid        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    code_hash text        NOT NULL,
    used_at   timestamptz
);
CREATE INDEX user_recovery_codes_user ON user_recovery_codes (user_id);

ALTER TABLE user_two_factor ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_two_factor FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON user_two_factor
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

ALTER TABLE user_recovery_codes ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_recovery_codes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON user_recovery_codes
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON user_two_factor, user_recovery_codes TO finsuite_auth;
