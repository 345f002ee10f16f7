CREATE TABLE tenants (
    id            uuid PRIMARY KEY,
    name          varchar(120) NOT NULL,
    base_currency char(3)      NOT NULL,
    timezone      varchar(64)  NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0
);

CREATE TABLE users (
    id            uuid PRIMARY KEY,
    tenant_id     uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    email         varchar(254) NOT NULL,
    full_name     varchar(120) NOT NULL,
    password_hash varchar(255) NOT NULL,
    role          varchar(16)  NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER')),
    active        boolean      NOT NULL DEFAULT true,
    locale        varchar(35),
    timezone      varchar(64),
    last_login_at timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0
);
-- One account per address across the whole suite, whatever its case: login names no tenant.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_tenant_created_idx ON users (tenant_id, created_at);
-- Lets children reference (tenant_id, id), so a foreign key can never point into another tenant.
ALTER TABLE users ADD CONSTRAINT users_tenant_id_id_key UNIQUE (tenant_id, id);

-- Refresh tokens are stored only as SHA-256 hashes. A family is one sign-in; every refresh rotates to a
-- new member, and presenting a used member again revokes the whole family.
CREATE TABLE refresh_tokens (
    id         uuid PRIMARY KEY,
    tenant_id  uuid        NOT NULL REFERENCES tenants ON DELETE CASCADE,
    user_id    uuid        NOT NULL,
    family_id  uuid        NOT NULL,
    token_hash varchar(64) NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    revoked_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    bigint      NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (tenant_id, family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (tenant_id, user_id);

-- Sign-in attempts per address, before any tenant is known; kept in PostgreSQL so the lock-out after
-- repeated failures holds while Redis is down.
CREATE TABLE login_attempts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email        varchar(254) NOT NULL,
    succeeded    boolean      NOT NULL,
    client_ip    varchar(64),
    attempted_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_email_idx ON login_attempts (lower(email), attempted_at DESC);

ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants
    USING (id = app_current_tenant()) WITH CHECK (id = app_current_tenant());

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON users
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

ALTER TABLE refresh_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE refresh_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON refresh_tokens
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

-- Sign-in must find an account before it knows the tenant. These two functions are the only doors past
-- row-level security and answer only for one exact address. They run as finsuite_lookup, a role that may
-- read users and nothing else, and that the services cannot become; running them as the tables' owner would
-- not do, because forced row-level security binds an owner that is not a superuser.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'finsuite_lookup') THEN
        BEGIN
            CREATE ROLE finsuite_lookup NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT finsuite_lookup TO %I', current_user);
    END IF;
END
$$;
GRANT SELECT ON users TO finsuite_lookup;
CREATE POLICY login_lookup ON users FOR SELECT TO finsuite_lookup USING (true);
CREATE FUNCTION auth_login_candidate(p_email text)
    RETURNS TABLE (user_id uuid, tenant_id uuid, password_hash text, active boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT id, tenant_id, password_hash, active FROM users WHERE lower(email) = lower(p_email) $$;

CREATE FUNCTION auth_email_taken(p_email text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower(p_email)) $$;

-- Giving a function to a role needs that role to hold CREATE on the schema, for the moment of the change.
GRANT CREATE ON SCHEMA public TO finsuite_lookup;
ALTER FUNCTION auth_login_candidate(text) OWNER TO finsuite_lookup;
ALTER FUNCTION auth_email_taken(text) OWNER TO finsuite_lookup;
REVOKE CREATE ON SCHEMA public FROM finsuite_lookup;

REVOKE ALL ON FUNCTION auth_login_candidate(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION auth_email_taken(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_login_candidate(text) TO finsuite_app;
GRANT EXECUTE ON FUNCTION auth_email_taken(text) TO finsuite_app;
