import { useMemo, useState } from 'react';
import { api } from '../api/client';
import { useCategories } from '../categories';
import { today } from '../forms';
import { CreateForm, EditForm, type FieldSpec } from '../resource';
import { canWrite, useSession } from '../session';
import { ErrorBanner, Money, PageTitle, Section, useApi, type Page } from '../ui';

interface Rule { id: string; type: string; amount: string; currency: string; categoryId: string; description: string | null; frequency: string; interval: number; startDate: string; endDate: string | null; active: boolean; nextDate: string | null }

const opts = (values: string[]) => values.map((v) => ({ value: v, label: v.toLowerCase() }));

export default function Recurring() {
  const { tenant, user } = useSession();
  const categories = useCategories();
  const list = useApi<Page<Rule>>('/api/v1/recurring-rules', { size: 200 });
  const [editing, setEditing] = useState<string | null>(null);
  const [showing, setShowing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const fields: FieldSpec[] = useMemo(() => [
    { name: 'type', label: 'Type', kind: 'select', options: opts(['EXPENSE', 'INCOME']) },
    { name: 'description', label: 'Description', required: true },
    { name: 'amount', label: 'Amount', kind: 'amount', required: true },
    { name: 'currency', label: 'Currency', kind: 'currency', required: true },
    { name: 'categoryId', label: 'Category', kind: 'select', required: true, options: [{ value: '', label: 'Choose…' }, ...categories.options] },
    { name: 'frequency', label: 'Every', kind: 'select', options: opts(['MONTHLY', 'WEEKLY', 'DAILY', 'YEARLY']) },
    { name: 'interval', label: 'Interval', kind: 'number', hint: '2 = every other' },
    { name: 'startDate', label: 'From', kind: 'date', required: true },
    { name: 'endDate', label: 'Until', kind: 'date' },
  ], [categories.options]);
  const editable = fields.filter((f) => ['description', 'amount', 'currency', 'categoryId', 'endDate'].includes(f.name))
    .concat([{ name: 'active', label: 'Active', kind: 'checkbox' }]);

  async function remove(id: string) {
    if (!window.confirm('Delete this rule? What it already created stays.')) return;
    try { await api.request('DELETE', `/api/v1/recurring-rules/${id}`); list.reload(); } catch (e) { setError(e); }
  }

  return (
    <>
      <PageTitle>Recurring</PageTitle>
      {canWrite(user) && (
        <Section title="New rule">
          <CreateForm path="/api/v1/recurring-rules" fields={fields} label="New recurring rule" submitLabel="Create rule" onCreated={list.reload}
            initial={{ type: 'EXPENSE', description: '', amount: '', currency: tenant?.baseCurrency ?? 'EUR', categoryId: '', frequency: 'MONTHLY', interval: '1', startDate: today(), endDate: '' }} />
        </Section>
      )}
      <Section title="Rules" error={list.error} loading={list.loading && !list.data}>
        <ErrorBanner error={error} />
        {list.data?.items.length === 0 && <p className="muted">No recurring rules.</p>}
        <ul className="plain">
          {list.data?.items.map((r) => editing === r.id ? (
            <li key={r.id}><EditForm path={`/api/v1/recurring-rules/${r.id}`} fields={editable} label="Edit rule" onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); list.reload(); }} /></li>
          ) : (
            <li key={r.id}>
              <div className="row"><strong>{r.description ?? categories.name(r.categoryId)}</strong> <Money amount={r.amount} currency={r.currency} /> <span className="muted">{r.type.toLowerCase()} · every {r.interval > 1 ? `${r.interval} ` : ''}{r.frequency.toLowerCase().replace(/ly$/, '').replace('dai', 'day')}{r.interval > 1 ? 's' : ''} · next {r.nextDate ?? 'none'}{r.active ? '' : ' · paused'}</span></div>
              <div className="row-actions">
                <button type="button" aria-expanded={showing === r.id} onClick={() => setShowing(showing === r.id ? null : r.id)}>Next dates</button>
                {canWrite(user) && <><button type="button" onClick={() => setEditing(r.id)}>Edit</button><button type="button" onClick={() => void remove(r.id)}>Delete</button></>}
              </div>
              {showing === r.id && <Occurrences id={r.id} />}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function Occurrences({ id }: { id: string }) {
  const from = today();
  const to = `${Number(from.slice(0, 4)) + 1}${from.slice(4)}`;
  const r = useApi<{ dates: string[] }>(`/api/v1/recurring-rules/${id}/occurrences`, { from, to });
  if (r.error) return <ErrorBanner error={r.error} />;
  return <p className="nested small">{r.data ? r.data.dates.slice(0, 12).join(' · ') || 'No dates in the coming year.' : 'Loading…'}</p>;
}
