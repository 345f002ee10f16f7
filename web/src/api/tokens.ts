/**
 * Token handling: the access token lives only in memory (never in storage, so a script injected later cannot read
 * an old one from disk); the refresh token is kept in localStorage so a reload stays signed in, and is spent by
 * every refresh (auth-service rotates it). Refreshes are single-flight: however many requests see a 401 at once,
 * one refresh call is made and all of them wait for it, because a second call with the spent token would revoke the
 * whole sign-in.
 */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn?: number;
}

const REFRESH_KEY = 'finsuite.refreshToken';

type Listener = (signedIn: boolean) => void;

export class TokenStore {
  private access: string | null = null;
  private inflight: Promise<boolean> | null = null;
  private listeners = new Set<Listener>();

  constructor(
    private readonly refreshCall: (refreshToken: string) => Promise<TokenPair | null>,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = globalThis.localStorage ?? null,
  ) {}

  get accessToken(): string | null {
    return this.access;
  }

  get refreshToken(): string | null {
    return this.storage?.getItem(REFRESH_KEY) ?? null;
  }

  hasSession(): boolean {
    return this.access !== null || this.refreshToken !== null;
  }

  set(pair: TokenPair): void {
    this.access = pair.accessToken;
    this.storage?.setItem(REFRESH_KEY, pair.refreshToken);
    this.emit(true);
  }

  clear(): void {
    this.access = null;
    this.storage?.removeItem(REFRESH_KEY);
    this.emit(false);
  }

  /** Gets a new pair with the refresh token; concurrent callers share one call. False when signed out. */
  refresh(): Promise<boolean> {
    if (this.inflight) return this.inflight;
    const token = this.refreshToken;
    if (!token) return Promise.resolve(false);
    this.inflight = this.refreshCall(token)
      .then((pair) => {
        if (pair) {
          this.set(pair);
          return true;
        }
        this.clear();
        return false;
      })
      .finally(() => {
        this.inflight = null;
      });
    return this.inflight;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(signedIn: boolean): void {
    for (const l of this.listeners) l(signedIn);
  }
}
