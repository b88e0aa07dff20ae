import type { SortOrder } from './comment.ts';
import { DomainError } from './errors.ts';

/**
 * Keyset cursors: the sort key of the last comment on a page. Opaque to clients (base64url JSON)
 * and validated on the way back in, so a tampered cursor is a 400, never a query error.
 */
export type Cursor =
  | { sort: 'newest' | 'oldest'; createdAt: number; id: number }
  | { sort: 'votes'; score: number; createdAt: number; id: number };

export function encodeCursor(c: Cursor): string {
  const key = c.sort === 'votes' ? [c.sort, c.score, c.createdAt, c.id] : [c.sort, c.createdAt, c.id];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(raw: string, sort: SortOrder): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed[0] !== sort) throw badCursor();
  const nums = parsed.slice(1);
  if (!nums.every((n) => Number.isSafeInteger(n))) throw badCursor();
  if (sort === 'votes' && nums.length === 3) return { sort, score: nums[0], createdAt: nums[1], id: nums[2] };
  if (sort !== 'votes' && nums.length === 2) return { sort, createdAt: nums[0], id: nums[1] };
  throw badCursor();
}

function badCursor() {
  return new DomainError('BAD_CURSOR', 'The page cursor is not valid for this thread and sort order; start again from the first page.', { param: 'cursor' });
}
