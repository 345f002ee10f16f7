import { useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { BarChart, LineChart } from '../charts';
import { errorsOf, Submission, today, type Errors } from '../forms';
import { formatMoney, formatDecimal, formatPercent } from '../money';
import { CreateForm, type FieldSpec } from '../resource';
import { canWrite, useSession } from '../session';
import { FormError, Money, PageTitle, Section, Select, useApi, type Page } from '../ui';

interface Holding { accountId: string; accountName: string; assetId: string; symbol: string; name: string | null; currency: string; quantity: string; costBasis: string; marketValue: string | null; unrealisedGain: string | null; realisedGain: string; allocation: string | null; price: { value: string; stale: boolean } | null; unknown: { field: string; reason: string }[] }
interface Holdings { baseCurrency: string; holdings: Holding[]; totals: { currency: string; marketValue: string; costBasis: string; unrealisedGain: string; holdings: number; leftOutOfMarketValue: number } }
interface Allocation { baseCurrency: string; total: string; slices: { key: string; label: string; marketValue: string; share: string }[]; holdingsLeftOut: number }
interface Returned { value: string | null; method: string; annualised: boolean; reason: string | null }
interface Performance { baseCurrency: string; startValue: string | null; endValue: string | null; netFlows: string | null; income: string | null; absoluteGain: string | null; timeWeighted: Returned; moneyWeighted: Returned; unknownBecause: string | null }
interface History { baseCurrency: string; points: { date: string; marketValue: string | null; netInvested: string }[] }
interface Account { id: string; name: string; currency: string }
interface ImportReport { dryRun: boolean; rows: number; created: number; toCreate: { line: number; date: string; symbol: string; type: string; quantity: string; unitPrice: string; currency: string; account: string }[]; duplicates: { line: number; reason: string }[]; rejected: { line: number; reason: string }[] }

const RANGES = ['1D', 'WTD', 'MTD', 'YTD', '1Y', '5Y', 'MAX'];

export default function Investments() {
  const { tenant, user, locale } = useSession();
  const [range, setRange] = useState('1Y');
  const [by, setBy] = useState('assetClass');
  const holdings = useApi<Holdings>('/api/v1/portfolio/holdings');
  const allocation = useApi<Allocation>('/api/v1/portfolio/allocation', { by });
  const performance = useApi<Performance>('/api/v1/portfolio/performance', { range });
  const history = useApi<History>('/api/v1/portfolio/history', { range });
  const accounts = useApi<Page<Account>>('/api/v1/investments/accounts', { size: 200 });
  const base = holdings.data?.baseCurrency ?? tenant?.baseCurrency ?? 'EUR';
  const fmt = (v: string) => formatMoney(v, base, { locale });
  const reloadAll = () => { holdings.reload(); allocation.reload(); performance.reload(); history.reload(); accounts.reload(); };
  const accountFields: FieldSpec[] = [
    { name: 'name', label: 'Account name', required: true }, { name: 'broker', label: 'Broker' },
    { name: 'currency', label: 'Currency', kind: 'currency', required: true },
    { name: 'costBasisMethod', label: 'Cost basis', kind: 'select', options: [{ value: 'FIFO', label: 'first in, first out' }, { value: 'AVERAGE', label: 'average cost' }] },
  ];
  const points = history.data?.points ?? [];
  return (
    <>
      <PageTitle>Investments</PageTitle>
      <Section title="Holdings" error={holdings.error} loading={holdings.loading && !holdings.data}>
        {holdings.data && (
          <>
            <dl className="stats">
              <div><dt>Market value</dt><dd><Money amount={holdings.data.totals.marketValue} currency={base} /></dd></div>
              <div><dt>Cost</dt><dd><Money amount={holdings.data.totals.costBasis} currency={base} /></dd></div>
              <div><dt>Unrealised gain</dt><dd><Money amount={holdings.data.totals.unrealisedGain} currency={base} /></dd></div>
            </dl>
            {holdings.data.totals.leftOutOfMarketValue > 0 && <p className="pending">{holdings.data.totals.leftOutOfMarketValue} holding(s) have no price or rate yet and are left out of the totals.</p>}
            {holdings.data.holdings.length === 0 ? <p className="muted">No holdings yet: add an account and import activities below.</p> : (
              <div className="table-wrap"><table>
                <thead><tr><th scope="col">Asset</th><th scope="col">Account</th><th scope="col" className="num">Quantity</th><th scope="col" className="num">Price</th><th scope="col" className="num">Value</th><th scope="col" className="num">Gain</th><th scope="col" className="num">Share</th></tr></thead>
                <tbody>{holdings.data.holdings.map((h) => (
                  <tr key={h.accountId + h.assetId}><th scope="row">{h.symbol}<br /><small className="muted">{h.name}</small></th><td>{h.accountName}</td><td className="num">{formatDecimal(h.quantity, locale)}</td>
                    <td className="num">{h.price ? <><Money amount={h.price.value} currency={h.currency} />{h.price.stale && <small className="pending"> stale</small>}</> : <span className="muted" title={h.unknown.map((u) => u.reason).join('; ')}>unknown</span>}</td>
                    <td className="num"><Money amount={h.marketValue} currency={h.currency} /></td><td className="num"><Money amount={h.unrealisedGain} currency={h.currency} /></td><td className="num">{formatPercent(h.allocation, locale)}</td></tr>
                ))}</tbody>
              </table></div>
            )}
          </>
        )}
      </Section>
      <div className="grid">
        <Section title="Performance" error={performance.error ?? history.error} loading={performance.loading && !performance.data}
          actions={<label className="inline">Range <select value={range} onChange={(e) => setRange(e.target.value)}>{RANGES.map((r) => <option key={r}>{r}</option>)}</select></label>}>
          {performance.data && (
            <dl className="pairs">
              <div><dt>Gain</dt><dd><Money amount={performance.data.absoluteGain} currency={base} /></dd></div>
              <div><dt>Time-weighted</dt><dd title={performance.data.timeWeighted.method}>{performance.data.timeWeighted.value ? formatPercent(performance.data.timeWeighted.value, locale) : performance.data.timeWeighted.reason ?? '—'}</dd></div>
              <div><dt>Money-weighted (XIRR)</dt><dd title={performance.data.moneyWeighted.method}>{performance.data.moneyWeighted.value ? formatPercent(performance.data.moneyWeighted.value, locale) : performance.data.moneyWeighted.reason ?? '—'}</dd></div>
            </dl>
          )}
          {points.length > 1 && <LineChart title="Market value and net invested" labels={points.map((p) => p.date)} format={fmt}
            series={[{ name: 'Value', className: 's-income', values: points.map((p) => p.marketValue) }, { name: 'Invested', className: 's-balance', values: points.map((p) => p.netInvested) }]} />}
        </Section>
        <Section title="Allocation" error={allocation.error} loading={allocation.loading && !allocation.data}
          actions={<label className="inline">By <select value={by} onChange={(e) => setBy(e.target.value)}>{['assetClass', 'currency', 'account', 'asset'].map((b) => <option key={b} value={b}>{b.replace('assetClass', 'asset class')}</option>)}</select></label>}>
          {allocation.data && (allocation.data.slices.length === 0 ? <p className="muted">Nothing to allocate yet.</p> :
            <BarChart title={`Allocation by ${by}`} data={allocation.data.slices.map((s) => ({ label: `${s.label} (${formatPercent(s.share, locale)})`, value: s.marketValue }))} format={fmt} />)}
        </Section>
      </div>
      {canWrite(user) && (
        <div className="grid">
          <Section title="Accounts" error={accounts.error}>
            <ul className="plain">{accounts.data?.items.map((a) => <li key={a.id}>{a.name} <span className="muted">{a.currency}</span></li>)}</ul>
            <details><summary>New account</summary>
              <CreateForm path="/api/v1/investments/accounts" fields={accountFields} label="New account" submitLabel="Add account" onCreated={reloadAll}
                initial={{ name: '', broker: '', currency: base, costBasisMethod: 'FIFO' }} />
            </details>
          </Section>
          <Section title="Import activities (CSV)"><CsvImport accounts={accounts.data?.items ?? []} onImported={reloadAll} /></Section>
        </div>
      )}
    </>
  );
}

/** Ghostfolio-style CSV: a dry run first shows what would be created and every rejected line; then import. */
function CsvImport({ accounts, onImported }: { accounts: Account[]; onImported(): void }) {
  const [errors, setErrors] = useState<Errors>({});
  const [csv, setCsv] = useState('');
  const [accountId, setAccountId] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const submission = useRef(new Submission());
  const [done, setDone] = useState<string | null>(null);

  async function run(dryRun: boolean) {
    setErrors({});
    setBusy(true);
    try {
      const r = await submission.current.run((idempotencyKey) => api.request<ImportReport>('POST', '/api/v1/investments/import', {
        body: csv, query: { accountId: accountId || undefined, dryRun }, idempotencyKey: dryRun ? undefined : idempotencyKey }));
      if (r.done) {
        setReport(r.value.data);
        if (!dryRun) { setDone(`${r.value.data.created} activities imported.`); onImported(); }
      }
    } catch (e) {
      setErrors(errorsOf(e));
      const rejected = (e as { problem?: { rejected?: ImportReport['rejected'] } }).problem?.rejected;
      if (rejected) setReport({ dryRun: true, rows: 0, created: 0, toCreate: [], duplicates: [], rejected });
    } finally {
      setBusy(false);
    }
  }

  async function pick(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  function preview(e: FormEvent) { e.preventDefault(); void run(true); }

  return (
    <form onSubmit={preview} aria-label="Import activities">
      <FormError message={errors._form} />
      <Select label="Into account" name="accountId" value={accountId} onChange={(e) => setAccountId(e.target.value)}
        options={[{ value: '', label: 'as named in the file' }, ...accounts.map((a) => ({ value: a.id, label: a.name }))]} />
      <div className="field"><label htmlFor="csv-file">CSV file</label><input id="csv-file" type="file" accept=".csv,text/csv" onChange={pick} /></div>
      <div className="field"><label htmlFor="csv-text">or paste CSV</label><textarea id="csv-text" rows={4} value={csv} onChange={(e) => setCsv(e.target.value)} placeholder={`date,symbol,type,quantity,unitPrice,fee,currency,account\n${today()},AAPL,BUY,10,185.64,1,USD,Brokerage`} /></div>
      <div className="actions"><button type="submit" disabled={busy || !csv}>Preview (dry run)</button>
        {report?.dryRun && report.toCreate.length > 0 && report.rejected.length === 0 && <button type="button" className="primary" disabled={busy} onClick={() => void run(false)}>Import {report.toCreate.length}</button>}</div>
      {report && (
        <div aria-live="polite" className="nested">
          {report.toCreate.length > 0 && <><h3>Would create</h3><ul className="plain small">{report.toCreate.map((p) => <li key={p.line}>line {p.line}: {p.date} {p.type} {p.quantity} {p.symbol} @ {p.unitPrice} {p.currency}</li>)}</ul></>}
          {report.duplicates.length > 0 && <p className="small muted">{report.duplicates.length} line(s) imported before, skipped.</p>}
          {report.rejected.length > 0 && <><h3>Rejected</h3><ul className="plain small field-error">{report.rejected.map((r) => <li key={r.line}>line {r.line}: {r.reason}</li>)}</ul></>}
        </div>
      )}
      {done && <p role="status">{done}</p>}
    </form>
  );
}

