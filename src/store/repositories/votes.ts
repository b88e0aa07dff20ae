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
