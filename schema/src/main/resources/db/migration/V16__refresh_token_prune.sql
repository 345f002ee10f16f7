-- Refresh tokens were never deleted: every sign-in and every refresh added a row for good. They are now pruned
-- in bounded batches, outside any tenant, through one function that runs as finsuite_pruner (V4's pattern).
--
-- A row goes once it can no longer matter:
--   * expired more than the retention ago: its JWT has expired too, so it is refused before the table is read;
--   * revoked more than the retention ago, and no member of its family is still usable: replaying it is refused
--     either way, and there is no live link left for reuse detection to revoke.
-- A used (rotated) token that is neither stays until it expires: presenting it again is how a stolen family is
-- detected and revoked, so it must be found for as long as its JWT could be accepted.
CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at);
CREATE INDEX refresh_tokens_revoked_idx ON refresh_tokens (revoked_at) WHERE revoked_at IS NOT NULL;

-- The pruner reads only what the rule needs (never token_hash) and deletes only tokens that are spent.
GRANT SELECT (id, tenant_id, family_id, expires_at, revoked_at), DELETE ON refresh_tokens TO finsuite_pruner;
CREATE POLICY refresh_tokens_prune_read ON refresh_tokens FOR SELECT TO finsuite_pruner USING (true);
CREATE POLICY refresh_tokens_prune ON refresh_tokens FOR DELETE TO finsuite_pruner
    USING (expires_at < now() OR revoked_at IS NOT NULL);

-- At most p_batch rows per call, so one call never holds many locks or a long transaction; the caller repeats
-- until a call deletes fewer. A retention under a day is raised to a day.
CREATE FUNCTION prune_refresh_tokens(p_retention interval, p_batch integer) RETURNS integer
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    WITH cutoff AS (SELECT now() - greatest(p_retention, interval '1 day') AS at),
    doomed AS (
        SELECT t.id FROM refresh_tokens t, cutoff
        WHERE t.expires_at < cutoff.at
        UNION
        SELECT t.id FROM refresh_tokens t, cutoff
        WHERE t.revoked_at < cutoff.at
          AND NOT EXISTS (SELECT 1 FROM refresh_tokens live
                          WHERE live.tenant_id = t.tenant_id AND live.family_id = t.family_id
                            AND live.revoked_at IS NULL AND live.expires_at > now())
        LIMIT greatest(p_batch, 1)
    ),
    gone AS (DELETE FROM refresh_tokens WHERE id IN (SELECT id FROM doomed) RETURNING 1)
    SELECT count(*)::integer FROM gone
$$;
GRANT CREATE ON SCHEMA public TO finsuite_pruner;
ALTER FUNCTION prune_refresh_tokens(interval, integer) OWNER TO finsuite_pruner;
REVOKE CREATE ON SCHEMA public FROM finsuite_pruner;
REVOKE ALL ON FUNCTION prune_refresh_tokens(interval, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION prune_refresh_tokens(interval, integer) TO finsuite_app;
