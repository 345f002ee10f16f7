/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

type Routes = { services: Record<string, { port: number; prefixes: string[] }> };
const routes: Routes = JSON.parse(readFileSync(new URL('./routes.json', import.meta.url), 'utf8'));

/** Every /api/v1 prefix to its service, as the nginx gateway routes them; <SERVICE>_URL overrides a target. */
function proxy(): Record<string, ProxyOptions> {
  const table: Record<string, ProxyOptions> = {};
  for (const [service, { port, prefixes }] of Object.entries(routes.services)) {
    const envName = service.toUpperCase().replace(/-/g, '_') + '_URL';
    const target = process.env[envName] ?? `http://127.0.0.1:${port}`;
    for (const prefix of prefixes) table[prefix] = { target, changeOrigin: false, xfwd: true };
  }
  return table;
}

export default defineConfig({
  plugins: [react()],
  server: { proxy: proxy() },
  preview: { proxy: proxy() },
  build: { target: 'es2022', sourcemap: false, reportCompressedSize: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    // One file at a time with generous timeouts: CI shares two cores with six JVMs and other builds.
    fileParallelism: false,
    pool: 'threads',
    isolate: false, // one worker started once: on an overloaded machine a worker start can exceed Vitest's fixed 60 s
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
