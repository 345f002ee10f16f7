import { useMemo } from 'react';
import { useApi, type Page } from './ui';

export interface Category { id: string; name: string; type: 'EXPENSE' | 'INCOME'; parentId: string | null; system: boolean; version: number }

/** The categories of one type (system and the household's), as select options with sub-categories indented. */
export function useCategories(type?: 'EXPENSE' | 'INCOME') {
  const r = useApi<Page<Category>>('/api/v1/categories', { type, size: 200 });
  return useMemo(() => {
    const items = r.data?.items ?? [];
    const byId = new Map(items.map((c) => [c.id, c]));
    const label = (c: Category) => (c.parentId && byId.get(c.parentId) ? `${byId.get(c.parentId)!.name} › ${c.name}` : c.name);
    const options = items.map((c) => ({ value: c.id, label: label(c) })).sort((a, b) => a.label.localeCompare(b.label));
    return { ...r, items, options, name: (id: string | null | undefined) => (id && byId.get(id) ? label(byId.get(id)!) : '—') };
  }, [r.data, r.error, r.loading, r.reload]); // eslint-disable-line react-hooks/exhaustive-deps
}
