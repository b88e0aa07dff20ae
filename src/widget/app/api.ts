/**
 * The widget's only door to the server: one function per endpoint over one request() that turns
 * `{error:{code,message}}` into an ApiError carrying the server's code, so the UI can say what
 * went wrong in the reader's language. The iframe is on Parley's origin, so paths are relative.
 */
import type { CreateCommentBody, CreateCommentResponse, CommentView, VoteResponse } from '../../contract/comments.ts';
import type { ErrorBody } from '../../contract/error-codes.ts';
import type { ReportBody } from '../../contract/moderation.ts';
import type { ThreadPage } from '../../contract/threads.ts';

export type Sort = ThreadPage['sort'];

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
  }
}

async function request<T>(method: string, path: string, body?: unknown, token?: string | null): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError('NETWORK', 'Network error', 0);
  }
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as (T & Partial<ErrorBody>) | null;
  if (!res.ok || !data) throw new ApiError(data?.error?.code ?? 'INTERNAL', data?.error?.message ?? `HTTP ${res.status}`, res.status);
  return data;
}

export const getThread = (story: number, sort: Sort, cursor?: string | null, limit?: number) =>
  request<ThreadPage>('GET', `/api/v1/threads?${new URLSearchParams({ story: String(story), sort, ...(cursor ? { cursor } : {}), ...(limit ? { limit: String(limit) } : {}) })}`);

export const postComment = (input: CreateCommentBody, token: string | null) => request<CreateCommentResponse>('POST', '/api/v1/comments', input, token);

export const editComment = (id: number, body: string, token: string | null) => request<CommentView>('PATCH', `/api/v1/comments/${id}`, { body }, token);

export const deleteComment = (id: number, token: string | null) => request<void>('DELETE', `/api/v1/comments/${id}`, undefined, token);

export const voteComment = (id: number, value: 1 | -1 | 0, token: string | null) => request<VoteResponse>('POST', `/api/v1/comments/${id}/vote`, { value }, token);

export const reportComment = (id: number, input: ReportBody, token: string | null) =>
  request<{ reported: boolean; hidden: boolean }>('POST', `/api/v1/comments/${id}/report`, input, token);

export const createReader = (site: string) => request<{ readerToken: string }>('POST', '/api/v1/readers', { site });

/** What the sign-in endpoints and the sign-in window hand back. */
export interface Session {
  token: string;
  user: { id: number; email: string | null; displayName: string; role: string };
}

export const signInWithSso = (site: string, token: string) => request<Session>('POST', '/api/v1/auth/sso', { site, token });

export const signOut = (token: string) => request<void>('POST', '/api/v1/auth/sign-out', undefined, token);

export const getMe = (token: string) => request<{ kind: 'guest' | 'account'; displayName: string | null }>('GET', '/api/v1/me', undefined, token);

export const exportMyData = (token: string) => request<unknown>('GET', '/api/v1/me/export', undefined, token);

export const updateMe = (body: { displayName: string }, token: string) => request<{ displayName: string | null }>('PATCH', '/api/v1/me', body, token);

export const deleteMe = (comments: 'remove' | 'anonymize', token: string) => request<{ comments: number }>('DELETE', '/api/v1/me', { comments }, token);

export const claimHandoff = (nonce: string) => request<{ session: Session | null }>('POST', '/auth/window/handoff/claim', { nonce });

export const previewBody = (body: string) => request<{ html: string }>('POST', '/embed/preview', { body });
