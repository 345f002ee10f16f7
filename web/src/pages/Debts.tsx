import { useState } from 'react';
import { api } from '../api/client';
import { today } from '../forms';
import { CreateForm, type FieldSpec } from '../resource';
import { canWrite, useSession } from '../session';
import { ErrorBanner, Money, PageTitle, Section, StateBadge, useApi, type Page } from '../ui';

interface Debt { id: string; counterpartyName: string; principal: string; currency: string; date: string; dueDate: string | null; interestRate: string | null; interest: string; totalDue: string; paid: string; outstanding: string; status: string; notes: string | null }
interface Payment { id: string; amount: string; currency: string; date: string; note: string | null }
interface Counterparty { name: string; currency: string; youOwe: string; theyOwe: string; net: string; borrowings: number; lendings: number; overdue: number }

const KINDS = {
  borrowings: { title: 'Borrowed', one: 'borrowing', payments: 'repayments', paymentLabel: 'Record repayment' },
  lendings: { title: 'Lent', one: 'lending', payments: 'collections', paymentLabel: 'Record collection' },
} as const;

export default function Debts() {
  const people = useApi<Counterparty[] | Page<Counterparty>>('/api/v1/counterparties');
  const rows = Array.isArray(people.data) ? people.data : people.data?.items ?? [];
  return (
    <>
      <PageTitle>Borrowed and lent</PageTitle>
      <Section title="Per person" error={people.error} loading={people.loading && !people.data}>
        {rows.length === 0 ? <p className="muted">Nobody owes anything.</p> : (
          <div className="table-wrap"><table>
            <thead><tr><th scope="col">Person</th><th scope="col" className="num">You owe</th><th scope="col" className="num">They owe</th><th scope="col" className="num">Net</th><th scope="col">Overdue</th></tr></thead>
            <tbody>{rows.map((p) => <tr key={p.name + p.currency}><th scope="row">{p.name}</th><td className="num"><Money amount={p.youOwe} currency={p.currency} /></td><td className="num"><Money amount={p.theyOwe} currency={p.currency} /></td><td className="num"><Money amount={p.net} currency={p.currency} /></td><td>{p.overdue || ''}</td></tr>)}</tbody>
          </table></div>
        )}
      </Section>
      <DebtList kind="borrowings" onChange={people.reload} />
      <DebtList kind="lendings" onChange={people.reload} />
    </>
  );
}

function DebtList({ kind, onChange }: { kind: keyof typeof KINDS; onChange(): void }) {
  const { tenant, user } = useSession();
  const k = KINDS[kind];
  const list = useApi<Page<Debt>>(`/api/v1/${kind}`, { size: 100, sort: 'date,desc' });
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = () => { list.reload(); onChange(); };
  const fields: FieldSpec[] = [
    { name: 'counterpartyName', label: kind === 'borrowings' ? 'From whom' : 'To whom', required: true },
    { name: 'principal', label: 'Amount', kind: 'amount', required: true },
    { name: 'currency', label: 'Currency', kind: 'currency', required: true },
    { name: 'date', label: 'Date', kind: 'date', required: true },
    { name: 'dueDate', label: 'Due', kind: 'date' },
    { name: 'interestRate', label: 'Interest % a year', kind: 'amount' },
    { name: 'notes', label: 'Notes' },
  ];
  async function remove(id: string) {
    if (!window.confirm(`Delete this ${k.one}?`)) return;
    try { await api.request('DELETE', `/api/v1/${kind}/${id}`); reload(); } catch (e) { setError(e); }
  }
  return (
    <Section title={k.title} error={list.error} loading={list.loading && !list.data}>
      {canWrite(user) && (
        <details>
          <summary>New {k.one}</summary>
          <CreateForm path={`/api/v1/${kind}`} fields={fields} label={`New ${k.one}`} submitLabel="Save" onCreated={reload}
            initial={{ counterpartyName: '', principal: '', currency: tenant?.baseCurrency ?? 'EUR', date: today(), dueDate: '', interestRate: '', notes: '' }} />
        </details>
      )}
      <ErrorBanner error={error} />
      <ul className="plain debts">
        {list.data?.items.map((d) => (
          <li key={d.id}>
            <div className="row"><strong>{d.counterpartyName}</strong> <StateBadge state={d.status} /> <span className="muted">{d.date}{d.dueDate ? ` → due ${d.dueDate}` : ''}</span></div>
            <small>principal <Money amount={d.principal} currency={d.currency} />{d.interest && !/^0(\.0+)?$/.test(d.interest) && <> + interest <Money amount={d.interest} currency={d.currency} /></>} · paid <Money amount={d.paid} currency={d.currency} /> · outstanding <strong><Money amount={d.outstanding} currency={d.currency} /></strong></small>
            <div className="row-actions">
              <button type="button" aria-expanded={open === d.id} onClick={() => setOpen(open === d.id ? null : d.id)}>{k.payments}</button>
              {canWrite(user) && <button type="button" onClick={() => void remove(d.id)}>Delete</button>}
            </div>
            {open === d.id && <Payments kind={kind} debt={d} onChange={reload} />}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Payments({ kind, debt, onChange }: { kind: keyof typeof KINDS; debt: Debt; onChange(): void }) {
  const { user } = useSession();
  const k = KINDS[kind];
  const path = `/api/v1/${kind}/${debt.id}/${k.payments}`;
  const list = useApi<Page<Payment> | Payment[]>(path);
  const items = Array.isArray(list.data) ? list.data : list.data?.items ?? [];
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="nested">
      <ErrorBanner error={list.error ?? error} />
      <ul className="plain">{items.map((p) => (
        <li key={p.id}>{p.date} <Money amount={p.amount} currency={p.currency} /> {p.note}
          {canWrite(user) && <button type="button" className="linkish" onClick={async () => {
            try { await api.request('DELETE', `${path}/${p.id}`); list.reload(); onChange(); } catch (e) { setError(e); }
          }}>undo</button>}
        </li>
      ))}</ul>
      {canWrite(user) && debt.status !== 'SETTLED' && (
        <CreateForm path={path} label={k.paymentLabel} submitLabel={k.paymentLabel}
          fields={[{ name: 'amount', label: 'Amount', kind: 'amount', required: true }, { name: 'date', label: 'Date', kind: 'date', required: true }, { name: 'note', label: 'Note' }]}
          initial={{ amount: debt.outstanding, date: today(), note: '' }} onCreated={() => { list.reload(); onChange(); }} />
      )}
    </div>
  );
}
