import { useState } from 'react';
import { api } from '../api/client';
import { useSession } from '../session';
import { ErrorBanner, Field, Money, PageTitle, Section, Select, useApi } from '../ui';

const ENTITIES = ['expenses', 'incomes', 'categories', 'budgets', 'budget-statuses', 'borrowings', 'lendings', 'repayments', 'collections',
  'recurring-rules', 'loans', 'loan-schedules', 'loan-payments', 'prepayments', 'investment-accounts', 'investment-assets',
  'investment-activities', 'investment-holdings', 'watchlist-items', 'price-alerts'];

const REPORTS: [path: string, label: string][] = [['income-statement', 'Income statement'], ['cash-flow', 'Cash flow'],
  ['budget-vs-actual', 'Budget vs actual'], ['net-worth', 'Net worth by month'], ['investments', 'Investments']];

/** YYYY-MM of a local date. */
function month(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The last day (YYYY-MM-DD) of a YYYY-MM month. */
function lastDayOf(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number);
  return `${yearMonth}-${String(new Date(y, m, 0).getDate()).padStart(2, '0')}`;
}

/**
 * What each report takes of the chosen months: the statements take months, budget vs actual whole days, net worth
 * months (its own default is the last 12), the investment report none (it is as of today).
 */
export function reportQuery(path: string, from: string, to: string): Record<string, string> | undefined {
  switch (path) {
    case 'income-statement': case 'cash-flow': case 'net-worth': return { from, to };
    case 'budget-vs-actual': return { from: `${from}-01`, to: lastDayOf(to) };
    default: return undefined;
  }
}

/** Saves a Blob as a file through a temporary link (the API answers with Content-Disposition: attachment). */
function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The income statement's totals (money as decimal strings, as the API sends them; see api/schemas.ts). */
interface IncomeStatement {
  baseCurrency: string;
  from: string;
  to: string;
  income: { total: string };
  expenses: { total: string };
  netTotal: string;
  pendingConversions: number;
}

export default function Exports() {
  const { user } = useSession();
  const [entity, setEntity] = useState('expenses');
  const [format, setFormat] = useState('csv');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const now = new Date();
  const [from, setFrom] = useState(`${now.getFullYear()}-01`);
  const [to, setTo] = useState(month(now));
  const period = /^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to) && from <= to;
  const statement = useApi<IncomeStatement>(period ? '/api/v1/reports/income-statement' : null, { from, to });

  async function download(path: string, query: Record<string, string> | undefined, label: string, accept?: string) {
    setError(null);
    setBusy(label);
    try {
      const { blob, filename } = await api.download(path, query, accept);
      save(blob, filename);
      setStatus(`Downloaded ${filename}.`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const isAdmin = user?.role === 'OWNER' || user?.role === 'ADMIN';
  return (
    <>
      <PageTitle>Exports and reports</PageTitle>
      <Section title="Download your data">
        <form className="fields" onSubmit={(e) => { e.preventDefault(); void download(`/api/v1/exports/${entity}`, { format }, 'export'); }} aria-label="Export">
          <Select label="What" name="entity" value={entity} onChange={(e) => setEntity(e.target.value)} options={ENTITIES.map((x) => ({ value: x, label: x.replace(/-/g, ' ') }))} />
          <Select label="Format" name="format" value={format} onChange={(e) => setFormat(e.target.value)} options={[{ value: 'csv', label: 'CSV' }, { value: 'xlsx', label: 'Excel (XLSX)' }, { value: 'jsonl', label: 'JSON lines' }]} />
          <div className="actions"><button type="submit" className="primary" disabled={busy !== null}>{busy === 'export' ? 'Preparing…' : 'Download'}</button></div>
        </form>
        <ErrorBanner error={error} />
        {status && <p role="status">{status}</p>}
      </Section>
      <Section title="Reports">
        <div className="fields" role="group" aria-label="Report period">
          <Field label="From month" name="from" type="month" value={from} max={to} onChange={(e) => setFrom(e.target.value)} required />
          <Field label="To month" name="to" type="month" value={to} min={from} max={month(now)} onChange={(e) => setTo(e.target.value)} required />
        </div>
        <ul className="plain">
          {REPORTS.map(([path, label]) => (
            <li key={path}>{label}: <button type="button" className="linkish" aria-label={`${label} as CSV`} onClick={() => void download(`/api/v1/reports/${path}`, reportQuery(path, from, to), path, 'text/csv')} disabled={busy !== null || !period}
              >CSV</button></li>
          ))}
        </ul>
        <ReportPreview data={statement.data} error={statement.error} />
      </Section>
      {isAdmin && (
        <Section title="Backup">
          <p>A zip of everything this household keeps, which an owner can restore into an empty household.</p>
          <button type="button" onClick={() => void download('/api/v1/backups', undefined, 'backup')} disabled={busy !== null}>{busy === 'backup' ? 'Backing up…' : 'Download a backup'}</button>
        </Section>
      )}
    </>
  );
}

function ReportPreview({ data, error }: { data: IncomeStatement | null; error: unknown }) {
  if (error) return <ErrorBanner error={error} />;
  if (!data) return null;
  const rows: [string, string][] = [['Income', data.income.total], ['Expenses', data.expenses.total], ['Net', data.netTotal]];
  return (
    <details open>
      <summary>Income statement figures, {data.from} to {data.to}</summary>
      <dl className="pairs">{rows.map(([k, v]) => <div key={k}><dt>{k}</dt><dd><Money amount={v} currency={data.baseCurrency} /></dd></div>)}</dl>
      {data.pendingConversions > 0 && (
        <p className="muted">{data.pendingConversions} {data.pendingConversions === 1 ? 'entry is' : 'entries are'} waiting for an
          exchange rate and not counted yet.</p>
      )}
    </details>
  );
}
