import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { errorsOf, type Errors } from '../forms';
import { ErrorBanner, Field, FormError, Section, Select, useApi } from '../ui';

interface TwoFactorStatus { enabled: boolean; pending: boolean; recoveryCodesLeft: number; requiredByHousehold: boolean }
interface ApiToken { id: string; name: string; scopes: string[]; createdAt: string; expiresAt: string; lastUsedAt: string | null; revokedAt: string | null }
interface Invitation { id: string; email: string; role: string; expiresAt: string }

const SCOPES = ['read', 'write', 'export'];
const ROLES = ['VIEWER', 'MEMBER', 'ADMIN', 'OWNER'].map((r) => ({ value: r, label: r.toLowerCase() }));

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div role="status">
      <p>Keep these recovery codes somewhere safe: each signs you in once without your phone. They are shown only now.</p>
      <ul className="recovery-codes">{codes.map((c) => <li key={c}><code>{c}</code></li>)}</ul>
    </div>
  );
}

/** Two-factor sign-in: set up an authenticator, see how many recovery codes are left, turn it off. */
export function TwoFactorSettings() {
  const status = useApi<TwoFactorStatus>('/api/v1/users/me/two-factor');
  const [enrolment, setEnrolment] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [errors, setErrors] = useState<Errors>({});

  async function start() {
    try {
      setEnrolment((await api.request<{ secret: string; otpauthUri: string }>('POST', '/api/v1/users/me/two-factor')).data);
      setErrors({});
    } catch (err) { setErrors(errorsOf(err)); }
  }

  async function confirm(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('code') ?? '').trim();
    try {
      const r = await api.request<{ recoveryCodes: string[] }>('POST', '/api/v1/users/me/two-factor/confirm', { body: { code } });
      setCodes(r.data.recoveryCodes); setEnrolment(null); setErrors({}); status.reload();
    } catch (err) { setErrors(errorsOf(err)); }
  }

  async function disable(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const password = String(new FormData(e.currentTarget).get('password') ?? '');
    try {
      await api.request('POST', '/api/v1/users/me/two-factor/disable', { body: { password } });
      setErrors({}); setCodes(null); status.reload();
    } catch (err) { setErrors(errorsOf(err)); }
  }

  const s = status.data;
  return (
    <Section title="Two-factor sign-in" error={status.error} loading={status.loading && !s}>
      <FormError message={errors._form} />
      {codes && <RecoveryCodes codes={codes} />}
      {s?.enabled ? (
        <>
          <p>On: sign-in asks for your authenticator's code. {s.recoveryCodesLeft} recovery codes left.</p>
          {s.requiredByHousehold ? <p className="muted small">Your household requires it, so it stays on.</p> : (
            <form noValidate aria-label="Turn two-factor sign-in off" onSubmit={disable}>
              <Field label="Password" name="password" type="password" autoComplete="current-password" error={errors.password} />
              <button type="submit">Turn off</button>
            </form>
          )}
        </>
      ) : enrolment ? (
        <form noValidate aria-label="Confirm your authenticator" onSubmit={confirm}>
          <p>Add this key to an authenticator app (or open <a href={enrolment.otpauthUri}>the setup link</a> on your phone), then enter the code it shows.</p>
          <p><code>{enrolment.secret}</code></p>
          <Field label="Code" name="code" inputMode="numeric" autoComplete="one-time-code" error={errors.code} />
          <button type="submit" className="primary">Turn on</button>
        </form>
      ) : s && <button type="button" onClick={start}>Set up an authenticator</button>}
    </Section>
  );
}

/** Personal API tokens: created with scopes, shown once, listed with their last use, revoked at once. */
export function ApiTokens() {
  const list = useApi<ApiToken[]>('/api/v1/users/me/api-tokens');
  const [created, setCreated] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>(null);

  async function create(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const scopes = SCOPES.filter((s) => f.get(`scope-${s}`) === 'on');
    const body = { name: String(f.get('name') ?? '').trim(), scopes, expiresInDays: Number(f.get('expiresInDays') || 90) };
    try {
      const r = await api.request<{ token: string }>('POST', '/api/v1/users/me/api-tokens', { body });
      setCreated(r.data.token); setErrors({}); form.reset(); list.reload();
    } catch (err) { setErrors(errorsOf(err)); }
  }

  async function revoke(id: string) {
    try { await api.request('DELETE', `/api/v1/users/me/api-tokens/${id}`); list.reload(); } catch (e) { setError(e); }
  }

  return (
    <Section title="API tokens" error={list.error} loading={list.loading && !list.data}>
      <ErrorBanner error={error} />
      {created && <p role="status">Your new token, shown only now: <code>{created}</code></p>}
      <div className="table-wrap"><table>
        <thead><tr><th scope="col">Name</th><th scope="col">Scopes</th><th scope="col">Expires</th><th scope="col">Last used</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>{list.data?.map((t) => (
          <tr key={t.id}><td>{t.name}</td><td>{t.scopes.join(', ')}</td><td>{t.expiresAt.slice(0, 10)}</td>
            <td>{t.revokedAt ? 'revoked' : t.lastUsedAt ? t.lastUsedAt.slice(0, 16).replace('T', ' ') : 'never'}</td>
            <td className="row-actions">{!t.revokedAt && <button type="button" onClick={() => revoke(t.id)} aria-label={`Revoke ${t.name}`}>Revoke</button>}</td></tr>
        ))}</tbody>
      </table></div>
      <details><summary>Create a token</summary>
        <form noValidate aria-label="Create an API token" onSubmit={create}>
          <FormError message={errors._form} />
          <Field label="Name" name="name" error={errors.name} hint="What the script does" />
          <fieldset><legend>Scopes</legend>
            {SCOPES.map((s) => <label key={s}><input type="checkbox" name={`scope-${s}`} defaultChecked={s === 'read'} /> {s}</label>)}
            {errors.scopes && <small className="field-error">{errors.scopes}</small>}
          </fieldset>
          <Field label="Days valid" name="expiresInDays" type="number" min={1} max={365} defaultValue={90} error={errors.expiresInDays} />
          <button type="submit">Create token</button>
        </form>
      </details>
    </Section>
  );
}

/** An ADMIN invites a member by email; the invitation's link lets them choose their own password. */
export function Invitations() {
  const list = useApi<Invitation[]>('/api/v1/users/invitations');
  const [errors, setErrors] = useState<Errors>({});
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function invite(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const body = Object.fromEntries(new FormData(form)) as Record<string, string>;
    try {
      await api.request('POST', '/api/v1/users/invitations', { body });
      setSent(body.email); setErrors({}); form.reset(); list.reload();
    } catch (err) { setErrors(errorsOf(err)); setSent(null); }
  }

  return (
    <Section title="Invitations" error={list.error} loading={list.loading && !list.data}>
      <ErrorBanner error={error} />
      {sent && <p role="status">Invitation sent to {sent}.</p>}
      <ul>{list.data?.map((i) => (
        <li key={i.id}>{i.email} ({i.role.toLowerCase()}, until {i.expiresAt.slice(0, 10)}){' '}
          <button type="button" aria-label={`Withdraw the invitation of ${i.email}`} onClick={async () => {
            try { await api.request('DELETE', `/api/v1/users/invitations/${i.id}`); list.reload(); } catch (err) { setError(err); }
          }}>Withdraw</button></li>
      ))}</ul>
      <form noValidate aria-label="Invite a member" onSubmit={invite}>
        <FormError message={errors._form} />
        <div className="fields">
          <Field label="Email" name="email" type="email" error={errors.email} />
          <Select label="Role" name="role" options={ROLES} defaultValue="MEMBER" error={errors.role} />
        </div>
        <button type="submit">Send invitation</button>
      </form>
    </Section>
  );
}
