import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadToxicityScorer } from '../../services/moderation/load-toxicity-model.ts';
import { buildContext, FIXED_NOW, type ContextOverrides } from './context-fixture.ts';
import { ABUSIVE, CIVIL_POLITICAL } from './fixtures.test-data.ts';
import { runPipeline } from './pipeline.ts';
import { contentPhases, defaultPhases } from './phases/index.ts';
import { defaultModerationSettings } from './settings.ts';
import type { NamedPhase } from './types.ts';
import type { ToxicityScorer } from './toxicity/scorer.ts';

let scorer: ToxicityScorer;
before(async () => {
  scorer = await loadToxicityScorer();
});
const moderate = (overrides: ContextOverrides) => runPipeline(defaultPhases, buildContext({ checks: { toxicity: scorer }, ...overrides }));

describe('runPipeline', () => {
  describe('with inline test phases', () => {
    const pass: NamedPhase = { name: 'pass', run: () => ({ kind: 'pass', flags: ['SHADOW_BANNED'] }) };
    const softHold: NamedPhase = { name: 'softHold', run: () => ({ kind: 'hold', reason: 'SUSPECT_WORD', message: 'soft', waivable: true }) };
    const hardHold: NamedPhase = { name: 'hardHold', run: () => ({ kind: 'hold', reason: 'REPEAT_POST', message: 'hard', waivable: false }) };
    const reject: NamedPhase = { name: 'reject', run: async () => ({ kind: 'verdict', verdict: 'rejected', reason: 'BANNED_WORD', message: 'no' }) };
    const waive: NamedPhase = { name: 'waive', run: () => ({ kind: 'waive', reason: 'TRUSTED_AUTHOR', message: 'trusted' }) };
    const never: NamedPhase = { name: 'never', run: () => assert.fail('phases after a verdict must not run') };

    it('approves when nothing objects, keeping flags', async () => {
      const result = await runPipeline([pass], buildContext());
      assert.equal(result.outcome, 'approved');
      assert.equal(result.reason, null);
      assert.deepEqual(result.flags, ['SHADOW_BANNED']);
    });
    it('lets a later reject win over an earlier hold and stops there', async () => {
      const result = await runPipeline([softHold, reject, never], buildContext());
      assert.equal(result.outcome, 'rejected');
      assert.equal(result.phase, 'reject');
      assert.deepEqual(result.trace.map((t) => [t.phase, t.kind]), [['softHold', 'hold'], ['reject', 'verdict']]);
    });
    it('reports the first standing hold as the reason', async () => {
      const result = await runPipeline([hardHold, softHold], buildContext());
      assert.equal(result.outcome, 'held');
      assert.equal(result.reason, 'REPEAT_POST');
      assert.equal(result.holds.length, 2);
    });
    it('lets trust lift waivable holds but not the others', async () => {
      const lifted = await runPipeline([softHold, waive], buildContext());
      assert.equal(lifted.outcome, 'approved');
      assert.equal(lifted.reason, 'TRUSTED_AUTHOR');
      assert.deepEqual(lifted.waived.map((h) => h.reason), ['SUSPECT_WORD']);
      const kept = await runPipeline([softHold, hardHold, waive], buildContext());
      assert.equal(kept.outcome, 'held');
      assert.equal(kept.reason, 'REPEAT_POST');
    });
  });

  describe('with the default phases and the trained model', () => {
    it('refuses on a closed story before looking at the text', async () => {
      const result = await moderate({ body: 'you idiot', thread: { closedAt: new Date(FIXED_NOW.getTime() - 1) } });
      assert.equal(result.outcome, 'refused');
      assert.equal(result.reason, 'STORY_CLOSED');
      assert.equal(result.trace.length, 1);
    });
    it('publishes every heated-but-civil political comment', async () => {
      assert.ok(CIVIL_POLITICAL.length >= 15);
      for (const body of CIVIL_POLITICAL) {
        const result = await moderate({ body });
        assert.equal(result.outcome, 'approved', `${body} → ${result.reason}`);
      }
    });
    it('holds or rejects every abusive comment', async () => {
      assert.ok(ABUSIVE.length >= 15);
      for (const body of ABUSIVE) {
        const result = await moderate({ body });
        assert.ok(result.outcome === 'held' || result.outcome === 'rejected', `${body} → ${result.outcome}`);
      }
    });
    it('does not let trust publish a reject or an abuse hold', async () => {
      const trusted = { approvedCount: 1000 };
      assert.equal((await moderate({ body: 'Someone should shoot him.', author: trusted })).outcome, 'rejected');
      assert.equal((await moderate({ body: 'You are an idiot.', author: trusted })).outcome, 'held');
    });
    it('lets trust publish a comment held only by policy', async () => {
      const links = 'Sources: https://a.example/1 https://b.example/2 https://c.example/3';
      assert.equal((await moderate({ body: links })).reason, 'TOO_MANY_LINKS');
      const trusted = await moderate({ body: links, author: { approvedCount: defaultModerationSettings.trust.approvedComments } });
      assert.equal(trusted.outcome, 'approved');
      assert.equal(trusted.reason, 'TRUSTED_AUTHOR');
    });
    it('approves a shadow-banned author with the SHADOW_BANNED flag', async () => {
      const result = await moderate({ body: 'I agree with the article.', author: { status: 'shadow_banned' } });
      assert.equal(result.outcome, 'approved');
      assert.deepEqual(result.flags, ['SHADOW_BANNED']);
    });
    it('holds a new author under new-author pre-moderation, with scores for the moderator', async () => {
      const result = await moderate({ body: 'Thanks for this report.', site: { premod: { all: false, newAuthorComments: 2, links: false } } });
      assert.equal(result.reason, 'PREMOD_NEW_AUTHOR');
      assert.ok(result.scores && result.scores.toxicity < 0.5);
    });
    it('content phases alone decide the same way for text', async () => {
      const result = await runPipeline(contentPhases, buildContext({ body: 'I know where you live', checks: { toxicity: scorer } }));
      assert.equal(result.reason, 'THREAT');
    });
  });
});
