// Starts the real suite for the e2e tests and the OpenAPI check: the six service jars (built by Maven into
// <service>/target/<service>.jar) as child processes on free ports against DATABASE_URL and Redis, a local
// server that plays the ECB (the shared fixtures) so market-service has exchange rates without the internet,
// and closed local ports for every other market-data provider. stop() ends exactly the processes started here.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as netServer } from 'node:net';
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

const here = dirname(fileURLToPath(import.meta.url));
export const webDir = resolve(here, '..');
export const rootDir = resolve(webDir, '..');
export const routes = JSON.parse(readFileSync(join(webDir, 'routes.json'), 'utf8')).services;
export const services = Object.keys(routes);

export function freePort() {
  return new Promise((ok, fail) => {
    const s = netServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** ECB files from the shared fixtures (or web/e2e/fixtures when the shared folder is absent). */
function fixtureFile(name) {
  for (const dir of [join(webDir, 'e2e', 'fixtures'), resolve(rootDir, '..', 'shared', 'fixtures', 'fx')]) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error(`fixture ${name} not found in web/e2e/fixtures`);
}

async function startEcb() {
  const daily = readFileSync(fixtureFile('ecb-eurofxref-daily.sample.xml'));
  const history = readFileSync(fixtureFile('ecb-eurofxref-hist-90d.sample.xml'));
  const server = createServer((req, res) => {
    const body = req.url.includes('hist') ? history : daily;
    res.writeHead(200, { 'Content-Type': 'application/xml' }).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/** As the services' own tests: DATABASE_URL, else the local finsuite_test (.ci/run recreates it). No database: the
 * services do not become ready and the run fails, never skips. */
function databaseUrl() {
  return process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/finsuite_test';
}

async function healthy(url, child, name, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start-up (exit ${child.exitCode})`);
    try {
      const r = await fetch(`${url}/actuator/health/readiness`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((ok) => setTimeout(ok, 500));
  }
  throw new Error(`${name} was not ready within the time allowed`);
}

/** Starts the suite; resolves with each service's URL and a stop() that ends what it started. */
export async function startSuite({ logDir = join(webDir, 'e2e', '.run', 'logs'), only = services } = {}) {
  const db = databaseUrl();
  for (const s of only) {
    const jar = join(rootDir, s, 'target', `${s}.jar`);
    if (!existsSync(jar)) {
      throw new Error(`${jar} is missing: build the services first (./mvnw -B -q -DskipTests package, or ./mvnw -B verify from the root, which builds them before web)`);
    }
  }
  mkdirSync(logDir, { recursive: true });
  const ecb = await startEcb();
  const closed = `http://127.0.0.1:${await freePort()}`; // nothing listens: providers fail fast, never the internet
  const secret = process.env.SECRET_KEY ?? randomBytes(48).toString('base64');
  const urls = {};
  for (const s of only) urls[s] = `http://127.0.0.1:${await freePort()}`;
  const children = [];
  // Whatever happens to this Node process, the JVMs it started do not outlive it.
  process.on('exit', () => { for (const c of children) if (c.exitCode === null) c.kill('SIGKILL'); });
  const stop = async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => c.exitCode !== null ? null : new Promise((ok) => {
      const t = setTimeout(() => { c.kill('SIGKILL'); ok(); }, 10000);
      c.once('exit', () => { clearTimeout(t); ok(); });
    })));
    ecb.server.close();
  };
  try {
    for (const s of only) {
      const env = {
        ...process.env,
        DATABASE_URL: db,
        REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        SECRET_KEY: secret,
        ECB_DAILY_URL: `${ecb.url}/daily.xml`, ECB_HISTORY_URL: `${ecb.url}/hist-90d.xml`, ECB_IMPORT_ON_START: 'true',
        STOOQ_URL: closed, COINGECKO_URL: closed, ALPHAVANTAGE_URL: closed, OXR_URL: closed,
      };
      delete env.LOG_FORMAT;
      for (const other of services) env[other.toUpperCase().replace(/-/g, '_') + '_URL'] = urls[other] ?? closed;
      const out = openSync(join(logDir, `${s}.log`), 'w');
      const child = spawn('java', ['-XX:+UseSerialGC', '-Xss512k', '-Xms24m', '-Xmx256m', '-XX:TieredStopAtLevel=1',
        '-jar', join(rootDir, s, 'target', `${s}.jar`), `--server.port=${new URL(urls[s]).port}`],
      { env, stdio: ['ignore', out, out] });
      children.push(child);
    }
    // Generous: six JVMs starting at once on a busy CI machine can take minutes.
    const deadline = Date.now() + Number(process.env.E2E_START_TIMEOUT_S ?? 900) * 1000;
    await Promise.all(only.map((s, i) => healthy(urls[s], children[i], s, deadline)));
  } catch (e) {
    await stop();
    e.message += ` (service logs in ${logDir})`;
    throw e;
  }
  return { urls, stop, logDir };
}

/** The environment that points the Vite proxy (vite.config.ts reads <SERVICE>_URL) at the started suite. */
export function proxyEnv(urls) {
  const env = {};
  for (const [s, url] of Object.entries(urls)) env[s.toUpperCase().replace(/-/g, '_') + '_URL'] = url;
  return env;
}
