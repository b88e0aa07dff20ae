/**
 * The admin UI's only door to the server: one function per endpoint over one request() that turns
 * `{error:{code,message}}` into an ApiError keeping the server's code, so pages can react to
 * INVALID_CREDENTIALS or an expired session without parsing messages. Imports: contract types only,
 * so no TypeBox code reaches the bundle.
 */
import type { ErrorBody } from '../contract/error-codes.ts';
import type {
  AuditEntry, AuthorPanel, AuthorStatusBody, BanSpec, CommentContext, Dashboard, QueueItem, QueueName, QueuePage, SiteModerationSettings,
} from '../contract/moderation.ts';

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number, readonly param?: string) {
    super(message);
  }
}

const TOKEN_KEY = 'parley-admin-token';

// sessionStorage, not localStorage: a staff session should end with the tab, and a shared newsroom
// computer should not keep a moderator signed in.
export const session = {
  get: (): string | null => {
    try {
      return sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  },
  set: (token: string | null) => {
    try {
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      else sessionStorage.removeItem(TOKEN_KEY);
    } catch { /* storage disabled: the session lives only as long as the page */ }
  },
};

type Listener = (err: ApiError) => void;
let onAuthLost: Listener = () => {};
/** The app shell registers this to return to the sign-in form when the session expires mid-work. */
export function setAuthLostHandler(fn: Listener) {
  onAuthLost = fn;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = session.get();
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit' });
  } catch {
    throw new ApiError('NETWORK', 'The server could not be reached. Check the connection and try again.', 0);
  }
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as (T & Partial<ErrorBody>) | null;
  if (!res.ok || !data) {
    const e = data?.error;
    const err = new ApiError(e?.code ?? 'INTERNAL', e?.message ?? `The server answered HTTP ${res.status}.`, res.status, e?.param);
    if (res.status === 401 && !path.startsWith('/api/v1/auth/')) onAuthLost(err);
    throw err;
  }
  return data;
}

const qs = (params: Record<string, string | number | null | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
  return p.toString();
};
const enc = encodeURIComponent;

export interface SignInResult {
  token: string;
  expiresAt: number;
  user: { id: number; email: string | null; displayName: string; role: string };
}
export interface Staff {
  role: 'admin' | 'moderator';
  userId: number;
  email: string | null;
  /** null: every site (admins). */
  siteIds: number[] | null;
}
export interface Site {
  id: number;
  name: string;
  title: string;
  origins: string[];
}

export const signIn = (email: string, password: string) => request<SignInResult>('POST', '/api/v1/auth/sign-in', { email, password });
export const signOut = () => request<void>('POST', '/api/v1/auth/sign-out');
export const getStaff = () => request<Staff>('GET', '/api/v1/auth/staff');
export const listSites = () => request<{ sites: Site[] }>('GET', '/api/v1/admin/sites');

export const getQueue = (site: string, queue: QueueName, cursor?: string | null, limit = 50) =>
  request<QueuePage>('GET', `/api/v1/admin/queue?${qs({ site, queue, limit, cursor })}`);
export const getComment = (id: number) => request<CommentContext>('GET', `/api/v1/admin/comments/${id}`);
export const approveComment = (id: number, reason?: string) => request<QueueItem>('POST', `/api/v1/admin/comments/${id}/approve`, reason ? { reason } : {});
export const rejectComment = (id: number, reason?: string, ban?: BanSpec) =>
  request<QueueItem>('POST', `/api/v1/admin/comments/${id}/reject`, { ...(reason ? { reason } : {}), ...(ban ? { ban } : {}) });
export const bulkModerate = (ids: number[], action: 'approve' | 'reject', reason?: string) =>
  request<{ updated: number }>('POST', '/api/v1/admin/comments/bulk', { ids, action, ...(reason ? { reason } : {}) });

export const getAuthor = (id: number) => request<AuthorPanel>('GET', `/api/v1/admin/authors/${id}`);
export const setAuthorStatus = (id: number, body: AuthorStatusBody) => request<AuthorPanel>('POST', `/api/v1/admin/authors/${id}/status`, body);

export const getSettings = (site: string) => request<SiteModerationSettings>('GET', `/api/v1/admin/sites/${enc(site)}/moderation`);
export const saveSettings = (site: string, settings: SiteModerationSettings) =>
  request<SiteModerationSettings>('PUT', `/api/v1/admin/sites/${enc(site)}/moderation`, settings);

export const getAudit = (site: string, cursor?: string | null, limit = 50) =>
  request<{ entries: AuditEntry[]; nextCursor: string | null }>('GET', `/api/v1/admin/audit?${qs({ site, limit, cursor })}`);
export const getDashboard = (site: string, days = 14) => request<Dashboard>('GET', `/api/v1/admin/dashboard?${qs({ site, days })}`);

export const acceptInvitation = (token: string, password: string) =>
  request<{ token: string; expiresAt: number }>('POST', '/api/v1/auth/invitations/accept', { token, password });
