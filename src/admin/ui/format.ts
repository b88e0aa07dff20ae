/** Small display helpers shared by the pages. */

export function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function ago(iso: string, now = Date.now()): string {
  const mins = Math.round((now - new Date(iso).getTime()) / 60000);
  if (!Number.isFinite(mins)) return '';
  return minutes(Math.max(0, mins)) + ' ago';
}

export function minutes(m: number): string {
  if (m < 1) return 'under a minute';
  if (m < 60) return `${m} min`;
  if (m < 48 * 60) return `${Math.round(m / 60)} h`;
  return `${Math.round(m / 1440)} days`;
}

export const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** Category keys come from the model (snake_case); moderators read words. */
export const label = (key: string) => key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const QUEUE_LABELS: Record<string, string> = {
  pending: 'Pending',
  reported: 'Reported',
  flagged: 'Flagged by model',
  spam: 'Spam',
  rejected: 'Rejected',
  approved: 'Approved',
};

export const STATUS_LABELS: Record<string, string> = {
  active: 'Active',
  banned: 'Banned',
  suspended: 'Suspended',
  shadow_banned: 'Shadow-banned',
};
