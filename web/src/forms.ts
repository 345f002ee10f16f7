import { ApiError } from './api/problem';
import { isDecimal } from './money';

/** A fresh Idempotency-Key: one per form submission. */
export function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * One create form's submissions. A submission in flight swallows further clicks (a double click never sends twice);
 * the key is kept when the outcome is unknown (network error, 5xx: the retry must be recognised as the same
 * request, so the service replays instead of creating again) and renewed once the service has answered for sure
 * (created, or refused with a 4xx that wrote nothing, after which the user may change the body).
 */
export class Submission {
  private key = newKey();
  private busy = false;

  get currentKey(): string {
    return this.key;
  }

  get inFlight(): boolean {
    return this.busy;
  }

  async run<T>(send: (idempotencyKey: string) => Promise<T>): Promise<{ done: true; value: T } | { done: false }> {
    if (this.busy) return { done: false };
    this.busy = true;
    try {
      const value = await send(this.key);
      this.key = newKey();
      return { done: true, value };
    } catch (e) {
      if (e instanceof ApiError && e.status < 500) this.key = newKey();
      throw e;
    } finally {
      this.busy = false;
    }
  }
}

export type Errors = Record<string, string>;

/** Client-side checks mirror the services' (the services stay the judge): an amount is a positive decimal. */
export function checkAmount(value: string, minorUnits = 4, { allowZero = false } = {}): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter an amount';
  if (!isDecimal(v) || v.startsWith('-') || v.startsWith('+')) return 'Enter a number such as 1250.50';
  if (!allowZero && /^0*(\.0*)?$/.test(v)) return 'Enter an amount above zero';
  const places = v.split('.')[1]?.length ?? 0;
  if (places > Math.max(minorUnits, 4)) return `At most ${Math.max(minorUnits, 4)} decimal places`;
  return undefined;
}

export function checkRequired(value: string, message = 'Required'): string | undefined {
  return value.trim() ? undefined : message;
}

export function checkDate(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Enter a date';
  const year = Number(value.slice(0, 4));
  return year < 1900 || year > 2200 ? 'Enter a date between 1900 and 2200' : undefined;
}

/** Only the messages that are set; empty means the form may be sent. */
export function collect(errors: Record<string, string | undefined>): Errors {
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) as Errors;
}

/** A refusal's field errors (and its detail under `_form`) for showing at the fields. */
export function errorsOf(e: unknown): Errors {
  if (e instanceof ApiError) {
    const fields = e.fieldErrors();
    return { ...fields, _form: e.problem.detail ?? e.problem.title ?? e.message };
  }
  return { _form: (e as Error)?.message ?? String(e) };
}

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function monthOffset(delta: number, from = new Date()): { year: number; month: number } {
  const d = new Date(from.getFullYear(), from.getMonth() + delta, 1);
  return { year: d.getFullYear(), month: d.getMonth() + 1 };
}
