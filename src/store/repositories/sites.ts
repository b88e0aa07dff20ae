import type { Kysely, Selectable } from 'kysely';
import type { Site } from '../../core/story.ts';
import type { SitesTable, Tables } from '../database.ts';

type Db = Kysely<Tables>;

const toSite = (r: Selectable<SitesTable>): Site => ({ id: r.id, name: r.name, title: r.title, origins: JSON.parse(r.origins), createdAt: r.created_at });

export async function findSiteByName(db: Db, name: string): Promise<Site | undefined> {
  const row = await db.selectFrom('sites').selectAll().where('name', '=', name).executeTakeFirst();
  return row && toSite(row);
}

export async function findSiteById(db: Db, id: number): Promise<Site | undefined> {
  const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toSite(row);
}

export async function insertSite(db: Db, site: Omit<Site, 'id'>): Promise<Site> {
  const row = await db.insertInto('sites')
    .values({ name: site.name, title: site.title, origins: JSON.stringify(site.origins), created_at: site.createdAt })
    .returningAll().executeTakeFirstOrThrow();
  return toSite(row);
}

export async function listSites(db: Db): Promise<Site[]> {
  return (await db.selectFrom('sites').selectAll().orderBy('id').execute()).map(toSite);
}

export async function siteSsoSecret(db: Db, siteId: number): Promise<string | null> {
  return (await db.selectFrom('sites').select('sso_secret').where('id', '=', siteId).executeTakeFirst())?.sso_secret ?? null;
}

export async function setSiteSsoSecret(db: Db, siteId: number, secret: string | null): Promise<void> {
  await db.updateTable('sites').set({ sso_secret: secret }).where('id', '=', siteId).execute();
}

export async function updateSite(db: Db, id: number, patch: { title?: string; origins?: string[] }): Promise<void> {
  const values: { title?: string; origins?: string } = {};
  if (patch.title !== undefined) values.title = patch.title;
  if (patch.origins !== undefined) values.origins = JSON.stringify(patch.origins);
  if (Object.keys(values).length > 0) await db.updateTable('sites').set(values).where('id', '=', id).execute();
}
