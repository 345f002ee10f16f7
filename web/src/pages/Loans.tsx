import { Link, useNavigate } from 'react-router';
import { today } from '../forms';
import { CreateForm, type FieldSpec } from '../resource';
import { canWrite, useSession } from '../session';
import { Money, PageTitle, Section, StateBadge, useApi, type Page } from '../ui';

export interface Loan {
  id: string; name: string; lender: string | null; loanType: string; principal: string; currency: string; annualRate: string; currentRate: string;
  tenureMonths: number; disbursalDate: string; firstEmiDate: string; status: string; emi: string; endDate: string; instalments: number;
  outstandingPrincipal: string; totalInterest: string; amountPaid: string; version: number; [k: string]: unknown;
}

const TYPES = ['HOME', 'CAR', 'PERSONAL', 'EDUCATION', 'GOLD', 'OTHER'].map((t) => ({ value: t, label: t.toLowerCase() }));

export default function Loans() {
  const { tenant, user } = useSession();
  const navigate = useNavigate();
  const list = useApi<Page<Loan>>('/api/v1/emis', { size: 100 });
  const fields: FieldSpec[] = [
    { name: 'name', label: 'Name', required: true },
    { name: 'lender', label: 'Lender' },
    { name: 'loanType', label: 'Type', kind: 'select', options: TYPES },
    { name: 'principal', label: 'Principal', kind: 'amount', required: true },
    { name: 'currency', label: 'Currency', kind: 'currency', required: true },
    { name: 'annualRate', label: 'Interest % a year', kind: 'amount', required: true },
    { name: 'tenureMonths', label: 'Months', kind: 'number', required: true },
    { name: 'disbursalDate', label: 'Paid out on', kind: 'date', required: true },
    { name: 'firstEmiDate', label: 'First EMI on', kind: 'date', required: true },
  ];
  const d = today();
  const nextMonth = new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 5);
  const firstEmi = `${nextMonth.getFullYear()}-${String(nextMonth.getMonth() + 1).padStart(2, '0')}-05`;
  return (
    <>
      <PageTitle>Loans</PageTitle>
      <Section title="Your loans" error={list.error} loading={list.loading && !list.data}>
        {list.data?.items.length === 0 && <p className="muted">No loans yet.</p>}
        <ul className="plain loans">
          {list.data?.items.map((l) => (
            <li key={l.id}>
              <div className="row"><Link to={`/loans/${l.id}`}><strong>{l.name}</strong></Link> <StateBadge state={l.status} /> <span className="muted">{l.lender}</span></div>
              <small>EMI <Money amount={l.emi} currency={l.currency} /> · outstanding <Money amount={l.outstandingPrincipal} currency={l.currency} /> · ends {l.endDate}</small>
            </li>
          ))}
        </ul>
      </Section>
      {canWrite(user) && (
        <Section title="New loan">
          <CreateForm path="/api/v1/emis" fields={fields} label="New loan" submitLabel="Create loan"
            initial={{ name: '', lender: '', loanType: 'HOME', principal: '', currency: tenant?.baseCurrency ?? 'EUR', annualRate: '', tenureMonths: '', disbursalDate: d, firstEmiDate: firstEmi }}
            onCreated={(created) => navigate(`/loans/${(created as Loan).id}`)} />
        </Section>
      )}
    </>
  );
}
