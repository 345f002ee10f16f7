// The web app's speed targets (issue: the dashboard interactive within 1 s against the local suite), measured in
// Debian's Chromium through playwright-core against a running suite (./run.sh: the gateway serves web/dist on
// BASE_URL). Signs a new household up through the app, records a few expenses and a budget through the API, then
// reloads the dashboard RUNS times and reports, per load, the time from navigation to every dashboard section
// loaded (no "Loading…" left) and the browser's own First Contentful Paint. A reload is the honest case: the app
// starts from nothing but the refresh token in localStorage, so it refreshes, then asks its five APIs.
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', '..', 'web', 'package.json'));
const { chromium } = require('playwright-core');

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const RUNS = Number(process.env.RUNS ?? 15);
const email = `bench-${Date.now()}@example.test`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${BASE}/signup`);
  await page.getByLabel('Household name').fill('Bench household');
  await page.getByLabel('Your name').fill('Bench');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByLabel('Base currency').fill('EUR');
  await page.getByRole('button', { name: 'Create household' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

  // Some money to show: the access token is the app's; the API is called as the app would.
  const token = await page.evaluate(async (base) => {
    const r = await fetch(`${base}/api/v1/auth/refresh`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: localStorage.getItem('finsuite.refreshToken') }) });
    const pair = await r.json();
    localStorage.setItem('finsuite.refreshToken', pair.refreshToken);
    return pair.accessToken;
  }, BASE);
  const call = (method, path, body) => fetch(`${BASE}${path}`, { method, headers: { Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json' }, body: body && JSON.stringify(body) }).then(async (r) => ({ status: r.status, json: await r.json().catch(() => null) }));
  const categories = await call('GET', '/api/v1/categories?size=200');
  const expense = categories.json.items.find((c) => c.type === 'EXPENSE' && c.parentId);
  const today = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < 20; i++) {
    const r = await call('POST', '/api/v1/expenses', { amount: `${10 + i}.50`, currency: 'EUR', categoryId: expense.id, date: today, description: `bench ${i}` });
    if (r.status !== 201) throw new Error(`expense: ${r.status} ${JSON.stringify(r.json)}`);
  }
  const budget = await call('POST', '/api/v1/budgets', { name: 'Bench budget', limit: '500.00', currency: 'EUR', categoryId: expense.id, period: 'MONTHLY', startDate: today.slice(0, 8) + '01' });
  if (budget.status !== 201) console.error(`budget: ${budget.status} ${JSON.stringify(budget.json)} (the dashboard is measured without it)`);

  const ready = [];
  const fcp = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = Date.now();
    await page.goto(`${BASE}/`, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('Loading…') && document.querySelectorAll('section.card').length > 0);
    const ms = Date.now() - t0;
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    if (i >= 2) { ready.push(ms); fcp.push(paint); } // two warm-up loads: the first fills the browser's cache
  }
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)];
  console.log(JSON.stringify({
    runs: RUNS, dashboardReadyMs: { median: pct(ready, 0.5), p90: pct(ready, 0.9), max: Math.max(...ready) },
    firstContentfulPaintMs: { median: Math.round(pct(fcp, 0.5)), p90: Math.round(pct(fcp, 0.9)) },
  }));
} finally {
  await browser.close();
}
