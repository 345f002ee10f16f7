import { useState } from 'react';
import { api } from '../api/client';
import { useCategories, type Category } from '../categories';
import { CreateForm, EditForm, type FieldSpec } from '../resource';
import { canWrite, useSession } from '../session';
import { ErrorBanner, PageTitle, Section } from '../ui';

export default function Categories() {
  const { user } = useSession();
  const all = useCategories();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const parents = all.items.filter((c) => !c.parentId);
  const fields: FieldSpec[] = [
    { name: 'name', label: 'Name', required: true },
    { name: 'type', label: 'Type', kind: 'select', options: [{ value: 'EXPENSE', label: 'expense' }, { value: 'INCOME', label: 'income' }] },
    { name: 'parentId', label: 'Under', kind: 'select', options: [{ value: '', label: '— top level —' }, ...parents.map((p) => ({ value: p.id, label: `${p.name} (${p.type.toLowerCase()})` }))] },
  ];

  async function remove(c: Category) {
    const others = all.items.filter((o) => o.type === c.type && o.id !== c.id);
    if (!window.confirm(`Delete ${c.name}?`)) return;
    try {
      await api.request('DELETE', `/api/v1/categories/${c.id}`);
      all.reload();
    } catch (e) {
      const inUse = (e as { status?: number }).status === 409;
      const target = inUse ? window.prompt(`${c.name} is in use. Type the name of the category that should receive its entries:`) : null;
      const to = target && others.find((o) => o.name.toLowerCase() === target.trim().toLowerCase());
      if (to) {
        try { await api.request('DELETE', `/api/v1/categories/${c.id}`, { query: { reassignTo: to.id } }); all.reload(); return; } catch (e2) { setError(e2); return; }
      }
      setError(e);
    }
  }

  return (
    <>
      <PageTitle>Categories</PageTitle>
      {canWrite(user) && (
        <Section title="New category">
          <CreateForm path="/api/v1/categories" fields={fields} label="New category" submitLabel="Add category" initial={{ name: '', type: 'EXPENSE', parentId: '' }} onCreated={all.reload} />
        </Section>
      )}
      {(['EXPENSE', 'INCOME'] as const).map((type) => (
        <Section key={type} title={type === 'EXPENSE' ? 'Expense categories' : 'Income categories'} error={all.error} loading={all.loading && !all.data}>
          <ErrorBanner error={error} />
          <ul className="plain categories">
            {all.items.filter((c) => c.type === type && !c.parentId).map((p) => (
              <li key={p.id}>
                <CategoryRow c={p} editing={editing} setEditing={setEditing} fields={fields} reload={all.reload} remove={remove} writable={canWrite(user)} />
                <ul className="plain sub">{all.items.filter((c) => c.parentId === p.id).map((c) => (
                  <li key={c.id}><CategoryRow c={c} editing={editing} setEditing={setEditing} fields={fields} reload={all.reload} remove={remove} writable={canWrite(user)} /></li>
                ))}</ul>
              </li>
            ))}
          </ul>
        </Section>
      ))}
    </>
  );
}

function CategoryRow({ c, editing, setEditing, fields, reload, remove, writable }: {
  c: Category; editing: string | null; setEditing(id: string | null): void; fields: FieldSpec[]; reload(): void; remove(c: Category): void; writable: boolean;
}) {
  if (editing === c.id) {
    return <EditForm path={`/api/v1/categories/${c.id}`} fields={fields.filter((f) => f.name !== 'type')} label="Edit category" onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); reload(); }} />;
  }
  return (
    <span className="row">
      {c.name} {c.system && <span className="badge">built in</span>}
      {writable && !c.system && <span className="row-actions"><button type="button" onClick={() => setEditing(c.id)} aria-label={`Edit ${c.name}`}>Edit</button><button type="button" onClick={() => remove(c)} aria-label={`Delete ${c.name}`}>Delete</button></span>}
    </span>
  );
}
