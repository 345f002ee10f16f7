-- Money movements accept an Idempotency-Key: the first response is kept here, in the same transaction as
-- the write it describes, so a retried request either replays that response or finds nothing written.
CREATE TABLE idempotency_keys (
    tenant_id     uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    scope         varchar(200) NOT NULL,
    idem_key      varchar(255) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    status        smallint,
    location      varchar(500),
    etag          varchar(64),
    body          text,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, scope, idem_key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
SELECT isolate_by_tenant('idempotency_keys');
-- Keys are remembered for a day. The hourly prune runs outside any tenant, so it goes through one function
-- that runs as finsuite_pruner: a role that may see and delete only expired keys, and that the services
-- cannot become (the same pattern as sign-in's lookups in V2).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'finsuite_pruner') THEN
        BEGIN
            CREATE ROLE finsuite_pruner NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT finsuite_pruner TO %I', current_user);
    END IF;
END
$$;
GRANT SELECT, DELETE ON idempotency_keys TO finsuite_pruner;
CREATE POLICY expired_keys_prune ON idempotency_keys TO finsuite_pruner
    USING (created_at < now() - interval '1 day');
CREATE FUNCTION prune_idempotency_keys() RETURNS integer
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ WITH gone AS (DELETE FROM idempotency_keys WHERE created_at < now() - interval '1 day' RETURNING 1)
      SELECT count(*)::integer FROM gone $$;
GRANT CREATE ON SCHEMA public TO finsuite_pruner;
ALTER FUNCTION prune_idempotency_keys() OWNER TO finsuite_pruner;
REVOKE CREATE ON SCHEMA public FROM finsuite_pruner;
REVOKE ALL ON FUNCTION prune_idempotency_keys() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION prune_idempotency_keys() TO finsuite_app;
