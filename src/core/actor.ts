/**
 * Who is acting on the admin side, and the named permission predicates every admin route uses.
 * An admin may do everything; a moderator only on the sites they were given.
 */
export type Actor =
  | { kind: 'admin'; userId: number; email: string | null }
  | { kind: 'moderator'; userId: number; email: string | null; siteIds: readonly number[] };

export function canModerate(actor: Actor, siteId: number): boolean {
  return actor.kind === 'admin' || actor.siteIds.includes(siteId);
}

export function isAdmin(actor: Actor): actor is Extract<Actor, { kind: 'admin' }> {
  return actor.kind === 'admin';
}
