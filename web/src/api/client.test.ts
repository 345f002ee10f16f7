import { describe, expect, it } from 'vitest';
import { ApiClient } from './client';
import { ApiError, ServiceUnavailableError } from './problem';

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body === null ? null : JSON.stringify(body), {
    status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

describe('ApiClient', () => {
  it('refreshes once for many concurrent 401s and retries each request with the new token', async () => {
    let refreshes = 0;
    const seen: string[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      const auth = (init.headers as Record<string, string>).Authorization;
      if (url.endsWith('/api/v1/auth/refresh')) {
        refreshes++;
        await new Promise((r) => setTimeout(r, 10));
        return json(200, { accessToken: 'new', refreshToken: 'r2' });
      }
      seen.push(`${url} ${auth} ${(init.headers as Record<string, string>)['Idempotency-Key'] ?? ''}`);
      return auth === 'Bearer new' ? json(200, { ok: url }) : json(401, { code: 'unauthorized' });
    }) as unknown as typeof fetch;
    const store = new Map<string, string>();
    const client = new ApiClient(fetchImpl);
    (client.tokens as unknown as { storage: unknown }).storage = {
      getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v), removeItem: (k: string) => store.delete(k),
    };
    client.tokens.set({ accessToken: 'old', refreshToken: 'r1' });
    const results = await Promise.all([
      client.get('/api/v1/expenses'), client.get('/api/v1/budgets'),
      client.request('POST', '/api/v1/expenses', { body: {}, idempotencyKey: 'k1' }).then((r) => r.data),
    ]);
    expect(refreshes).toBe(1);
    expect(results).toHaveLength(3);
    expect(store.get('finsuite.refreshToken')).toBe('r2');
    expect(seen.filter((s) => s.includes('k1')).every((s) => s.endsWith('k1'))).toBe(true); // same key on the retry
  });

  it('signs out when the refresh token is refused', async () => {
    const fetchImpl = (async (url: string) => url.endsWith('/refresh') ? json(401, { code: 'unauthorized' }) : json(401, { code: 'unauthorized' })) as unknown as typeof fetch;
    const client = new ApiClient(fetchImpl);
    (client.tokens as unknown as { storage: unknown }).storage = new Map() && { getItem: () => 'r1', setItem() {}, removeItem() {} };
    client.tokens.set({ accessToken: 'old', refreshToken: 'r1' });
    let signedIn = true;
    client.tokens.subscribe((s) => { signedIn = s; });
    await expect(client.get('/api/v1/expenses')).rejects.toBeInstanceOf(ApiError);
    expect(signedIn).toBe(false);
  });

  it('names the service that is down for a network error or a bare 502', async () => {
    const down = new ApiClient((async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch);
    await expect(down.get('/api/v1/emis')).rejects.toMatchObject({ service: 'emi-service' });
    const gateway = new ApiClient((async () => new Response('bad gateway', { status: 502 })) as unknown as typeof fetch);
    await expect(gateway.get('/api/v1/portfolio/holdings')).rejects.toBeInstanceOf(ServiceUnavailableError);
  });

  it('sends If-Match on edits and surfaces a 412 as a problem', async () => {
    let ifMatch: string | undefined;
    const client = new ApiClient((async (_u: string, init: RequestInit) => {
      ifMatch = (init.headers as Record<string, string>)['If-Match'];
      return json(412, { code: 'precondition_failed', status: 412 });
    }) as unknown as typeof fetch);
    await expect(client.request('PATCH', '/api/v1/expenses/1', { body: {}, ifMatch: '"3"' })).rejects.toMatchObject({ status: 412 });
    expect(ifMatch).toBe('"3"');
  });
});
