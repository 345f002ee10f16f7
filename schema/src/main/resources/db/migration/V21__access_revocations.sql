-- Access tokens live up to 15 minutes and every service verifies them by signature alone, so a deactivated or
-- demoted user, or a signed-out session, kept its access until the token expired everywhere but auth-service.
-- auth-service now records each such end here: an access token issued before not_before to that user (subject
-- a user id) or from that sign-in (subject a refresh-token family, the token's session id) is refused by every
-- service. Pushed through Redis within seconds; read from here (cached for at most 30 s) when Redis is down.
-- No tenant_id and no row-level security: a subject id is a random UUID naming one user or sign-in of one
-- tenant, the check runs before a tenant is known, and a row says nothing but "refuse tokens older than this".
create table access_revocations (
    subject_id uuid primary key,
    subject_kind text not null check (subject_kind in ('USER', 'SESSION')),
    not_before timestamptz not null,
    -- When no token the row refuses can still be valid: the row may be pruned after this.
    expires_at timestamptz not null
);
create index access_revocations_expires_at on access_revocations (expires_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON access_revocations TO finsuite_auth;
GRANT SELECT ON access_revocations TO finsuite_finance, finsuite_emi, finsuite_investment, finsuite_market,
    finsuite_export_reader;
