import { useState } from 'react';
import { api } from '../api/client';
import { useSession } from '../session';
import { ErrorBanner, Money, PageTitle, Section, Select, useApi } from '../ui';

const ENTITIES = ['expenses', 'incomes', 'categories', 'budgets', 'budget-statuses', 'borrowings', 'lendings', 'repayments', 'collections',
  'recurring-rules', 'loans', 'loan-schedules', 'loan-payments', 'prepayments', 'investment-accounts', 'investment-assets',
  'investment-activities', 'investment-holdings', 'watchlist-items', 'price-alerts'];

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

interface IncomeStatement { [k: string]: unknown }

export default function Exports() {
  const { user } = useSession();
  const [entity, setEntity] = useState('expenses');
  const [format, setFormat] = useState('csv');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const statement = useApi<IncomeStatement>('/api/v1/reports/income-statement');

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
        <ul className="plain">
          {[['income-statement', 'Income statement'], ['cash-flow', 'Cash flow'], ['budget-vs-actual', 'Budget vs actual'], ['net-worth', 'Net worth by month'], ['investments', 'Investments']].map(([path, label]) => (
            <li key={path}>{label}: <button type="button" className="linkish" onClick={() => void download(`/api/v1/reports/${path}`, undefined, path, 'text/csv')} disabled={busy !== null}
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
  const currency = String(data.currency ?? data.baseCurrency ?? '');
  const totals = Object.entries(data).filter(([, v]) => typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v));
  if (!currency || !totals.length) return null;
  return (
    <details>
      <summary>Income statement figures</summary>
      <dl className="pairs">{totals.map(([k, v]) => <div key={k}><dt>{k.replace(/([A-Z])/g, ' $1').toLowerCase()}</dt><dd><Money amount={v as string} currency={currency} /></dd></div>)}</dl>
    </details>
  );
}
