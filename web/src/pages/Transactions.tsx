import { useMemo, useState } from 'react';
import { api } from '../api/client';
import { useCategories } from '../categories';
import { today } from '../forms';
import { CreateForm, EditForm, type FieldSpec } from '../resource';
import { useSession, canWrite } from '../session';
import { ErrorBanner, Money, PageTitle, Pager, Section, useApi, type Page } from '../ui';

interface Conversion { status: 'CONVERTED' | 'PENDING'; baseCurrency: string; baseAmount: string | null; rate: string | null; rateDate: string | null; source: string | null }
interface Entry {
  id: string; amount: string; currency: string; date: string; categoryId: string; description: string | null;
  payee?: string | null; source?: string | null; paymentMethod: string | null; tags: string[]; conversion: Conversion | null; version: number;
}

const METHODS = ['', 'CASH', 'CARD', 'BANK_TRANSFER', 'UPI', 'WALLET', 'CHEQUE', 'OTHER'].map((m) => ({ value: m, label: m ? m.replace('_', ' ').toLowerCase() : '—' }));

export default function Transactions({ kind }: { kind: 'expenses' | 'incomes' }) {
  const { tenant, user } = useSession();
  const isExpense = kind === 'expenses';
  const party = isExpense ? 'payee' : 'source';
  const categories = useCategories(isExpense ? 'EXPENSE' : 'INCOME');
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const list = useApi<Page<Entry>>(`/api/v1/${kind}`, { ...filters, page, size: 20, sort: 'date,desc' });
  const base = tenant?.baseCurrency ?? 'EUR';

  const fields: FieldSpec[] = useMemo(() => [
    { name: 'amount', label: 'Amount', kind: 'amount', required: true, autoFocus: true },
    { name: 'categoryId', label: 'Category', kind: 'select', required: true, options: [{ value: '', label: 'Choose…' }, ...categories.options] },
    { name: 'date', label: 'Date', kind: 'date', required: true },
    { name: 'currency', label: 'Currency', kind: 'currency', required: true },
    { name: 'description', label: 'Description' },
    { name: party, label: isExpense ? 'Payee' : 'Source' },
    { name: 'paymentMethod', label: 'Paid by', kind: 'select', options: METHODS },
    { name: 'tags', label: 'Tags', kind: 'tags', hint: 'Separated by commas' },
  ], [categories.options, party, isExpense]);

  async function remove(id: string) {
    if (!window.confirm('Delete this entry?')) return;
    try {
      await api.request('DELETE', `/api/v1/${kind}/${id}`);
      list.reload();
    } catch (e) {
      setActionError(e);
    }
  }

  function applyFilters(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = Object.fromEntries([...new FormData(e.currentTarget)].map(([k, v]) => [k, String(v).trim()]).filter(([, v]) => v));
    setFilters(f);
    setPage(0);
  }

  const title = isExpense ? 'Expenses' : 'Income';
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {canWrite(user) && (
        <Section title={isExpense ? 'Quick add expense' : 'Quick add income'} error={categories.error}>
          <p className="muted small">Type the amount, Tab to the category and date, Enter to save.</p>
          <CreateForm path={`/api/v1/${kind}`} fields={fields} label={`Add ${isExpense ? 'expense' : 'income'}`}
            initial={{ amount: '', categoryId: '', date: today(), currency: base, description: '', [party]: '', paymentMethod: '', tags: '' }}
            submitLabel="Add" onCreated={() => { setPage(0); list.reload(); }} />
        </Section>
      )}
      <Section title={`All ${title.toLowerCase()}`} error={list.error} loading={list.loading && !list.data}>
        <form className="filters" onSubmit={applyFilters} aria-label="Filters">
          <label>From <input type="date" name="from" /></label>
          <label>To <input type="date" name="to" /></label>
          <label>Category <select name="categoryId"><option value="">All</option>{categories.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select></label>
          <label>Tag <input name="tag" size={10} /></label>
          <label>Currency <input name="currency" size={4} maxLength={3} /></label>
          <label>Min <input name="minAmount" inputMode="decimal" size={8} /></label>
          <label>Max <input name="maxAmount" inputMode="decimal" size={8} /></label>
          <label>Text <input name="q" type="search" size={12} /></label>
          <button type="submit">Filter</button>
        </form>
        <ErrorBanner error={actionError} />
        {list.data && list.data.items.length === 0 ? <p className="muted">Nothing recorded{Object.keys(filters).length ? ' that matches' : ' yet'}.</p> : (
          <div className="table-wrap">
            <table data-testid={`${kind}-table`}>
              <thead><tr><th scope="col">Date</th><th scope="col">Description</th><th scope="col">Category</th><th scope="col" className="num">Amount</th><th scope="col" className="num">In {base}</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
              <tbody>
                {list.data?.items.map((x) => editing === x.id ? (
                  <tr key={x.id}><td colSpan={6}>
                    <EditForm path={`/api/v1/${kind}/${x.id}`} fields={fields} label="Edit entry" onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); list.reload(); }} />
                  </td></tr>
                ) : (
                  <tr key={x.id}>
                    <td>{x.date}</td>
                    <td>{x.description || (x.payee ?? x.source) || '—'}{x.tags.length > 0 && <span className="tags">{x.tags.map((t) => <span key={t} className="tag">{t}</span>)}</span>}</td>
                    <td>{categories.name(x.categoryId)}</td>
                    <td className="num"><Money amount={x.amount} currency={x.currency} /></td>
                    <td className="num">{x.conversion?.status === 'PENDING'
                      ? <span className="pending" title="Waiting for an exchange rate; counted once converted">pending</span>
                      : <Money amount={x.conversion?.baseAmount ?? null} currency={x.conversion?.baseCurrency ?? base} />}</td>
                    <td className="row-actions">{canWrite(user) && <>
                      <button type="button" onClick={() => setEditing(x.id)} aria-label={`Edit ${x.description ?? x.date}`}>Edit</button>
                      <button type="button" onClick={() => void remove(x.id)} aria-label={`Delete ${x.description ?? x.date}`}>Delete</button>
                    </>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {list.data && <Pager page={list.data.page} totalPages={list.data.totalPages} onPage={setPage} />}
      </Section>
    </>
  );
}
