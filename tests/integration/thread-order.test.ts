import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createComment } from '../../src/services/comments/create-comment.ts';
import { voteComment } from '../../src/services/comments/vote-comment.ts';
import { identifyReader } from '../../src/services/readers/identify-reader.ts';
import { addStory, dialects, startServer, type TestServer } from '../helpers/server.ts';

/** A conversation shaped like the reference war-story thread: named and anonymous commenters answering each other, with votes. */
const NAMES = ['Anonymous', 'Olek', 'Marta', 'Anonymous', 'Dave from Leeds', 'Irina', 'Anonymous', 'J. Novak', 'Kasia', 'Tomasz', 'Anonymous', 'Pete'];

for (const dialect of await dialects()) {
  describe(`thread order and paging on ${dialect}`, () => {
    let s: TestServer;
    let clock = Date.UTC(2026, 10, 1);
    before(async () => { s = await startServer(dialect, { rateLimits: false }, { now: () => (clock += 1000) }); });
    after(async () => { await s.close(); });

    it('reads a seed-style thread back in the right order for newest, oldest and most voted', async () => {
      const story = await addStory(s, { title: 'Frontline diary' });
      const tokens: string[] = [];
      const top: Array<{ id: number; createdAt: number; score: number }> = [];
      const replies = new Map<number, number[]>();
      // 36 top-level comments by 12 commenters, each third one answered by the next two commenters.
      for (let i = 0; i < 36; i++) {
        const name = NAMES[i % NAMES.length]!;
        const reader = tokens[i % NAMES.length] ? await identifyReader(s.deps, tokens[i % NAMES.length]) : undefined;
        const res = await createComment(s.deps, { input: { story: String(story.id), body: `Point ${i} from ${name}`, author: { name } }, reader, ip: '10.0.0.1' });
        tokens[i % NAMES.length] ??= res.authorToken!;
        top.push({ id: res.comment.id, createdAt: Date.parse(res.comment.createdAt), score: 0 });
        if (i % 3 === 0) {
          const ids: number[] = [];
          for (const k of [1, 2]) {
            const rName = NAMES[(i + k) % NAMES.length]!;
            const r = await createComment(s.deps, { input: { story: String(story.id), parentId: res.comment.id, body: `> Point ${i}\n\nAnswer ${k}`, author: { name: rName } }, reader: undefined, ip: '10.0.0.2' });
            ids.push(r.comment.id);
          }
          replies.set(res.comment.id, ids);
        }
      }
      // Votes: comment i gets (i * 7) % 5 - 1 net from distinct readers, so scores tie and differ.
      const voters = await Promise.all(Array.from({ length: 4 }, async () => (await s.call('POST', '/api/v1/readers', { body: { site: 'news' } })).body.readerToken as string));
      for (const [i, c] of top.entries()) {
        const net = ((i * 7) % 5) - 1;
        for (let v = 0; v < Math.abs(net); v++) {
          await voteComment(s.deps, { id: c.id, value: net > 0 ? 1 : -1, reader: (await identifyReader(s.deps, voters[v]))! });
        }
        c.score = net;
      }

      const expected = {
        newest: [...top].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id).map((c) => c.id),
        oldest: [...top].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id).map((c) => c.id),
        votes: [...top].sort((a, b) => b.score - a.score || b.createdAt - a.createdAt || b.id - a.id).map((c) => c.id),
      };
      for (const sort of ['newest', 'oldest', 'votes'] as const) {
        const seen: number[] = [];
        let cursor: string | null = null;
        do {
          const q: string = `/api/v1/threads?story=${story.id}&sort=${sort}&limit=10${cursor ? `&cursor=${cursor}` : ''}`;
          const page = await s.call('GET', q);
          assert.equal(page.status, 200);
          for (const c of page.body.comments) {
            seen.push(c.id);
            assert.deepEqual(c.replies.map((r: any) => r.id), replies.get(c.id) ?? [], 'replies nested oldest first');
            assert.equal(c.up - c.down, top.find((t) => t.id === c.id)!.score);
          }
          cursor = page.body.nextCursor;
        } while (cursor);
        assert.deepEqual(seen, expected[sort], `order for ${sort}`);
      }
      assert.notDeepEqual(expected.votes, expected.newest, 'the votes order is really different');
    });

    it('pages a thousand-comment story completely with no duplicates or gaps', async () => {
      const story = await addStory(s);
      const all = new Set<number>();
      let lastTop = 0;
      for (let i = 0; i < 1000; i++) {
        // Every fifth comment is a reply, so pages carry nested replies too.
        const parentId = i % 5 === 4 ? lastTop : undefined;
        const r = await createComment(s.deps, { input: { story: String(story.id), parentId, body: `comment ${i}`, author: { name: `c${i % 40}` } }, reader: undefined, ip: '10.0.0.3' });
        if (parentId === undefined) lastTop = r.comment.id;
        all.add(r.comment.id);
      }
      for (const sort of ['newest', 'oldest', 'votes']) {
        const seen: number[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page = await s.call('GET', `/api/v1/threads?story=${story.id}&sort=${sort}&limit=25${cursor ? `&cursor=${cursor}` : ''}`);
          assert.equal(page.body.story.commentCount, 1000);
          for (const c of page.body.comments) {
            seen.push(c.id);
            for (const r of c.replies) seen.push(r.id);
          }
          cursor = page.body.nextCursor;
          pages++;
        } while (cursor);
        assert.equal(pages, 32, `${sort}: 800 top-level comments in pages of 25`);
        assert.equal(seen.length, 1000, `${sort}: every comment exactly once`);
        assert.deepEqual(new Set(seen), all);
      }
    });
  });
}
