import { ApiError, ServiceUnavailableError, type Problem } from './problem';
import { TokenStore, type TokenPair } from './tokens';
import routes from '../../routes.json';

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined | null>;
  body?: unknown;
  /** Sent on creates: one key per form submission, reused when that submission is retried. */
  idempotencyKey?: string;
  /** Sent on edits: the ETag the edit was based on; a stale one is a 412. */
  ifMatch?: string;
  signal?: AbortSignal;
  accept?: string;
}

export interface ApiResponse<T> {
  status: number;
  data: T;
  etag: string | null;
  headers: Headers;
}

type FetchLike = typeof fetch;

const serviceByPrefix: [string, string][] = Object.entries(
  (routes as { services: Record<string, { prefixes: string[] }> }).services,
).flatMap(([service, { prefixes }]) => prefixes.map((p) => [p, service] as [string, string]));

/** Which service answers a path, for naming it in a "service down" banner. */
export function serviceOf(path: string): string {
  const hit = serviceByPrefix.find(([prefix]) => path === prefix || path.startsWith(prefix + '/') || path.startsWith(prefix + '?'));
  return hit ? hit[1] : 'the server';
}

export class ApiClient {
  readonly tokens: TokenStore;

  constructor(private readonly fetchImpl: FetchLike = (...args) => globalThis.fetch(...args), private readonly base = '') {
    this.tokens = new TokenStore((refreshToken) => this.refreshPair(refreshToken));
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    if (!this.tokens.accessToken && this.tokens.refreshToken && !path.startsWith('/api/v1/auth/')) {
      await this.tokens.refresh();
    }
    let response = await this.send(method, path, options);
    if (response.status === 401 && !path.startsWith('/api/v1/auth/') && (await this.tokens.refresh())) {
      response = await this.send(method, path, options); // once, with the new token; same Idempotency-Key
    }
    return this.read<T>(path, response);
  }

  get<T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) {
    return this.request<T>('GET', path, { query, signal }).then((r) => r.data);
  }

  async download(path: string, query?: RequestOptions['query'], accept = '*/*'): Promise<{ blob: Blob; filename: string }> {
    const r = await this.request<Blob>('GET', path, { query, accept });
    const disposition = r.headers.get('Content-Disposition') ?? '';
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'export';
    return { blob: r.data, filename };
  }

  private async send(method: string, path: string, o: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { Accept: o.accept ?? 'application/json, application/problem+json' };
    if (this.tokens.accessToken) headers.Authorization = `Bearer ${this.tokens.accessToken}`;
    if (o.idempotencyKey) headers['Idempotency-Key'] = o.idempotencyKey;
    if (o.ifMatch) headers['If-Match'] = o.ifMatch;
    let body: BodyInit | undefined;
    if (typeof o.body === 'string' && path.includes('/import')) {
      body = o.body;
      headers['Content-Type'] = 'text/csv';
    } else if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['Content-Type'] = 'application/json';
    }
    try {
      return await this.fetchImpl(this.base + path + queryString(o.query), { method, headers, body, signal: o.signal });
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') throw e;
      throw new ServiceUnavailableError(serviceOf(path), e);
    }
  }

  private async read<T>(path: string, response: Response): Promise<ApiResponse<T>> {
    const etag = response.headers.get('ETag');
    if ([502, 503, 504].includes(response.status)) {
      const problem = await problemOf(response);
      // A service that answers 503 with its own problem (e.g. upstream_unavailable) is up: show its problem.
      if (problem.code && problem.code !== 'internal_error' && response.headers.get('Content-Type')?.includes('problem')) {
        throw new ApiError(response.status, problem);
      }
      throw new ServiceUnavailableError(serviceOf(path));
    }
    if (!response.ok) throw new ApiError(response.status, await problemOf(response));
    const type = response.headers.get('Content-Type') ?? '';
    let data: unknown = null;
    if (response.status !== 204) {
      data = type.includes('json') ? await response.json() : await response.blob();
    }
    return { status: response.status, data: data as T, etag, headers: response.headers };
  }

  private async refreshPair(refreshToken: string): Promise<TokenPair | null> {
    const response = await this.send('POST', '/api/v1/auth/refresh', { body: { refreshToken } });
    if (!response.ok) return null;
    return (await response.json()) as TokenPair;
  }
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : {};
    return typeof parsed === 'object' && parsed ? (parsed as Problem) : { status: response.status };
  } catch {
    return { status: response.status, title: response.statusText };
  }
}

export function queryString(query?: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const api = new ApiClient();
