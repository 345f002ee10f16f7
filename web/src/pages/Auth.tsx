import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../session';
import { Field, FormError, PageTitle } from '../ui';
import { checkRequired, collect, errorsOf, type Errors } from '../forms';
import { ApiError } from '../api/problem';
import { api } from '../api/client';
import type { RegisterRequest } from '../api/schemas';

/** What the second step of a sign-in asks for, when the account or its household uses two-factor sign-in. */
type SecondStep =
  | { kind: 'none' }
  | { kind: 'code' }
  | { kind: 'setup'; setupToken: string; secret?: string; otpauthUri?: string; recoveryCodes?: string[] };

export function SignIn() {
  const { signIn } = useSession();
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<SecondStep>({ kind: 'none' });
  const [credentials, setCredentials] = useState({ email: '', password: '' });

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const f = new FormData(e.currentTarget);
    const email = step.kind === 'none' ? String(f.get('email') ?? '') : credentials.email;
    const password = step.kind === 'none' ? String(f.get('password') ?? '') : credentials.password;
    const otp = String(f.get('otp') ?? '').trim();
    const found = collect({
      email: checkRequired(email, 'Enter your email'),
      password: checkRequired(password, 'Enter your password'),
      otp: step.kind === 'code' ? checkRequired(otp, 'Enter the code from your authenticator app') : undefined,
    });
    setErrors(found);
    if (Object.keys(found).length) return;
    setCredentials({ email, password });
    setBusy(true);
    try {
      await signIn(email, password, step.kind === 'code' ? otp : undefined);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'two_factor_required') {
        setStep({ kind: 'code' });
        setErrors({});
      } else if (err instanceof ApiError && err.code === 'two_factor_invalid') {
        setErrors({ otp: 'That code is not current (each works once), nor an unused recovery code.' });
      } else if (err instanceof ApiError && err.code === 'email_not_verified') {
        setErrors({ _form: 'Confirm your address first: open the link we emailed to it (signing up again sends a new one).' });
      } else if (err instanceof ApiError && err.code === 'two_factor_setup_required') {
        await beginSetup(String(err.problem.setupToken ?? ''));
      } else {
        const wrong = err instanceof ApiError && err.status === 401;
        setErrors(wrong ? { _form: 'That email and password do not match an account.' } : errorsOf(err));
      }
    } finally {
      setBusy(false);
    }
  }

  async function beginSetup(setupToken: string) {
    const r = await api.request<{ secret: string; otpauthUri: string }>('POST', '/api/v1/auth/two-factor/setup', {
      body: { setupToken },
    });
    setStep({ kind: 'setup', setupToken, secret: r.data.secret, otpauthUri: r.data.otpauthUri });
    setErrors({});
  }

  async function confirmSetup(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy || step.kind !== 'setup') return;
    const code = String(new FormData(e.currentTarget).get('code') ?? '').trim();
    const found = collect({ code: checkRequired(code, 'Enter the code your authenticator app shows') });
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const r = await api.request<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/two-factor/setup/confirm', {
        body: { setupToken: step.setupToken, code },
      });
      setStep({ ...step, recoveryCodes: r.data.recoveryCodes });
    } catch (err) {
      setErrors(errorsOf(err));
    } finally {
      setBusy(false);
    }
  }

  if (step.kind === 'setup') {
    return (
      <main id="main" className="auth">
        <PageTitle>Set up two-factor sign-in</PageTitle>
        {step.recoveryCodes ? (
          <div className="card">
            <p>Two-factor sign-in is on. Keep these recovery codes somewhere safe: each signs you in once if you lose
              your phone, and they are shown only now.</p>
            <ul className="recovery-codes">{step.recoveryCodes.map((c) => <li key={c}><code>{c}</code></li>)}</ul>
            <button type="button" className="primary" onClick={() => setStep({ kind: 'code' })}>Sign in with a code</button>
          </div>
        ) : (
          <form onSubmit={confirmSetup} noValidate className="card">
            <p>Your household requires a second factor. Add this key to an authenticator app
              (or open <a href={step.otpauthUri}>the setup link</a> on your phone), then enter the code it shows.</p>
            <p><code>{step.secret}</code></p>
            <FormError message={errors._form} />
            <Field label="Code" name="code" inputMode="numeric" autoComplete="one-time-code" error={errors.code} required />
            <button type="submit" className="primary" disabled={busy}>{busy ? 'Checking…' : 'Turn it on'}</button>
          </form>
        )}
      </main>
    );
  }

  return (
    <main id="main" className="auth">
      <PageTitle>Sign in to finsuite</PageTitle>
      <form onSubmit={submit} noValidate className="card">
        <FormError message={errors._form} />
        {step.kind === 'none' ? (
          <>
            <Field label="Email" name="email" type="email" autoComplete="username" error={errors.email} required />
            <Field label="Password" name="password" type="password" autoComplete="current-password" error={errors.password} required />
          </>
        ) : (
          <Field label="Code" name="otp" inputMode="numeric" autoComplete="one-time-code" autoFocus
            hint="From your authenticator app, or one of your recovery codes" error={errors.otp} required />
        )}
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
      <p><Link to="/forgot-password">Forgot your password?</Link> · New here? <Link to="/signup">Create a household</Link></p>
    </main>
  );
}

/** The token of an emailed link (`?token=…`), the one thing the reset and invitation pages need from it. */
function useLinkToken(): string {
  return new URLSearchParams(useLocation().search).get('token') ?? '';
}

export function ForgotPassword() {
  const [errors, setErrors] = useState<Errors>({});
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const email = String(new FormData(e.currentTarget).get('email') ?? '').trim();
    const found = collect({ email: /.+@.+\..+/.test(email) ? undefined : 'Enter your email address' });
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await api.request('POST', '/api/v1/auth/password-reset', { body: { email } });
      setSent(true);
    } catch (err) {
      setErrors(errorsOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="auth">
      <PageTitle>Reset your password</PageTitle>
      {sent ? (
        <p className="card" role="status">If that address has an account, an email with a link is on its way. The link
          works once, for 30 minutes.</p>
      ) : (
        <form onSubmit={submit} noValidate className="card">
          <FormError message={errors._form} />
          <Field label="Email" name="email" type="email" autoComplete="username" error={errors.email} required />
          <button type="submit" className="primary" disabled={busy}>{busy ? 'Sending…' : 'Email me a link'}</button>
        </form>
      )}
      <p><Link to="/signin">Back to sign-in</Link></p>
    </main>
  );
}

export function ResetPassword() {
  const token = useLinkToken();
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const newPassword = String(new FormData(e.currentTarget).get('newPassword') ?? '');
    const found = collect({ newPassword: newPassword.length >= 8 ? undefined : 'At least 8 characters' });
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await api.request('POST', '/api/v1/auth/password-reset/confirm', { body: { token, newPassword } });
      setDone(true);
    } catch (err) {
      const refused = err instanceof ApiError && 'token' in err.fieldErrors();
      setErrors(refused ? { _form: 'This link has been used or has expired; ask for a new one.' } : errorsOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="auth">
      <PageTitle>Choose a new password</PageTitle>
      {done ? (
        <p className="card" role="status">Your password is changed and you are signed out everywhere.{' '}
          <Link to="/signin">Sign in</Link> with the new one.</p>
      ) : (
        <form onSubmit={submit} noValidate className="card">
          <FormError message={errors._form} />
          <Field label="New password" name="newPassword" type="password" autoComplete="new-password"
            hint="8 to 128 characters" error={errors.newPassword} required />
          <button type="submit" className="primary" disabled={busy || !token}>{busy ? 'Saving…' : 'Set password'}</button>
        </form>
      )}
      <p><Link to="/forgot-password">Ask for a new link</Link></p>
    </main>
  );
}

export function AcceptInvitation() {
  const token = useLinkToken();
  const { signIn } = useSession();
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const f = new FormData(e.currentTarget);
    const fullName = String(f.get('fullName') ?? '').trim();
    const password = String(f.get('password') ?? '');
    const found = collect({
      fullName: checkRequired(fullName, 'Enter your name'),
      password: password.length >= 8 ? undefined : 'At least 8 characters',
    });
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const r = await api.request<{ email: string }>('POST', '/api/v1/auth/invitations/accept', {
        body: { token, fullName, password },
      });
      await signIn(r.data.email, password);
    } catch (err) {
      const refused = err instanceof ApiError && 'token' in err.fieldErrors();
      setErrors(refused ? { _form: 'This invitation has been used, withdrawn or has expired; ask for a new one.' } : errorsOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="auth">
      <PageTitle>Join your household</PageTitle>
      <form onSubmit={submit} noValidate className="card">
        <FormError message={errors._form} />
        <Field label="Your name" name="fullName" autoComplete="name" error={errors.fullName} required />
        <Field label="Password" name="password" type="password" autoComplete="new-password" hint="8 to 128 characters"
          error={errors.password} required />
        <button type="submit" className="primary" disabled={busy || !token}>{busy ? 'Joining…' : 'Join'}</button>
      </form>
    </main>
  );
}

export function VerifyEmail() {
  const token = useLinkToken();
  const { verifyEmail } = useSession();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await verifyEmail(token);
    } catch (err) {
      const refused = err instanceof ApiError && 'token' in err.fieldErrors();
      setError(refused ? 'This link has been used or has expired; sign up again for a new one.' : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="auth">
      <PageTitle>Confirm your address</PageTitle>
      <div className="card">
        <FormError message={error} />
        <button type="button" className="primary" onClick={confirm} disabled={busy || !token}>
          {busy ? 'Opening…' : 'Open my household'}</button>
      </div>
    </main>
  );
}

export function SignUp() {
  const { register } = useSession();
  const [sentTo, setSentTo] = useState<string>();
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const body = Object.fromEntries([...new FormData(e.currentTarget)].map(([k, v]) => [k, String(v).trim()]));
    body.baseCurrency = body.baseCurrency.toUpperCase();
    const found = collect({
      tenantName: checkRequired(body.tenantName, 'Name your household'),
      fullName: checkRequired(body.fullName, 'Enter your name'),
      email: /.+@.+\..+/.test(body.email) ? undefined : 'Enter an email address',
      password: body.password.length >= 8 ? undefined : 'At least 8 characters',
      baseCurrency: /^[A-Z]{3}$/.test(body.baseCurrency) ? undefined : 'A three-letter currency code such as EUR',
    });
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      if ((await register(body as RegisterRequest)) === 'verify') setSentTo(body.email);
    } catch (err) {
      setErrors(errorsOf(err));
    } finally {
      setBusy(false);
    }
  }

  if (sentTo) {
    return (
      <main id="main" className="auth">
        <PageTitle>Check your email</PageTitle>
        <p className="card" role="status">We sent a link to {sentTo}. Open it within a day to open your household.
          Nothing arrived? Check the spam folder, or sign up again for a new link.</p>
      </main>
    );
  }

  return (
    <main id="main" className="auth">
      <PageTitle>Create your household</PageTitle>
      <form onSubmit={submit} noValidate className="card">
        <FormError message={errors._form} />
        <Field label="Household name" name="tenantName" autoComplete="organization" error={errors.tenantName} required />
        <Field label="Your name" name="fullName" autoComplete="name" error={errors.fullName} required />
        <Field label="Email" name="email" type="email" autoComplete="email" error={errors.email} required />
        <Field label="Password" name="password" type="password" autoComplete="new-password" hint="8 to 128 characters" error={errors.password} required />
        <Field label="Base currency" name="baseCurrency" defaultValue="EUR" maxLength={3} autoCapitalize="characters" hint="Totals are shown in it" error={errors.baseCurrency} />
        <Field label="Time zone" name="timezone" defaultValue={zone} error={errors.timezone} />
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Creating…' : 'Create household'}</button>
      </form>
      <p>Already have an account? <Link to="/signin">Sign in</Link></p>
    </main>
  );
}
