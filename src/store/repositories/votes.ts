import type { Kysely } from 'kysely';
import type { VoteValue } from '../../core/comment.ts';
import type { Tables } from '../database.ts';

type Db = Kysely<Tables>;

export async function findVote(db: Db, commentId: number, voterId: number): Promise<VoteValue> {
  const row = await db.selectFrom('votes').select('value').where('comment_id', '=', commentId).where('voter_id', '=', voterId).executeTakeFirst();
  return (row?.value ?? 0) as VoteValue;
}

/** One row per voter per comment; withdrawing (0) removes it. */
export async function setVote(db: Db, commentId: number, voterId: number, value: VoteValue, at: number): Promise<void> {
  if (value === 0) {
    await db.deleteFrom('votes').where('comment_id', '=', commentId).where('voter_id', '=', voterId).execute();
    return;
  }
  await db.insertInto('votes').values({ comment_id: commentId, voter_id: voterId, value, created_at: at })
    .onConflict((oc) => oc.columns(['comment_id', 'voter_id']).doUpdateSet({ value, created_at: at }))
    .execute();
}

export async function votesByVoter(db: Db, voterId: number, commentIds: number[]): Promise<Map<number, VoteValue>> {
  if (commentIds.length === 0) return new Map();
  const rows = await db.selectFrom('votes').select(['comment_id', 'value']).where('voter_id', '=', voterId).where('comment_id', 'in', commentIds).execute();
  return new Map(rows.map((r) => [r.comment_id, r.value as VoteValue]));
}
