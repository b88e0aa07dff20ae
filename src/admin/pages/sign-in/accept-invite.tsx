/**
 * A new moderator's first visit: the admin sends them /admin/invite#token=…, they choose a password
 * and are signed in. The token is single-use and expires, so a forwarded old link fails with the
 * server's message rather than silently.
 */
import { useState } from 'preact/hooks';
import { acceptInvitation, session } from '../../api.ts';
import { navigate } from '../../ui/router.ts';
import { toApiError } from '../../ui/use-load.ts';

export function AcceptInvitePage({ token, onSignedIn }: { token: string; onSignedIn: () => void }) {
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(token ? null : 'This invitation link has no token. Ask the admin who invited you for the full link.');

  async function submit(e: Event) {
    e.preventDefault();
    if (password !== again) {
      setError('The two passwords differ.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await acceptInvitation(token, password);
      session.set(r.token);
      // Drop the token from the address bar and history: it is spent.
      navigate('/', true);
      onSignedIn();
    } catch (err) {
      setError(toApiError(err).message);
      setBusy(false);
    }
  }

  return (
    <main id="main" class="sign-in">
      <form onSubmit={submit} aria-labelledby="invite-heading">
        <h1 id="invite-heading">Join Parley moderation</h1>
        <p class="muted">Choose a password of at least 10 characters.</p>
        <label for="new-password">Password</label>
        <input id="new-password" type="password" autocomplete="new-password" required minLength={10} maxLength={200} value={password} onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)} />
        <label for="new-password-again">Password again</label>
        <input id="new-password-again" type="password" autocomplete="new-password" required value={again} onInput={(e) => setAgain((e.currentTarget as HTMLInputElement).value)} />
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit" class="primary" disabled={busy || !token}>{busy ? 'Saving…' : 'Set password and sign in'}</button>
      </form>
    </main>
  );
}
