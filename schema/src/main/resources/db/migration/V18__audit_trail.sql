-- The audit trail: every change to a tenant's money leaves one row, written in the same transaction as the change
-- (a change that fails leaves none). Who (a user, or a job), when, what, the entity before and after (as the API
-- shows it, amounts as decimal strings) and the request that did it.
CREATE TABLE audit_events (
    id           uuid PRIMARY KEY,
    tenant_id    uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    occurred_at  timestamptz  NOT NULL DEFAULT now(),
    actor_id     uuid,
    actor_kind   varchar(16)  NOT NULL CHECK (actor_kind IN ('USER', 'JOB')),
    service      varchar(40)  NOT NULL,
    action       varchar(16)  NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'RESTORE')),
    entity_type  varchar(40)  NOT NULL CHECK (entity_type ~ '^[a-z][a-z_]*$'),
    entity_id    uuid,
    before       jsonb,
    after        jsonb,
    request_id   varchar(64),
    CHECK ((actor_kind = 'USER') = (actor_id IS NOT NULL))
);
CREATE INDEX audit_events_tenant_time_idx ON audit_events (tenant_id, occurred_at DESC);
CREATE INDEX audit_events_tenant_entity_idx ON audit_events (tenant_id, entity_type, entity_id);
SELECT isolate_by_tenant('audit_events');

-- Written once, never changed: the services whose changes are audited (V17's login roles) may add rows and read
-- them, never update or delete them.
GRANT SELECT, INSERT ON audit_events TO finsuite_finance, finsuite_emi, finsuite_investment;
-- export-service lists the trail (GET /api/v1/audit), records its exports, and backs the trail up and restores it.
GRANT SELECT, INSERT ON audit_events TO finsuite_export_reader;
GRANT SELECT, INSERT ON audit_events TO finsuite_restorer;

-- Not even the owner changes or removes a row. The one delete allowed is the cascade of deleting the tenant: it is
-- issued by the foreign key's own trigger, so it arrives at a trigger depth above 1, which a plain DELETE never
-- does (nobody but the owner can put a trigger on this table).
CREATE FUNCTION audit_events_immutable() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit events are never changed or removed' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_events_immutable BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_immutable();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_immutable();
