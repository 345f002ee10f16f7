import { useState } from 'react';
import { api } from '../api/client';
import { CreateForm, type FieldSpec } from '../resource';
import { canWrite, useSession } from '../session';
import { formatPercent } from '../money';
import { ErrorBanner, Money, PageTitle, Section, StateBadge, useApi, type Page } from '../ui';

interface Item { id: string; symbol: string; dataSource: string; note: string | null; quote: { price: string; currency: string; stale: boolean } | null; quoteReason: string | null; dayChange: { absolute: string; percent: string } | null }
interface Alert { id: string; itemId: string; condition: string; threshold: string; state: string; triggeredPrice: string | null; triggeredAt: string | null }

const SOURCES = ['STOOQ', 'COINGECKO', 'ALPHA_VANTAGE'].map((s) => ({ value: s, label: s.toLowerCase().replace('_', ' ') }));

export default function Watchlist() {
  const { user, locale } = useSession();
  const items = useApi<Page<Item> | Item[]>('/api/v1/watchlist', { size: 200 });
  const list = Array.isArray(items.data) ? items.data : items.data?.items ?? [];
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const fields: FieldSpec[] = [{ name: 'symbol', label: 'Symbol', required: true }, { name: 'dataSource', label: 'Source', kind: 'select', options: SOURCES }, { name: 'note', label: 'Note' }];
  return (
    <>
      <PageTitle>Watchlist</PageTitle>
      {canWrite(user) && <Section title="Watch a symbol"><CreateForm path="/api/v1/watchlist" fields={fields} label="Watch a symbol" submitLabel="Watch" initial={{ symbol: '', dataSource: 'STOOQ', note: '' }} onCreated={items.reload} /></Section>}
      <Section title="Watched" error={items.error} loading={items.loading && !items.data}>
        <ErrorBanner error={error} />
        {list.length === 0 && <p className="muted">Nothing watched yet.</p>}
        <ul className="plain">
          {list.map((i) => (
            <li key={i.id}>
              <div className="row"><strong>{i.symbol}</strong> <span className="muted">{i.dataSource.toLowerCase()}</span>
                {i.quote ? <><Money amount={i.quote.price} currency={i.quote.currency} /> {i.dayChange && <span className={i.dayChange.percent.startsWith('-') ? 'delta bad' : 'delta good'}>{formatPercent(i.dayChange.percent, locale, 1)}</span>}{i.quote.stale && <span className="pending"> stale</span>}</> : <span className="muted">{i.quoteReason ?? 'no quote yet'}</span>}
              </div>
              <div className="row-actions">
                <button type="button" aria-expanded={open === i.id} onClick={() => setOpen(open === i.id ? null : i.id)}>Alerts</button>
                {canWrite(user) && <button type="button" onClick={async () => { try { await api.request('DELETE', `/api/v1/watchlist/${i.id}`); items.reload(); } catch (e) { setError(e); } }}>Stop watching</button>}
              </div>
              {open === i.id && <Alerts itemId={i.id} />}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function Alerts({ itemId }: { itemId: string }) {
  const { user } = useSession();
  const alerts = useApi<Alert[] | Page<Alert>>(`/api/v1/watchlist/${itemId}/alerts`);
  const list = Array.isArray(alerts.data) ? alerts.data : alerts.data?.items ?? [];
  const [error, setError] = useState<unknown>(null);
  async function setState(a: Alert, state: 'ARMED' | 'PAUSED') {
    try { await api.request('PATCH', `/api/v1/watchlist/alerts/${a.id}`, { body: { state } }); alerts.reload(); } catch (e) { setError(e); }
  }
  return (
    <div className="nested">
      <ErrorBanner error={alerts.error ?? error} />
      <ul className="plain">{list.map((a) => (
        <li key={a.id}>{a.condition.replace('_', ' ').toLowerCase()} {a.threshold} <StateBadge state={a.state} />{a.triggeredPrice && <small> at {a.triggeredPrice} ({a.triggeredAt})</small>}
          {canWrite(user) && <>{a.state !== 'ARMED' && <button type="button" className="linkish" onClick={() => void setState(a, 'ARMED')}>re-arm</button>}{a.state === 'ARMED' && <button type="button" className="linkish" onClick={() => void setState(a, 'PAUSED')}>pause</button>}</>}
        </li>
      ))}</ul>
      {canWrite(user) && <CreateForm path={`/api/v1/watchlist/${itemId}/alerts`} label="New alert" submitLabel="Add alert" onCreated={alerts.reload}
        fields={[{ name: 'condition', label: 'When', kind: 'select', options: [{ value: 'ABOVE', label: 'price above' }, { value: 'BELOW', label: 'price below' }, { value: 'MOVE_PERCENT', label: 'moves by %' }] }, { name: 'threshold', label: 'Threshold', kind: 'amount', required: true }]}
        initial={{ condition: 'ABOVE', threshold: '' }} />}
    </div>
  );
}
