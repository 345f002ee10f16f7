import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from './api/client';
import type { TokenPair } from './api/tokens';
import type { LoginRequest, RegisterRequest, TenantView, UserView } from './api/schemas';

export type User = UserView;
export type Tenant = TenantView;

interface SessionState {
  status: 'loading' | 'signedOut' | 'signedIn';
  user: User | null;
  tenant: Tenant | null;
  locale: string;
  /** `otp`: the authenticator's code or a recovery code, for an account with two-factor sign-in. */
  signIn(email: string, password: string, otp?: string): Promise<void>;
  /** 'signedIn', or 'verify' where the installation first confirms the address by an emailed link. */
  register(body: RegisterRequest): Promise<'signedIn' | 'verify'>;
  /** Opens a household whose address was just confirmed by its link, and signs its owner in. */
  verifyEmail(token: string): Promise<void>;
  signOut(): Promise<void>;
  reload(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionState['status']>(api.tokens.hasSession() ? 'loading' : 'signedOut');
  const [user, setUser] = useState<User | null>(null);
  const [tenant, setTenant] = useState<Tenant | null>(null);

  const reload = useCallback(async () => {
    try {
      const [me, household] = await Promise.all([
        api.get<User>('/api/v1/users/me'), api.get<Tenant>('/api/v1/tenants/current'),
      ]);
      setUser(me);
      setTenant(household);
      setStatus('signedIn');
    } catch {
      if (!api.tokens.hasSession()) setStatus('signedOut');
      else setStatus((s) => (s === 'loading' ? 'signedOut' : s));
    }
  }, []);

  useEffect(() => {
    if (api.tokens.hasSession()) void reload();
    return api.tokens.subscribe((signedIn) => {
      if (!signedIn) {
        setUser(null);
        setTenant(null);
        setStatus('signedOut');
      }
    });
  }, [reload]);

  const signIn = useCallback(async (email: string, password: string, otp?: string) => {
    const body: LoginRequest = otp ? { email, password, otp } : { email, password };
    const r = await api.request<TokenPair>('POST', '/api/v1/auth/login', { body });
    api.tokens.set(r.data);
    await reload();
  }, [reload]);

  const enter = useCallback((data: TokenPair & { tenant: Tenant; user: User }) => {
    api.tokens.set(data);
    setTenant(data.tenant);
    setUser(data.user);
    setStatus('signedIn');
  }, []);

  const register = useCallback(async (body: RegisterRequest) => {
    const r = await api.request<TokenPair & { tenant: Tenant; user: User }>('POST', '/api/v1/auth/register', { body });
    if (r.status === 202) return 'verify' as const;
    enter(r.data);
    return 'signedIn' as const;
  }, [enter]);

  const verifyEmail = useCallback(async (token: string) => {
    const r = await api.request<TokenPair & { tenant: Tenant; user: User }>('POST', '/api/v1/auth/verify-email', {
      body: { token },
    });
    enter(r.data);
  }, [enter]);

  const signOut = useCallback(async () => {
    const refreshToken = api.tokens.refreshToken;
    try {
      if (refreshToken) await api.request('POST', '/api/v1/auth/logout', { body: { refreshToken } });
    } finally {
      api.tokens.clear();
    }
  }, []);

  const locale = user?.locale || (typeof navigator !== 'undefined' ? navigator.language : 'en');
  const value = useMemo(() => ({ status, user, tenant, locale, signIn, register, verifyEmail, signOut, reload }),
    [status, user, tenant, locale, signIn, register, verifyEmail, signOut, reload]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** Who may write: VIEWER reads only. */
export function canWrite(user: User | null): boolean {
  return !!user && user.role !== 'VIEWER';
}
