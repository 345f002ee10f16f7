import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { LineChart } from '../charts';
import { checkAmount, checkDate, collect, errorsOf, Submission, today, type Errors } from '../forms';
import { formatMoney } from '../money';
import { CreateForm } from '../resource';
import { canWrite, useSession } from '../session';
import { ErrorBanner, Field, FormError, Money, PageTitle, Section, Select, StateBadge, useApi } from '../ui';
import type { Loan } from './Loans';
import type { LoanStrategy } from '../api/schemas';

interface Instalment { number: number; dueDate: string; openingBalance: string; prepaid: string | null; emi: string; interest: string; principal: string; closingBalance: string; paid: string | null; status: string | null }
interface Schedule { loanId: string; currency: string; status: string; instalments: Instalment[]; totals: Record<string, string> }
interface Effect { firstAffectedInstalment: number; previousEmi: string; newEmi: string; previousInstalments: number; newInstalments: number; previousEndDate: string; newEndDate: string; interestSaved: string; monthsSaved: number }
interface WhatIf { strategy: LoanStrategy; prepaymentAmount: string; date: string; effect: Effect }

export default function LoanDetail() {
  const { id } = useParams();
  const { user, locale } = useSession();
  const loan = useApi<Loan>(`/api/v1/emis/${id}`);
  const schedule = useApi<Schedule>(`/api/v1/emis/${id}/schedule`);
  const [showAll, setShowAll] = useState(false);
  const reload = () => { loan.reload(); schedule.reload(); };
  const l = loan.data;
  const rows = schedule.data?.instalments ?? [];
  const currency = schedule.data?.currency ?? l?.currency ?? 'EUR';
  const firstOpen = Math.max(0, rows.findIndex((r) => r.status !== 'PAID'));
  const visible = showAll ? rows : rows.slice(Math.max(0, firstOpen - 2), firstOpen + 10);
  // Balance chart: at most ~120 points (every n-th instalment) so a 30-year loan stays light.
  const step = Math.max(1, Math.ceil(rows.length / 120));
  const sampled = rows.filter((_, i) => i % step === 0 || i === rows.length - 1);

  return (
    <>
      <p><Link to="/loans">← Loans</Link></p>
      <PageTitle>{l?.name ?? 'Loan'}</PageTitle>
      <Section title="Loan" error={loan.error} loading={loan.loading && !l}>
        {l && (
          <dl className="stats">
            <div><dt>EMI</dt><dd><Money amount={l.emi} currency={l.currency} /></dd></div>
            <div><dt>Outstanding</dt><dd data-testid="loan-outstanding"><Money amount={l.outstandingPrincipal} currency={l.currency} /></dd></div>
            <div><dt>Total interest</dt><dd><Money amount={l.totalInterest} currency={l.currency} /></dd></div>
            <div><dt>Ends</dt><dd>{l.endDate} <StateBadge state={l.status} /></dd></div>
          </dl>
        )}
      </Section>
      {canWrite(user) && l && l.status !== 'CLOSED' && <div className="grid">
        <Section title="Prepayment what-if"><WhatIfForm loan={l} onSaved={reload} /></Section>
        <Section title="Record a payment">
          <CreateForm path={`/api/v1/emis/${id}/payments`} label="Record a payment" submitLabel="Record payment" onCreated={reload}
            fields={[{ name: 'amount', label: 'Amount', kind: 'amount', required: true }, { name: 'paidOn', label: 'Paid on', kind: 'date', required: true }, { name: 'instalmentNumber', label: 'Instalment (optional)', kind: 'number', hint: 'Else the oldest unpaid' }]}
            initial={{ amount: l.emi, paidOn: today(), instalmentNumber: '' }} />
        </Section>
      </div>}
      <Section title="Balance over time" error={schedule.error} loading={schedule.loading && !schedule.data}>
        {rows.length > 0 && <LineChart title="Outstanding balance by instalment" labels={sampled.map((r) => r.dueDate)} format={(v) => formatMoney(v, currency, { locale })}
          series={[{ name: 'Balance', className: 's-balance', values: sampled.map((r) => r.closingBalance) }]} />}
      </Section>
      <Section title="Schedule" error={schedule.error} loading={schedule.loading && !schedule.data}
        actions={rows.length > 12 && <button type="button" onClick={() => setShowAll(!showAll)}>{showAll ? 'Show around today' : `Show all ${rows.length}`}</button>}>
        <div className="table-wrap">
          <table data-testid="schedule">
            <thead><tr><th scope="col">#</th><th scope="col">Due</th><th scope="col" className="num">EMI</th><th scope="col" className="num">Interest</th><th scope="col" className="num">Principal</th><th scope="col" className="num">Balance</th><th scope="col" className="num">Paid</th><th scope="col">State</th></tr></thead>
            <tbody>{visible.map((r) => (
              <tr key={r.number}><td>{r.number}</td><td>{r.dueDate}</td><td className="num"><Money amount={r.emi} currency={currency} /></td><td className="num"><Money amount={r.interest} currency={currency} /></td><td className="num"><Money amount={r.principal} currency={currency} /></td><td className="num"><Money amount={r.closingBalance} currency={currency} /></td><td className="num">{r.paid ? <Money amount={r.paid} currency={currency} /> : ''}</td><td>{r.status && <StateBadge state={r.status} />}</td></tr>
            ))}</tbody>
          </table>
        </div>
        {schedule.data && <dl className="pairs">{Object.entries(schedule.data.totals).map(([k, v]) => <div key={k}><dt>{k.replace(/([A-Z])/g, ' $1').toLowerCase()}</dt><dd><Money amount={v} currency={currency} /></dd></div>)}</dl>}
      </Section>
    </>
  );
}

/** Asks the service what a prepayment would save (it stores nothing), shows it, and only then offers to save it. */
function WhatIfForm({ loan, onSaved }: { loan: Loan; onSaved(): void }) {
  const { locale } = useSession();
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<WhatIf | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const submission = useRef(new Submission());
  const [saveError, setSaveError] = useState<unknown>(null);

  async function ask(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = Object.fromEntries([...new FormData(e.currentTarget)].map(([k, v]) => [k, String(v).trim()]));
    const found = collect({ prepaymentAmount: checkAmount(f.prepaymentAmount), date: checkDate(f.date) });
    setErrors(found);
    setResult(null);
    setSaved(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const r = await api.request<WhatIf>('POST', `/api/v1/emis/${loan.id}/what-if`, { body: f });
      setResult(r.data);
    } catch (err) {
      setErrors(errorsOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    if (!result) return;
    setSaveError(null);
    try {
      const r = await submission.current.run((idempotencyKey) => api.request('POST', `/api/v1/emis/${loan.id}/prepayments`, {
        body: { amount: result.prepaymentAmount, date: result.date, strategy: result.strategy }, idempotencyKey }));
      if (r.done) { setSaved('Prepayment saved.'); setResult(null); onSaved(); }
    } catch (err) {
      setSaveError(err);
    }
  }

  const m = (v: string) => formatMoney(v, loan.currency, { locale });
  return (
    <>
      <form onSubmit={ask} noValidate aria-label="Prepayment what-if">
        <FormError message={errors._form} />
        <div className="fields">
          <Field label="Prepay" name="prepaymentAmount" inputMode="decimal" error={errors.prepaymentAmount} />
          <Field label="On" name="date" type="date" defaultValue={today()} error={errors.date} />
          <Select label="Then" name="strategy" options={[{ value: 'REDUCE_TENURE', label: 'keep the EMI, finish sooner' }, { value: 'REDUCE_EMI', label: 'keep the end date, lower the EMI' }]} />
        </div>
        <button type="submit" disabled={busy}>{busy ? 'Working…' : 'Show the effect'}</button>
      </form>
      {result && (
        <div className="whatif" data-testid="whatif-result" aria-live="polite">
          <p>Prepaying {m(result.prepaymentAmount)} on {result.date} saves <strong data-testid="interest-saved">{m(result.effect.interestSaved)}</strong> of interest
            {result.effect.monthsSaved > 0 && <> and <strong data-testid="months-saved">{result.effect.monthsSaved} months</strong></>}.</p>
          <p className="small">EMI {m(result.effect.previousEmi)} → {m(result.effect.newEmi)}; last instalment {result.effect.previousEndDate} → {result.effect.newEndDate}.</p>
          <button type="button" className="primary" onClick={() => void save()}>Save this prepayment</button>
          <ErrorBanner error={saveError} />
        </div>
      )}
      {saved && <p role="status">{saved}</p>}
    </>
  );
}
