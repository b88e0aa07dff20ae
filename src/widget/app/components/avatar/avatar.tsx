import { hueOf, initials } from './initials.ts';
import './avatar.css';

/** Initials on a coloured disc; decorative, the name beside it is what screen readers read. Dark enough for white text on every hue. */
export function Avatar({ name }: { name: string }) {
  return <span class="avatar" aria-hidden="true" style={{ backgroundColor: `hsl(${hueOf(name)} 45% 30%)` }}>{initials(name)}</span>;
}
