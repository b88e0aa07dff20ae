import type { NamedPhase } from '../types.ts';
import { authorAllowed } from './author-allowed.ts';
import { bannedWords } from './banned-words.ts';
import { bodyLength } from './body-length.ts';
import { linkLimit } from './link-limit.ts';
import { premoderation } from './premoderation.ts';
import { repeatPost } from './repeat-post.ts';
import { storyClosed } from './story-closed.ts';
import { suspectWords } from './suspect-words.ts';
import { toxicity } from './toxicity.ts';
import { trust } from './trust.ts';

export { authorAllowed, bannedWords, bodyLength, linkLimit, premoderation, repeatPost, storyClosed, suspectWords, toxicity, trust };

/** The order is the policy. Rate limiting happens in the server before the pipeline runs. */
export const defaultPhases: readonly NamedPhase[] = [
  // 1. Gates: refuse before anything is stored.
  storyClosed, authorAllowed, bodyLength,
  // 2. Content: rejects stop the run; holds are recorded and the run goes on, so a later reject still wins.
  repeatPost, linkLimit, bannedWords, suspectWords, toxicity,
  // 3. Site policy: pre-moderation holds.
  premoderation,
  // 4. Trust last: it can lift waivable holds, never a reject (those have already ended the run).
  trust,
];

/** What a comment's text alone decides, independent of author, story and site policy (used by `parley score`). */
export const contentPhases: readonly NamedPhase[] = [linkLimit, bannedWords, suspectWords, toxicity];
