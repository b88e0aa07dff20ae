/** Staff sign-in: email and password. The session token goes to sessionStorage (see api.ts for why). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { session, signIn } from '../../api.ts';
import { toApiError } from '../../ui/use-load.ts';

export function SignInPage({ onSignedIn, notice }: { onSignedIn: () => void; notice?: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  useEffect(() => emailRef.current?.focus(), []);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await signIn(email.trim(), password);
      session.set(r.token);
      onSignedIn();
    } catch (err) {
      const a = toApiError(err);
      setError(a.code === 'INVALID_CREDENTIALS' ? 'That email and password do not match a staff account.' : a.message);
      setBusy(false);
    }
  }

  return (
    <main id="main" class="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-heading">
        <h1 id="sign-in-heading">Parley moderation</h1>
        <p class="muted">Sign in with your staff account.</p>
        {notice && <p class="note" role="status">{notice}</p>}
        <label for="email">Email</label>
        <input id="email" ref={emailRef} type="email" autocomplete="username" required value={email} onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)} />
        <label for="password">Password</label>
        <input id="password" type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)} />
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit" class="primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </main>
  );
}
