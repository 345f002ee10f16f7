// `generate`: fetch each service's /v3/api-docs, store the snapshot in openapi/<service>.json and generate
// src/api/types/<service>.ts with openapi-typescript. `check`: the same into memory, failing (exit 1) when a
// committed snapshot or its generated types differ, so stale types fail CI.
// Services: the URLs in <SERVICE>_URL, else the ports of routes.json; `--start` starts the suite itself.
import { routes, services, startSuite } from './suite.mjs';
import { compare } from './openapi-compare.mjs';

const mode = process.argv[2];
if (!['generate', 'check'].includes(mode)) {
  console.error('usage: node scripts/openapi.mjs generate|check [--start]');
  process.exit(2);
}

const started = process.argv.includes('--start') ? await startSuite() : null;
try {
  const urls = started?.urls ?? Object.fromEntries(services.map((s) =>
    [s, process.env[s.toUpperCase().replace(/-/g, '_') + '_URL'] ?? `http://127.0.0.1:${routes[s].port}`]));
  const stale = await compare(urls, mode === 'generate');
  if (mode === 'check' && stale.length) {
    console.error(`OpenAPI snapshots or generated types are stale: ${stale.join(', ')}\nRun: npm run openapi:generate (with the services running) and commit the result.`);
    process.exitCode = 1;
  } else {
    console.log(mode === 'generate' ? 'OpenAPI snapshots and types written.' : 'OpenAPI snapshots and types are current.');
  }
} finally {
  await started?.stop();
}
