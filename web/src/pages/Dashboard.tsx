import { Link } from 'react-router';
import { useSession } from '../session';
import { Money, PageTitle, Section, StateBadge, useApi } from '../ui';
import { BarChart, LineChart } from '../charts';
import { barWidth, formatMoney } from '../money';
import { monthOffset, today } from '../forms';

interface CategoryTotal { categoryId: string; name: string; type: 'EXPENSE' | 'INCOME'; amount: string; entries: number }
interface MonthSummary { month: string; baseCurrency: string; income: string; expenses: string; net: string; pendingConversions: number; categories: CategoryTotal[] }
interface BudgetStatus { budgetId: string; name: string; currency: string; periodStart: string; periodEnd: string; limit: string; spent: string; remaining: string; percentUsed: string; state: string; pendingConversions: number }
interface EmiSummary { currencies: { currency: string; activeLoans: number; outstandingPrincipal: string; interestPaid: string; interestRemaining: string; loans: { loanId: string; name: string; nextDueDate: string | null; nextDueAmount: string | null; nextDueStatus: string | null }[] }[] }
interface RecurringRule { id: string; type: string; description?: string | null; amount: string; currency: string; active: boolean; nextDate?: string | null }
interface NetWorth { currency: string; months: { month: string; currency: string; investments: string | null; lentOutstanding: string | null; loanPrincipalOutstanding: string | null; borrowedOutstanding: string | null; netWorth: string | null; unknown: { part?: string; reason: string }[] }[] }

const ym = ({ year, month }: { year: number; month: number }) => `${year}-${String(month).padStart(2, '0')}`;

function Delta({ now, before, currency, better }: { now: string; before: string; currency: string; better: 'up' | 'down' }) {
  const { locale } = useSession();
  // The difference is display only and computed on scaled integers (4 places), never floats.
  const scaled = (v: string) => { const [i, f = ''] = v.split('.'); return BigInt(i + (f + '0000').slice(0, 4)) * (v.startsWith('-') && i === '-0' ? -1n : 1n); };
  const diff = scaled(now) - scaled(before);
  const abs = diff < 0n ? -diff : diff;
  const text = `${abs / 10000n}.${String(abs % 10000n).padStart(4, '0')}`;
  const good = diff === 0n ? 'same' : (diff > 0n) === (better === 'up') ? 'good' : 'bad';
  return <small className={`delta ${good}`}>{diff === 0n ? 'same as last month' : `${diff > 0n ? '▲' : '▼'} ${formatMoney(text, currency, { locale })} vs last month`}</small>;
}

export function Dashboard() {
  const { tenant, locale } = useSession();
  const base = tenant?.baseCurrency ?? 'EUR';
  const from = ym(monthOffset(-11));
  const to = ym(monthOffset(0));
  const trend = useApi<MonthSummary[]>('/api/v1/summaries/trend', { from, to });
  const budgets = useApi<BudgetStatus[] | { items: BudgetStatus[] }>('/api/v1/budgets/status');
  const emis = useApi<EmiSummary>('/api/v1/emis/summary');
  const rules = useApi<{ items: RecurringRule[] }>('/api/v1/recurring-rules', { size: 50 });
  const netWorth = useApi<NetWorth>('/api/v1/reports/net-worth');
  const months = trend.data ?? [];
  const thisMonth = months[months.length - 1];
  const lastMonth = months[months.length - 2];
  const budgetList = Array.isArray(budgets.data) ? budgets.data : budgets.data?.items ?? [];
  const fmt = (v: string) => formatMoney(v, base, { locale });
  const spending = (thisMonth?.categories ?? []).filter((c) => c.type === 'EXPENSE').slice(0, 8);
  const upcomingRules = (rules.data?.items ?? []).filter((r) => r.active && r.nextDate)
    .sort((a, b) => String(a.nextDate).localeCompare(String(b.nextDate))).slice(0, 5);
  void today;

  return (
    <>
      <PageTitle>Dashboard</PageTitle>
      <Section title="This month" error={trend.error} loading={trend.loading && !trend.data}>
        {thisMonth && (
          <>
            <dl className="stats">
              <div><dt>Income</dt><dd data-testid="month-income"><Money amount={thisMonth.income} currency={base} /></dd>{lastMonth && <dd><Delta now={thisMonth.income} before={lastMonth.income} currency={base} better="up" /></dd>}</div>
              <div><dt>Spending</dt><dd data-testid="month-spending"><Money amount={thisMonth.expenses} currency={base} /></dd>{lastMonth && <dd><Delta now={thisMonth.expenses} before={lastMonth.expenses} currency={base} better="down" /></dd>}</div>
              <div><dt>Net</dt><dd data-testid="month-net"><Money amount={thisMonth.net} currency={base} /></dd>{lastMonth && <dd><Delta now={thisMonth.net} before={lastMonth.net} currency={base} better="up" /></dd>}</div>
            </dl>
            {thisMonth.pendingConversions > 0 && <p className="pending">{thisMonth.pendingConversions} amount(s) wait for an exchange rate and are not in these totals yet.</p>}
          </>
        )}
      </Section>
      <div className="grid">
        <Section title="Budgets" error={budgets.error} loading={budgets.loading && !budgets.data} actions={<Link to="/budgets">Manage</Link>}>
          {budgetList.length === 0 ? <p className="muted">No budgets yet. <Link to="/budgets">Set one</Link>.</p> : (
            <ul className="budgets" data-testid="dashboard-budgets">
              {budgetList.map((b) => (
                <li key={b.budgetId}>
                  <div className="row"><strong>{b.name}</strong> <StateBadge state={b.state} /></div>
                  <div className="progress" role="progressbar" aria-label={`${b.name} used`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={barWidth(b.percentUsed)}>
                    <span className={`bar bar-${b.state.toLowerCase()}`} style={{ width: `${barWidth(b.percentUsed)}%` }} />
                  </div>
                  <small><Money amount={b.spent} currency={b.currency} /> of <Money amount={b.limit} currency={b.currency} /> · <Money amount={b.remaining} currency={b.currency} /> left</small>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="Spending by category" error={trend.error} loading={trend.loading && !trend.data}>
          {spending.length === 0 ? <p className="muted">No spending this month.</p> : (
            <BarChart title="Spending by category this month" data={spending.map((c) => ({ label: c.name, value: c.amount }))} format={fmt} />
          )}
        </Section>
      </div>
      <Section title="Income and spending, 12 months" error={trend.error} loading={trend.loading && !trend.data}>
        {months.length > 0 && (
          <LineChart title="Income and spending over the last 12 months" labels={months.map((m) => m.month)} format={fmt}
            series={[{ name: 'Income', className: 's-income', values: months.map((m) => m.income) },
              { name: 'Spending', className: 's-spending', values: months.map((m) => m.expenses) }]} />
        )}
      </Section>
      <div className="grid">
        <Section title="Upcoming" error={rules.error} loading={rules.loading && !rules.data} actions={<Link to="/recurring">Recurring</Link>}>
          {upcomingRules.length === 0 ? <p className="muted">No recurring items.</p> : (
            <ul className="plain">{upcomingRules.map((r) => <li key={r.id}>{r.nextDate} · {r.description ?? r.type.toLowerCase()} · <Money amount={r.amount} currency={r.currency} /></li>)}</ul>
          )}
        </Section>
        <Section title="Loans" error={emis.error} loading={emis.loading && !emis.data} actions={<Link to="/loans">Loans</Link>}>
          <EmiOverview summary={emis.data} />
        </Section>
        <Section title="Net worth" error={netWorth.error} loading={netWorth.loading && !netWorth.data} actions={<Link to="/investments">Investments</Link>}>
          {netWorth.data && <NetWorthView report={netWorth.data} />}
        </Section>
      </div>
    </>
  );
}

function EmiOverview({ summary }: { summary: EmiSummary | null }) {
  const currencies = summary?.currencies ?? [];
  if (!currencies.length) return <p className="muted">No loans.</p>;
  return (
    <ul className="plain">
      {currencies.map((c) => (
        <li key={c.currency}>
          Outstanding <strong><Money amount={c.outstandingPrincipal} currency={c.currency} /></strong>
          <ul className="plain">{c.loans.map((l) => <li key={l.loanId}><Link to={`/loans/${l.loanId}`}>{l.name}</Link>: next EMI {l.nextDueDate ?? '—'} <Money amount={l.nextDueAmount} currency={c.currency} />{l.nextDueStatus === 'OVERDUE' && <> <StateBadge state="OVERDUE" /></>}</li>)}</ul>
        </li>
      ))}
    </ul>
  );
}

function NetWorthView({ report }: { report: NetWorth }) {
  const last = report.months[report.months.length - 1];
  if (!last) return <p className="muted">Nothing to value yet.</p>;
  const parts: [string, string | null][] = [['Investments', last.investments], ['Lent, outstanding', last.lentOutstanding],
    ['Loans, outstanding', last.loanPrincipalOutstanding], ['Borrowed, outstanding', last.borrowedOutstanding]];
  return (
    <>
      <p className="big" data-testid="net-worth"><Money amount={last.netWorth} currency={last.currency} /></p>
      <dl className="pairs">{parts.map(([k, v]) => <div key={k}><dt>{k}</dt><dd><Money amount={v} currency={last.currency} /></dd></div>)}</dl>
      {last.unknown.length > 0 && <p className="pending small">Unknown: {last.unknown.map((u) => u.reason).join('; ')}</p>}
    </>
  );
}
