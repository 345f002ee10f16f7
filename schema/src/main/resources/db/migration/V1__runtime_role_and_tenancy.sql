-- The services query as finsuite_app, a role that row-level security applies to: not a superuser, not the
-- tables' owner, no BYPASSRLS. Migrations run as the DATABASE_URL user, which owns the tables; each
-- service's pool switches to finsuite_app with SET ROLE when it opens a connection.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'finsuite_app') THEN
        BEGIN
            CREATE ROLE finsuite_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database of this cluster created it at the same moment
        END;
    END IF;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT finsuite_app TO %I', current_user);
    END IF;
END
$$;

-- Nobody but the owner creates objects in the schema (PostgreSQL before 15 let everyone).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO finsuite_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO finsuite_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO finsuite_app;

-- The tenant a transaction acts for, as set_config('app.tenant_id', …, true) left it; NULL when unset, so
-- a policy comparing with it matches no row.
CREATE FUNCTION app_current_tenant() RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;
