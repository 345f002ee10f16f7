import { useMemo, useState } from 'react';
import { api } from '../api/client';
import { useCategories } from '../categories';
import { today } from '../forms';
import { CreateForm, EditForm, type FieldSpec } from '../resource';
import { canWrite, useSession } from '../session';
import { barWidth } from '../money';
import { ErrorBanner, Money, PageTitle, Section, StateBadge, useApi, type Page } from '../ui';

interface Budget { id: string; name: string; categoryId: string | null; limit: string; currency: string; period: string; startDate: string; rollover: string }
interface Status { budgetId: string; periodStart: string; periodEnd: string; limit: string; carriedOver: string; spent: string; remaining: string; percentUsed: string; state: string; pendingConversions: number }

const opts = (values: string[]) => values.map((v) => ({ value: v, label: v.replace(/_/g, ' ').toLowerCase() }));

export default function Budgets() {
  const { tenant, user } = useSession();
  const categories = useCategories('EXPENSE');
  const list = useApi<Page<Budget>>('/api/v1/budgets', { size: 200 });
  const statuses = useApi<Status[] | Page<Status>>('/api/v1/budgets/status');
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const statusOf = new Map((Array.isArray(statuses.data) ? statuses.data : statuses.data?.items ?? []).map((s) => [s.budgetId, s]));
  const fields: FieldSpec[] = useMemo(() => [
    { name: 'name', label: 'Name', required: true },
    { name: 'categoryId', label: 'Category', kind: 'select', options: [{ value: '', label: 'All spending' }, ...categories.options] },
    { name: 'limit', label: 'Limit', kind: 'amount', required: true },
    { name: 'currency', label: 'Currency', kind: 'currency', required: true },
    { name: 'period', label: 'Period', kind: 'select', options: opts(['MONTHLY', 'WEEKLY', 'QUARTERLY', 'YEARLY']) },
    { name: 'startDate', label: 'Starts', kind: 'date', required: true },
    { name: 'rollover', label: 'Rollover', kind: 'select', options: opts(['NONE', 'CARRY_SURPLUS', 'CARRY_ALL']) },
  ], [categories.options]);
  const reload = () => { list.reload(); statuses.reload(); };
  const monthStart = today().slice(0, 8) + '01';

  async function remove(id: string) {
    if (!window.confirm('Delete this budget?')) return;
    try { await api.request('DELETE', `/api/v1/budgets/${id}`); reload(); } catch (e) { setError(e); }
  }

  return (
    <>
      <PageTitle>Budgets</PageTitle>
      {canWrite(user) && (
        <Section title="New budget">
          <CreateForm path="/api/v1/budgets" fields={fields} label="New budget" submitLabel="Create budget" onCreated={reload}
            initial={{ name: '', categoryId: '', limit: '', currency: tenant?.baseCurrency ?? 'EUR', period: 'MONTHLY', startDate: monthStart, rollover: 'NONE' }} />
        </Section>
      )}
      <Section title="Your budgets" error={list.error} loading={list.loading && !list.data}>
        <ErrorBanner error={error ?? statuses.error} />
        {list.data?.items.length === 0 && <p className="muted">No budgets yet.</p>}
        <ul className="budgets">
          {list.data?.items.map((b) => {
            const s = statusOf.get(b.id);
            return editing === b.id ? (
              <li key={b.id}><EditForm path={`/api/v1/budgets/${b.id}`} fields={fields} label="Edit budget" onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); reload(); }} /></li>
            ) : (
              <li key={b.id}>
                <div className="row"><strong>{b.name}</strong> <span className="muted">{categories.name(b.categoryId) === '—' ? 'all spending' : categories.name(b.categoryId)} · {b.period.toLowerCase()}{b.rollover !== 'NONE' ? ` · ${b.rollover.replace('_', ' ').toLowerCase()}` : ''}</span> {s && <StateBadge state={s.state} />}</div>
                {s && <>
                  <div className="progress" role="progressbar" aria-label={`${b.name} used`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={barWidth(s.percentUsed)}><span className={`bar bar-${s.state.toLowerCase()}`} style={{ width: `${barWidth(s.percentUsed)}%` }} /></div>
                  <small>{s.periodStart} – {s.periodEnd}: <Money amount={s.spent} currency={b.currency} /> of <Money amount={s.limit} currency={b.currency} />{s.carriedOver && !/^0(\.0+)?$/.test(s.carriedOver) && <> (incl. <Money amount={s.carriedOver} currency={b.currency} /> carried over)</>}, <Money amount={s.remaining} currency={b.currency} /> left{s.pendingConversions > 0 && <span className="pending"> · {s.pendingConversions} pending conversion(s)</span>}</small>
                </>}
                {canWrite(user) && <div className="row-actions"><button type="button" onClick={() => setEditing(b.id)}>Edit</button><button type="button" onClick={() => void remove(b.id)}>Delete</button></div>}
              </li>
            );
          })}
        </ul>
      </Section>
    </>
  );
}
