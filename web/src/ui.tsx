import { useCallback, useEffect, useId, useRef, useState, type ReactNode, type InputHTMLAttributes, type SelectHTMLAttributes } from 'react';
import { api, type RequestOptions } from './api/client';
import { ApiError, ServiceUnavailableError } from './api/problem';
import { formatMoney } from './money';
import { useSession } from './session';

/** Loads one GET; a service that is down is reported as such, so the page can show a banner for that section. */
export function useApi<T>(path: string | null, query?: RequestOptions['query']) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(!!path);
  const [tick, setTick] = useState(0);
  const key = path ? path + JSON.stringify(query ?? {}) : null;
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setLoading(true);
    api.get<T>(path, query, controller.signal)
      .then((d) => { setData(d); setError(null); })
      .catch((e) => { if ((e as Error)?.name !== 'AbortError') setError(e); })
      .finally(() => { if (!controller.signal.aborted) setLoading(false); });
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}

export function Money({ amount, currency, minorUnits }: { amount: string | null | undefined; currency: string; minorUnits?: number }) {
  const { locale } = useSession();
  return <span className="money">{formatMoney(amount, currency, { locale, minorUnits })}</span>;
}

export function ErrorBanner({ error }: { error: unknown }) {
  if (!error) return null;
  if (error instanceof ServiceUnavailableError) {
    return <div className="banner banner-down" role="alert"><strong>{error.service} is unavailable.</strong> This section cannot load right now; the rest of the app keeps working. Try again in a moment.</div>;
  }
  if (error instanceof ApiError) {
    return <div className="banner banner-error" role="alert">{error.problem.detail || error.problem.title || `Error ${error.status}`}</div>;
  }
  return <div className="banner banner-error" role="alert">{(error as Error)?.message ?? String(error)}</div>;
}

/** A titled region whose own failure stays inside it. */
export function Section({ title, error, loading, children, actions, id }: {
  title: string; error?: unknown; loading?: boolean; children?: ReactNode; actions?: ReactNode; id?: string;
}) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId} id={id}>
      <div className="card-head">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </div>
      {error ? <ErrorBanner error={error} /> : loading ? <p className="muted" aria-live="polite">Loading…</p> : children}
    </section>
  );
}

type FieldProps = { label: string; name: string; error?: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>;

export function Field({ label, name, error, hint, ...input }: FieldProps) {
  const id = useId();
  const described = [error ? `${id}-err` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
      {hint && <small id={`${id}-hint`} className="muted">{hint}</small>}
      {error && <small id={`${id}-err`} className="field-error">{error}</small>}
    </div>
  );
}

type SelectProps = { label: string; name: string; error?: string; options: { value: string; label: string }[] } & SelectHTMLAttributes<HTMLSelectElement>;

export function Select({ label, name, error, options, ...select }: SelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : undefined} {...select}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error && <small id={`${id}-err`} className="field-error">{error}</small>}
    </div>
  );
}

export function FormError({ message }: { message?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { if (message) ref.current?.focus(); }, [message]);
  if (!message) return null;
  return <div ref={ref} tabIndex={-1} className="banner banner-error" role="alert">{message}</div>;
}

export function Pager({ page, totalPages, onPage }: { page: number; totalPages: number; onPage(p: number): void }) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 0}>Previous</button>
      <span>Page {page + 1} of {totalPages}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page + 1 >= totalPages}>Next</button>
    </nav>
  );
}

export function StateBadge({ state }: { state: string }) {
  return <span className={`badge badge-${state.toLowerCase()}`}>{state.replace(/_/g, ' ').toLowerCase()}</span>;
}

export interface Page<T> { items: T[]; page: number; size: number; totalItems: number; totalPages: number }

export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => { ref.current?.focus(); document.title = `${ref.current?.textContent ?? ''} · finsuite`; }, []);
  return <h1 ref={ref} tabIndex={-1}>{children}</h1>;
}
