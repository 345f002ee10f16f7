import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from './api/client';
import { ApiError } from './api/problem';
import { checkAmount, checkDate, checkRequired, collect, errorsOf, Submission, type Errors } from './forms';
import { Field, FormError, Select } from './ui';

export type FieldSpec = {
  name: string;
  label: string;
  kind?: 'text' | 'amount' | 'date' | 'select' | 'tags' | 'number' | 'currency' | 'checkbox';
  required?: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
  autoFocus?: boolean;
};

export type Values = Record<string, string>;

/** A resource's fields as the form's strings (amounts stay the API's decimal strings). */
export function toValues(resource: Record<string, unknown>, fields: FieldSpec[]): Values {
  const v: Values = {};
  for (const f of fields) {
    const raw = resource[f.name];
    v[f.name] = raw === null || raw === undefined ? '' : Array.isArray(raw) ? raw.join(', ') : String(raw);
  }
  return v;
}

/** The request body: tags become a list, currencies upper case, empty optional fields are left out (or null on edit). */
export function toBody(values: Values, fields: FieldSpec[], only?: Set<string>, emptyAsNull = false): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    if (only && !only.has(f.name)) continue;
    const v = (values[f.name] ?? '').trim();
    if (f.kind === 'tags') body[f.name] = v ? v.split(',').map((t) => t.trim()).filter(Boolean) : [];
    else if (f.kind === 'checkbox') body[f.name] = v === 'true';
    else if (!v) { if (emptyAsNull) body[f.name] = null; }
    else if (f.kind === 'number') body[f.name] = Number(v);
    else if (f.kind === 'currency') body[f.name] = v.toUpperCase();
    else body[f.name] = v;
  }
  return body;
}

function validate(values: Values, fields: FieldSpec[]): Errors {
  return collect(Object.fromEntries(fields.map((f) => {
    const v = values[f.name] ?? '';
    if (!v.trim()) return [f.name, f.required ? 'Required' : undefined];
    if (f.kind === 'amount') return [f.name, checkAmount(v)];
    if (f.kind === 'date') return [f.name, checkDate(v)];
    if (f.kind === 'currency') return [f.name, /^[A-Za-z]{3}$/.test(v.trim()) ? undefined : 'A three-letter code such as EUR'];
    if (f.kind === 'number') return [f.name, /^\d+$/.test(v.trim()) ? undefined : 'A whole number'];
    return [f.name, f.required ? checkRequired(v) : undefined];
  })));
}

export function ResourceForm({ fields, initial, submitLabel, onSubmit, notice, onCancel, label }: {
  fields: FieldSpec[]; initial: Values; submitLabel: string; label: string;
  onSubmit(values: Values): Promise<void>; notice?: React.ReactNode; onCancel?(): void;
}) {
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const initialKey = JSON.stringify(initial);
  useEffect(() => setValues(JSON.parse(initialKey)), [initialKey]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validate(values, fields);
    setErrors(found);
    if (Object.keys(found).length) {
      document.getElementsByName(Object.keys(found)[0])[0]?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
      setErrors({});
    } catch (err) {
      setErrors(errorsOf(err));
    } finally {
      setBusy(false);
    }
  }

  const set = (name: string, v: string) => setValues((old) => ({ ...old, [name]: v }));
  return (
    <form onSubmit={submit} noValidate className="resource-form" aria-label={label}>
      {notice}
      <FormError message={errors._form} />
      <div className="fields">
        {fields.map((f) => f.kind === 'select' ? (
          <Select key={f.name} label={f.label} name={f.name} options={f.options ?? []} value={values[f.name] ?? ''}
            error={errors[f.name]} onChange={(e) => set(f.name, e.target.value)} />
        ) : f.kind === 'checkbox' ? (
          <div className="field check" key={f.name}>
            <label><input type="checkbox" name={f.name} checked={values[f.name] === 'true'} onChange={(e) => set(f.name, String(e.target.checked))} /> {f.label}</label>
          </div>
        ) : (
          <Field key={f.name} label={f.label} name={f.name} value={values[f.name] ?? ''} error={errors[f.name]} hint={f.hint}
            autoFocus={f.autoFocus}
            type={f.kind === 'date' ? 'date' : 'text'}
            inputMode={f.kind === 'amount' ? 'decimal' : f.kind === 'number' ? 'numeric' : undefined}
            maxLength={f.kind === 'currency' ? 3 : undefined}
            onChange={(e) => set(f.name, e.target.value)} />
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}

/** A create form: one Idempotency-Key per submission, reused when the same submission is retried. */
export function CreateForm({ path, fields, initial, submitLabel, label, onCreated, transform }: {
  path: string; fields: FieldSpec[]; initial: Values; submitLabel: string; label: string;
  onCreated(created: unknown): void; transform?(body: Record<string, unknown>): Record<string, unknown>;
}) {
  const submission = useRef(new Submission());
  const [formKey, setFormKey] = useState(0);
  return (
    <ResourceForm key={formKey} fields={fields} initial={initial} submitLabel={submitLabel} label={label}
      onSubmit={async (values) => {
        const body = toBody(values, fields);
        const result = await submission.current.run((idempotencyKey) =>
          api.request('POST', path, { body: transform ? transform(body) : body, idempotencyKey }));
        if (result.done) {
          setFormKey((k) => k + 1); // a clean form for the next one
          onCreated(result.value.data);
        }
      }} />
  );
}

interface Change { field: string; label: string; yours: string; theirs: string }

/**
 * An edit: sends only the changed fields with If-Match. When someone else changed the resource meanwhile (412),
 * nothing is overwritten: the current version is loaded and what changed is shown, with the user's edits kept.
 */
export function EditForm({ path, fields, onSaved, onCancel, label }: {
  path: string; fields: FieldSpec[]; onSaved(updated: unknown): void; onCancel(): void; label: string;
}) {
  const [base, setBase] = useState<{ values: Values; etag: string | null } | null>(null);
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [draft, setDraft] = useState<Values | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  useEffect(() => { // loaded once per resource: re-rendering with new option lists must not reset the edit
    api.request<Record<string, unknown>>('GET', path)
      .then((r) => setBase({ values: toValues(r.data, fieldsRef.current), etag: r.etag }))
      .catch(setLoadError);
  }, [path]);
  if (loadError) return <FormError message={(loadError as Error).message} />;
  if (!base) return <p className="muted">Loading…</p>;
  return (
    <ResourceForm fields={fields} initial={draft ?? base.values} submitLabel="Save changes" label={label} onCancel={onCancel}
      notice={changes && (
        <div className="banner banner-warn" role="alert" tabIndex={-1}>
          <strong>Someone changed this while you were editing.</strong> Nothing was overwritten. Their version:
          <ul>{changes.map((c) => <li key={c.field}>{c.label}: now “{c.theirs || '—'}” (you had “{c.yours || '—'}”)</li>)}</ul>
          Check the fields and save again to apply your edits on top of theirs.
        </div>
      )}
      onSubmit={async (values) => {
        const changed = new Set(fields.filter((f) => (values[f.name] ?? '') !== (base.values[f.name] ?? '')).map((f) => f.name));
        if (!changed.size) { onSaved(null); return; }
        try {
          const r = await api.request('PATCH', path, { body: toBody(values, fields, changed, true), ifMatch: base.etag ?? undefined });
          setChanges(null);
          onSaved(r.data);
        } catch (e) {
          if (!(e instanceof ApiError) || e.status !== 412) throw e;
          const current = await api.request<Record<string, unknown>>('GET', path);
          const theirs = toValues(current.data, fields);
          setChanges(fields.filter((f) => theirs[f.name] !== base.values[f.name])
            .map((f) => ({ field: f.name, label: f.label, yours: base.values[f.name], theirs: theirs[f.name] })));
          setBase({ values: theirs, etag: current.etag });
          setDraft({ ...theirs, ...Object.fromEntries([...changed].map((n) => [n, values[n]])) });
        }
      }} />
  );
}
