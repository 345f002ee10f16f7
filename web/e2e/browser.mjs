// Shared e2e helpers: Debian's Chromium through playwright-core, axe-core injected into every page checked,
// screenshots into web/screenshots.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
export const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Fails on any serious or critical axe-core violation on the page as it is now. */
export async function assertAccessible(page, label) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad, [], `${label}: axe-core found serious/critical violations: ${JSON.stringify(bad, null, 1)}`);
}

export async function shoot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(screenshots, `${name}-${size}.png`), fullPage: size === 'desktop' });
  }
  await page.setViewportSize(DESKTOP);
}

/** Signs a new household up through the sign-up screen; lands on the dashboard. */
export async function signUp(page, { household, name, email, password = 'correct horse battery', currency = 'EUR' }) {
  await page.goto(`${BASE}/signup`);
  await page.getByLabel('Household name').fill(household);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Base currency').fill(currency);
  await page.getByRole('button', { name: 'Create household' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

export async function go(page, path, heading) {
  await page.goto(`${BASE}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForLoadState('networkidle');
}
