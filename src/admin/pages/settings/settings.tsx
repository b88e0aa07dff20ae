/**
 * The per-site word lists and thresholds. The form edits a copy and saves the whole settings object
 * at once (PUT), so a half-edited form never leaves the pipeline running on a mix of old and new values.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SiteModerationSettings } from '../../../contract/moderation.ts';
import { getSettings, saveSettings } from '../../api.ts';
import { toApiError, useLoad } from '../../ui/use-load.ts';

type S = SiteModerationSettings;
type NumKey = { [K in keyof S]: S[K] extends number ? K : never }[keyof S];
type BoolKey = { [K in keyof S]: S[K] extends boolean ? K : never }[keyof S];
type ListKey = { [K in keyof S]: S[K] extends string[] ? K : never }[keyof S];

const NUMBERS: Array<{ key: NumKey; label: string; help: string; min: number; max: number; step?: number }> = [
  { key: 'holdThreshold', label: 'Hold threshold', help: 'A model score at or above this holds the comment for review (0–1; above 1 turns holding by score off).', min: 0, max: 2, step: 0.01 },
  { key: 'rejectThreshold', label: 'Reject threshold', help: 'A model score at or above this rejects the comment outright.', min: 0, max: 2, step: 0.01 },
  { key: 'maxLength', label: 'Longest comment (characters)', help: 'Longer comments are refused with a clear message.', min: 1, max: 100000 },
  { key: 'maxLinks', label: 'Links before holding', help: 'A comment with more links than this is held.', min: 0, max: 100 },
  { key: 'repeatWindowMinutes', label: 'Repeat window (minutes)', help: 'The same text from the same author within this window is refused; 0 turns the check off.', min: 0, max: 1440 },
  { key: 'premodNewAuthorComments', label: 'Pre-moderate a new author’s first comments', help: 'How many of a new author’s first comments wait for a moderator; 0 turns this off.', min: 0, max: 100 },
  { key: 'trustApprovedComments', label: 'Trust after approved comments', help: 'Authors with this many published comments skip the soft holds; 0 turns trust off.', min: 0, max: 10000 },
  { key: 'reportThreshold', label: 'Reports before hiding', help: 'A published comment with this many readers’ reports is hidden until reviewed.', min: 1, max: 1000 },
];
const BOOLS: Array<{ key: BoolKey; label: string }> = [
  { key: 'premodAll', label: 'Pre-moderate every comment (nothing is published until approved)' },
  { key: 'premodLinks', label: 'Pre-moderate comments with links' },
  { key: 'patterns', label: 'Use the threat, incitement and insult patterns' },
];
const LISTS: Array<{ key: ListKey; label: string; help: string }> = [
  { key: 'bannedWords', label: 'Banned words', help: 'Rejected. Matching sees through spacing, repeated letters, l33t and look-alike letters. One per line.' },
  { key: 'suspectWords', label: 'Suspect words', help: 'Held for review. One per line.' },
  { key: 'blockedDomains', label: 'Blocked link domains', help: 'Comments linking here or to a subdomain are rejected. One domain per line, e.g. spam.example.' },
];

const toLines = (xs: string[]) => xs.join('\n');
const fromLines = (s: string) => [...new Set(s.split('\n').map((l) => l.trim()).filter(Boolean))];

// Admins and the site's moderators may both change these; the server decides, and a refusal shows as an error.
export function SettingsPage({ site }: { site: string }) {
  const loaded = useLoad<S>(`settings/${site}`, () => getSettings(site));
  const [draft, setDraft] = useState<S | null>(null);
  const [lists, setLists] = useState<Record<ListKey, string>>({ bannedWords: '', suspectWords: '', blockedDomains: '' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<{ message: string; param?: string } | null>(null);

  useEffect(() => {
    if (!loaded.data) return;
    setDraft(loaded.data);
    setLists({ bannedWords: toLines(loaded.data.bannedWords), suspectWords: toLines(loaded.data.suspectWords), blockedDomains: toLines(loaded.data.blockedDomains) });
  }, [loaded.data]);

  async function submit(e: Event) {
    e.preventDefault();
    if (!draft) return;
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      const saved = await saveSettings(site, { ...draft, bannedWords: fromLines(lists.bannedWords), suspectWords: fromLines(lists.suspectWords), blockedDomains: fromLines(lists.blockedDomains) });
      loaded.set(saved);
      setMessage('Saved. New comments are checked with these settings from now on.');
    } catch (err) {
      const e2 = toApiError(err);
      setError({ message: e2.message, ...(e2.param ? { param: e2.param } : {}) });
    } finally {
      setBusy(false);
    }
  }

  if (loaded.error) return <section><h1>Moderation settings</h1><p class="error" role="alert">{loaded.error.message}</p></section>;
  if (!draft) return <section><h1>Moderation settings</h1><p class="muted">Loading…</p></section>;
  const setNum = (k: NumKey, v: string) => setDraft({ ...draft, [k]: Number(v) });

  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading" tabIndex={-1}>Moderation settings for {site}</h1>
      <form onSubmit={submit}>
        <fieldset disabled={busy}>
          <legend>Thresholds and limits</legend>
          <div class="grid">
            {NUMBERS.map((f) => (
              <div class="field" key={f.key}>
                <label for={`f-${f.key}`}>{f.label}</label>
                <input id={`f-${f.key}`} type="number" min={f.min} max={f.max} step={f.step ?? 1} required value={draft[f.key]}
                  aria-describedby={`h-${f.key}`} aria-invalid={error?.param === f.key ? true : undefined}
                  onInput={(e) => setNum(f.key, (e.currentTarget as HTMLInputElement).value)} />
                <small id={`h-${f.key}`}>{f.help}</small>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset disabled={busy}>
          <legend>Pre-moderation and patterns</legend>
          {BOOLS.map((f) => (
            <label class="check" key={f.key}>
              <input type="checkbox" checked={draft[f.key]} onChange={(e) => setDraft({ ...draft, [f.key]: (e.currentTarget as HTMLInputElement).checked })} />
              {f.label}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={busy}>
          <legend>Word lists</legend>
          <div class="grid lists">
            {LISTS.map((f) => (
              <div class="field" key={f.key}>
                <label for={`f-${f.key}`}>{f.label} <span class="muted">({fromLines(lists[f.key]).length})</span></label>
                <textarea id={`f-${f.key}`} rows={10} spellcheck={false} aria-describedby={`h-${f.key}`} value={lists[f.key]}
                  onInput={(e) => setLists({ ...lists, [f.key]: (e.currentTarget as HTMLTextAreaElement).value })} />
                <small id={`h-${f.key}`}>{f.help}</small>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" class="primary" disabled={busy}>Save settings</button>
        <p class="status" role="status" aria-live="polite">{message}</p>
        {error && <p class="error" role="alert">{error.message}</p>}
      </form>
    </section>
  );
}
