import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { useSession } from './session';
import { applyTheme, currentTheme, type Theme } from './theme';
import { AcceptInvitation, ForgotPassword, ResetPassword, SignIn, SignUp, VerifyEmail } from './pages/Auth';
import { Dashboard } from './pages/Dashboard';

// Every screen but sign-in and the dashboard loads on first visit, keeping the initial JavaScript small.
const Transactions = lazy(() => import('./pages/Transactions'));
const Categories = lazy(() => import('./pages/Categories'));
const Budgets = lazy(() => import('./pages/Budgets'));
const Debts = lazy(() => import('./pages/Debts'));
const Recurring = lazy(() => import('./pages/Recurring'));
const Loans = lazy(() => import('./pages/Loans'));
const LoanDetail = lazy(() => import('./pages/LoanDetail'));
const Investments = lazy(() => import('./pages/Investments'));
const Watchlist = lazy(() => import('./pages/Watchlist'));
const Exports = lazy(() => import('./pages/Exports'));
const Settings = lazy(() => import('./pages/Settings'));

const NAV: [string, string][] = [
  ['/', 'Dashboard'], ['/expenses', 'Expenses'], ['/incomes', 'Income'], ['/budgets', 'Budgets'],
  ['/categories', 'Categories'], ['/debts', 'Borrowed & lent'], ['/recurring', 'Recurring'], ['/loans', 'Loans'],
  ['/investments', 'Investments'], ['/watchlist', 'Watchlist'], ['/exports', 'Exports & reports'], ['/settings', 'Settings'],
];

function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(currentTheme());
  const next: Theme = theme === 'system' ? 'dark' : theme === 'dark' ? 'light' : 'system';
  return (
    <button type="button" className="linkish" onClick={() => { applyTheme(next); setTheme(next); }}
      aria-label={`Theme: ${theme}. Switch to ${next}`}>
      Theme: {theme}
    </button>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const { tenant, user, signOut } = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  return (
    <div className="shell">
      <a href="#main" className="skip-link">Skip to content</a>
      <header className="topbar">
        <span className="brand">finsuite</span>
        <span className="household" data-testid="household">{tenant?.name}</span>
        <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="nav" onClick={() => setMenuOpen(!menuOpen)}>Menu</button>
        <span className="topbar-end">
          <ThemeToggle />
          <span className="muted user-name">{user?.fullName}</span>
          <button type="button" onClick={() => void signOut()}>Sign out</button>
        </span>
      </header>
      <div className="body">
        <nav id="nav" aria-label="Main" className={menuOpen ? 'nav open' : 'nav'}>
          <ul>
            {NAV.map(([to, label]) => (
              <li key={to}><NavLink to={to} end={to === '/'} onClick={() => setMenuOpen(false)}>{label}</NavLink></li>
            ))}
          </ul>
        </nav>
        <main id="main" key={location.pathname}>
          <Suspense fallback={<p className="muted">Loading…</p>}>{children}</Suspense>
        </main>
      </div>
    </div>
  );
}

export function App() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'loading') return <p className="muted center">Loading…</p>;
  if (status === 'signedOut') {
    return (
      <Routes>
        <Route path="/signup" element={<SignUp />} />
        <Route path="/signin" element={<SignIn />} />
        <Route path="/forgot-password" element={<ForgotPassword />} />
        <Route path="/reset-password" element={<ResetPassword />} />
        <Route path="/accept-invitation" element={<AcceptInvitation />} />
        <Route path="/verify-email" element={<VerifyEmail />} />
        <Route path="*" element={<Navigate to="/signin" replace state={{ from: location.pathname }} />} />
      </Routes>
    );
  }
  return (
    <Shell>
      <Routes>
        <Route path="/" element={<Dashboard />} />
        <Route path="/expenses" element={<Transactions kind="expenses" />} />
        <Route path="/incomes" element={<Transactions kind="incomes" />} />
        <Route path="/categories" element={<Categories />} />
        <Route path="/budgets" element={<Budgets />} />
        <Route path="/debts" element={<Debts />} />
        <Route path="/recurring" element={<Recurring />} />
        <Route path="/loans" element={<Loans />} />
        <Route path="/loans/:id" element={<LoanDetail />} />
        <Route path="/investments" element={<Investments />} />
        <Route path="/watchlist" element={<Watchlist />} />
        <Route path="/exports" element={<Exports />} />
        <Route path="/settings" element={<Settings />} />
        <Route path="/signin" element={<Navigate to={(location.state as { from?: string })?.from ?? '/'} replace />} />
        <Route path="/signup" element={<Navigate to="/" replace />} />
        <Route path="*" element={<p>Not found. <NavLink to="/">Back to the dashboard</NavLink></p>} />
      </Routes>
    </Shell>
  );
}
