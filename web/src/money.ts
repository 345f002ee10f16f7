/**
 * Money display without floats. Amounts arrive as decimal strings ("1250.5") and are shown with the currency's
 * minor units, rounded half-up on the string itself; Intl.NumberFormat supplies only the locale's shape (symbol,
 * sign, grouping, separators), fed with BigInt integers, so 20-digit amounts are shown exactly.
 */
const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text.trim());
}

/** Default minor units of a currency as Intl knows them (ISO 4217); the currencies API may say otherwise. */
export function intlMinorUnits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Rounds a decimal string half-up (away from zero) to `places`, as text. */
export function roundHalfUp(amount: string, places: number): { negative: boolean; integer: string; fraction: string } {
  const m = DECIMAL.exec(amount.trim());
  if (!m) throw new RangeError(`not a decimal amount: ${amount}`);
  const negative = m[1] === '-';
  let digits = (m[2] + (m[3] ?? '').padEnd(places, '0').slice(0, places)).replace(/^0+(?=\d)/, '');
  const next = (m[3] ?? '').charAt(places);
  if (next >= '5') digits = (BigInt(digits) + 1n).toString();
  digits = digits.padStart(places + 1, '0');
  const integer = digits.slice(0, digits.length - places).replace(/^0+(?=\d)/, '');
  const fraction = digits.slice(digits.length - places);
  const zero = /^0*$/.test(integer + fraction);
  return { negative: negative && !zero, integer, fraction };
}

const formatters = new Map<string, Intl.NumberFormat>();
function cached(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** The fraction is ours (exact); written in the locale's own digits (Arabic-Indic in ar-BH, …). */
function localDigits(digits: string, locale: string | undefined): string {
  const f = cached(locale, { useGrouping: false, maximumFractionDigits: 0 });
  return digits.replace(/\d/g, (d) => f.format(BigInt(d)));
}

export interface MoneyOptions {
  locale?: string;
  /** From the currencies API (e.g. BTC 8); defaults to Intl's ISO minor units. */
  minorUnits?: number;
  signDisplay?: 'auto' | 'always' | 'exceptZero';
}

export function formatMoney(amount: string | null | undefined, currency: string, options: MoneyOptions = {}): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const places = options.minorUnits ?? intlMinorUnits(currency);
  const { negative, integer, fraction } = roundHalfUp(String(amount), places);
  let skeleton: Intl.NumberFormatPart[];
  try {
    skeleton = cached(options.locale, {
      style: 'currency', currency, minimumFractionDigits: places, maximumFractionDigits: places,
      signDisplay: options.signDisplay ?? 'auto',
    }).formatToParts(negative ? -1n : integer === '0' && fraction === ''.padEnd(places, '0') ? 0n : 1n);
  } catch {
    return `${negative ? '-' : ''}${integer}${places ? '.' + fraction : ''} ${currency}`;
  }
  const grouped = cached(options.locale, { useGrouping: true, maximumFractionDigits: 0 })
    .formatToParts(BigInt(integer))
    .filter((p) => p.type === 'integer' || p.type === 'group');
  const out: string[] = [];
  let integerDone = false;
  for (const part of skeleton) {
    if (part.type === 'integer') {
      if (!integerDone) out.push(...grouped.map((p) => p.value));
      integerDone = true;
    } else if (part.type === 'group') {
      continue; // the skeleton (1) has none; the real grouping came with `grouped`
    } else if (part.type === 'fraction') {
      out.push(localDigits(fraction, options.locale));
    } else {
      out.push(part.value);
    }
  }
  return out.join('');
}

/** A plain decimal (no currency), e.g. quantities and percentages, exactly as given but grouped. */
export function formatDecimal(value: string | null | undefined, locale?: string, maxPlaces = 6): string {
  if (value === null || value === undefined || value === '') return '—';
  const m = DECIMAL.exec(String(value).trim());
  if (!m) return String(value);
  const frac = (m[3] ?? '').slice(0, maxPlaces).replace(/0+$/, '');
  const { negative, integer } = roundHalfUp(`${m[1] ?? ''}${m[2]}`, 0);
  const intText = cached(locale, { useGrouping: true, maximumFractionDigits: 0 }).format(BigInt(integer));
  const point = cached(locale, { minimumFractionDigits: 1 }).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  return `${negative ? '-' : ''}${intText}${frac ? point + frac : ''}`;
}

/** A ratio such as "0.8234" (percentUsed may already be a percentage: pass scale 1). */
export function formatPercent(value: string | null | undefined, locale?: string, scale = 100): string {
  if (value === null || value === undefined) return '—';
  const n = Number(value) * scale; // display only: a percentage never feeds a sum
  return `${cached(locale, { maximumFractionDigits: 1 }).format(n)} %`;
}

/** Progress-bar width from a percentage string; display only. */
export function barWidth(percent: string | null | undefined): number {
  const n = Number(percent ?? 0);
  return Number.isFinite(n) ? Math.max(0, Math.min(100, n)) : 0;
}
