import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useSession } from '../session';
import { Field, FormError, PageTitle } from '../ui';
import { checkRequired, collect, errorsOf, type Errors } from '../forms';
import { ApiError } from '../api/problem';
import type { RegisterRequest } from '../api/schemas';

export function SignIn() {
  const { signIn } = useSession();
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const f = new FormData(e.currentTarget);
    const email = String(f.get('email') ?? '');
    const password = String(f.get('password') ?? '');
    const found = collect({ email: checkRequired(email, 'Enter your email'), password: checkRequired(password, 'Enter your password') });
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await signIn(email, password);
    } catch (err) {
      const wrong = err instanceof ApiError && err.status === 401;
      setErrors(wrong ? { _form: 'That email and password do not match an account.' } : errorsOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="auth">
      <PageTitle>Sign in to finsuite</PageTitle>
      <form onSubmit={submit} noValidate className="card">
        <FormError message={errors._form} />
        <Field label="Email" name="email" type="email" autoComplete="username" error={errors.email} required />
        <Field label="Password" name="password" type="password" autoComplete="current-password" error={errors.password} required />
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
      <p>New here? <Link to="/signup">Create a household</Link></p>
    </main>
  );
}

export function SignUp() {
  const { register } = useSession();
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
      await register(body as RegisterRequest);
    } catch (err) {
      setErrors(errorsOf(err));
    } finally {
      setBusy(false);
    }
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
