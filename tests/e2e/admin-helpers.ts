/**
 * Plumbing for the admin UI's browser tests: the bundle built once, a moderator account made the way
 * an admin makes one (invitation, then a password), and signing in through the form.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { TestServer } from '../helpers/server.ts';
import { axeSerious } from './helpers.ts';

const MANIFEST = fileURLToPath(new URL('../../public/build/admin/manifest.json', import.meta.url));

/** Builds public/build/admin when it is missing, so the test runs from a clean checkout. */
export async function ensureAdminBuilt(): Promise<void> {
  if (existsSync(MANIFEST)) return;
  const { buildAdmin } = await import('../../scripts/build-admin.ts');
  await buildAdmin();
}

export interface Moderator {
  email: string;
  password: string;
  token: string;
}

/** Invites a moderator of `site` with the admin key and accepts the invitation, as a new moderator would. */
export async function createModerator(s: TestServer, email: string, site = 'news', password = 'correct horse battery'): Promise<Moderator> {
  const invite = await s.call('POST', '/api/v1/admin/moderators', { token: s.adminKey, body: { email, site } });
  assert.equal(invite.status, 201, JSON.stringify(invite.body));
  const accepted = await s.call('POST', '/api/v1/auth/invitations/accept', { body: { token: invite.body.inviteToken, password } });
  assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
  return { email, password, token: accepted.body.token };
}

/** Signs in through the form at /admin and waits for the queues. */
export async function signInThroughUi(page: Page, baseUrl: string, m: Pick<Moderator, 'email' | 'password'>): Promise<void> {
  await page.goto(`${baseUrl}/admin`);
  await page.getByLabel('Email').fill(m.email);
  await page.getByLabel('Password').fill(m.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Queues' }).waitFor();
}

/** The queue item cards, in display order. */
export const queueItems = (page: Page) => page.locator('ol.items article.item');

/** Serious and critical axe-core findings on the admin page (a top-level document, unlike the widget's frame). */
export const adminAxeViolations = (page: Page) => axeSerious(page);
