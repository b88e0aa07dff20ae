/** How "reject and ban" bans: chosen once per session in the queue toolbar, so the action itself stays one key press. */
import type { BanSpec } from '../../contract/moderation.ts';

export type BanChoice = 'ban' | 'suspend24' | 'suspend168' | 'shadow_ban';

export const BAN_CHOICES: Array<{ value: BanChoice; label: string }> = [
  { value: 'ban', label: 'Ban' },
  { value: 'suspend24', label: 'Suspend for 24 hours' },
  { value: 'suspend168', label: 'Suspend for 7 days' },
  { value: 'shadow_ban', label: 'Shadow-ban' },
];

export function banSpec(choice: BanChoice, reason: string): BanSpec {
  const r = reason.trim() || 'Abusive comment';
  if (choice === 'suspend24') return { kind: 'suspend', hours: 24, reason: r };
  if (choice === 'suspend168') return { kind: 'suspend', hours: 168, reason: r };
  return { kind: choice, reason: r };
}

export const banVerb = (choice: BanChoice) => (choice === 'ban' ? 'banned' : choice === 'shadow_ban' ? 'shadow-banned' : 'suspended');
