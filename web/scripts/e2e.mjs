// The end-to-end run: starts the real suite (six jars, DATABASE_URL, Redis, a local ECB), fails when the committed
// OpenAPI snapshots or generated types are stale, serves web/dist with `vite preview` and the gateway's routing,
// then runs e2e/*.test.mjs (node --test) in Debian's Chromium through playwright-core. Everything it started is
// stopped at the end, also on failure.
//
// Against a suite already running (ops-tests runs it so, behind the real nginx gateway that serves web/dist):
// E2E_SERVICE_URLS is a JSON object of each service's own URL (for the OpenAPI check) and BASE_URL the address
// the browser opens; then nothing is started here.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startSuite, proxyEnv, freePort, webDir } from './suite.mjs';
import { compare } from './openapi-compare.mjs';

if (!existsSync(join(webDir, 'dist', 'index.html'))) {
  console.error('web/dist is missing: run npm run build first');
  process.exit(1);
}
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`${chromium} not found: install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH`);
  process.exit(1);
}

const children = [];
let suite;
const stopAll = async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  await suite?.stop();
};
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));
process.on('SIGTERM', () => void stopAll().then(() => process.exit(143)));

let exitCode = 1;
try {
  const running = process.env.E2E_SERVICE_URLS ? JSON.parse(process.env.E2E_SERVICE_URLS) : null;
  if (running && !process.env.BASE_URL) throw new Error('E2E_SERVICE_URLS needs BASE_URL: where the app is served');
  if (running) {
    suite = { urls: running, stop: async () => {} };
    console.log(`e2e: against the running suite at ${process.env.BASE_URL}`);
  } else {
    console.log('e2e: starting the six services...');
    const t0 = Date.now();
    suite = await startSuite();
    console.log(`e2e: services ready after ${Math.round((Date.now() - t0) / 1000)}s`);
  }

  const stale = await compare(suite.urls, false);
  if (stale.length) throw new Error(`OpenAPI snapshots or generated types are stale: ${stale.join(', ')} (run npm run openapi:generate with the services running, and commit)`);
  console.log('e2e: OpenAPI snapshots and types are current');

  const base = running ? process.env.BASE_URL : await preview();
  const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...(process.argv.slice(2).length ? process.argv.slice(2) : ['e2e/'])],
    { cwd: webDir, env: { ...process.env, BASE_URL: base, CHROME_PATH: chromium, ...proxyEnv(suite.urls) }, stdio: 'inherit' });
  exitCode = await new Promise((ok) => tests.on('exit', (code) => ok(code ?? 1)));
} catch (e) {
  console.error(`e2e: ${e.message}`);
  exitCode = 1;
} finally {
  await stopAll();
}
process.exit(exitCode);

/** Serves web/dist with `vite preview`, proxying the API prefixes to the started services; resolves with its URL. */
async function preview() {
  const port = await freePort();
  const server = spawn(join(webDir, 'node_modules', '.bin', 'vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: webDir, env: { ...process.env, ...proxyEnv(suite.urls) }, stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(server);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try { if ((await fetch(base)).ok) break; } catch { /* starting */ }
    await new Promise((ok) => setTimeout(ok, 500));
  }
  return base;
}
