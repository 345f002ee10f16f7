import { useState } from 'react';
import { api } from '../api/client';
import { errorsOf, type Errors } from '../forms';
import { CreateForm, EditForm, type FieldSpec } from '../resource';
import { useSession } from '../session';
import { ErrorBanner, Field, FormError, PageTitle, Section, useApi, type Page } from '../ui';
import { ApiTokens, Invitations, TwoFactorSettings } from './Security';

interface Member { id: string; email: string; fullName: string; role: string; active: boolean; lastLoginAt: string | null }
const ROLES = ['VIEWER', 'MEMBER', 'ADMIN', 'OWNER'].map((r) => ({ value: r, label: r.toLowerCase() }));

export default function Settings() {
  const { user, reload } = useSession();
  const [saved, setSaved] = useState<string | null>(null);
  const isOwner = user?.role === 'OWNER';
  const isAdmin = isOwner || user?.role === 'ADMIN';
  const profileFields: FieldSpec[] = [{ name: 'fullName', label: 'Name', required: true }, { name: 'locale', label: 'Locale', hint: 'e.g. en-IN, de-DE: how amounts and dates are written' }, { name: 'timezone', label: 'Time zone' }];
  const householdFields: FieldSpec[] = [{ name: 'name', label: 'Household name', required: true }, { name: 'baseCurrency', label: 'Base currency', kind: 'currency', required: true }, { name: 'timezone', label: 'Time zone', required: true }];
  const done = (what: string) => () => { setSaved(`${what} saved.`); void reload(); };
  return (
    <>
      <PageTitle>Settings</PageTitle>
      {saved && <p role="status" className="banner">{saved}</p>}
      <div className="grid">
        <Section title="Your profile">
          <p className="muted small">{user?.email} · {user?.role.toLowerCase()}</p>
          <EditForm path="/api/v1/users/me" fields={profileFields} label="Profile" onSaved={done('Profile')} onCancel={() => setSaved(null)} />
        </Section>
        <Section title="Household">
          {isOwner ? <EditForm path="/api/v1/tenants/current" fields={householdFields} label="Household" onSaved={done('Household')} onCancel={() => setSaved(null)} />
            : <p className="muted">Only an owner changes the household's settings.</p>}
        </Section>
      </div>
      <Section title="Password and sessions"><PasswordForm /></Section>
      <TwoFactorSettings />
      <ApiTokens />
      {isAdmin && <Members />}
      {isAdmin && <Invitations />}
    </>
  );
}

function PasswordForm() {
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState(false);
  return (
    <form noValidate aria-label="Change password" onSubmit={async (e) => {
      e.preventDefault();
      const form = e.currentTarget;
      const f = Object.fromEntries(new FormData(form)) as Record<string, string>;
      if (f.newPassword.length < 8) { setErrors({ newPassword: 'At least 8 characters' }); return; }
      try {
        await api.request('POST', '/api/v1/users/me/password', { body: f });
        setErrors({}); setDone(true); form.reset();
      } catch (err) { setErrors(errorsOf(err)); setDone(false); }
    }}>
      <p className="muted small">Changing your password signs out your other sessions (other browsers and devices); this one stays signed in.</p>
      <FormError message={errors._form} />
      <div className="fields">
        <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" error={errors.currentPassword} />
        <Field label="New password" name="newPassword" type="password" autoComplete="new-password" error={errors.newPassword} />
      </div>
      <button type="submit">Change password</button>
      {done && <p role="status">Password changed; other sessions are signed out.</p>}
    </form>
  );
}

function Members() {
  const { user } = useSession();
  const list = useApi<Page<Member>>('/api/v1/users', { size: 200 });
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const fields: FieldSpec[] = [{ name: 'fullName', label: 'Name', required: true }, { name: 'email', label: 'Email', required: true }, { name: 'role', label: 'Role', kind: 'select', options: ROLES }, { name: 'password', label: 'Initial password', required: true, hint: 'They change it after signing in' }];
  return (
    <Section title="Members" error={list.error} loading={list.loading && !list.data}>
      <ErrorBanner error={error} />
      <div className="table-wrap"><table>
        <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Active</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>{list.data?.items.map((m) => editing === m.id ? (
          <tr key={m.id}><td colSpan={5}><EditForm path={`/api/v1/users/${m.id}`} label="Change member" fields={[{ name: 'role', label: 'Role', kind: 'select', options: ROLES }, { name: 'active', label: 'Active', kind: 'checkbox' }]} onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); list.reload(); }} /></td></tr>
        ) : (
          <tr key={m.id}><td>{m.fullName}</td><td>{m.email}</td><td>{m.role.toLowerCase()}</td><td>{m.active ? 'yes' : 'no'}</td>
            <td className="row-actions">{m.id !== user?.id && <><button type="button" onClick={() => setEditing(m.id)} aria-label={`Change ${m.fullName}`}>Change</button>
              {m.active && <button type="button" onClick={async () => { try { await api.request('DELETE', `/api/v1/users/${m.id}`); list.reload(); } catch (e) { setError(e); } }} aria-label={`Deactivate ${m.fullName}`}>Deactivate</button>}</>}</td></tr>
        ))}</tbody>
      </table></div>
      <details><summary>Add a member</summary>
        <CreateForm path="/api/v1/users" fields={fields} label="Add a member" submitLabel="Add member" initial={{ fullName: '', email: '', role: 'MEMBER', password: '' }} onCreated={list.reload} />
      </details>
    </Section>
  );
}
