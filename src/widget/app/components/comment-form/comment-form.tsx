import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, postComment, previewBody } from '../../api.ts';
import { useWidget } from '../../context.ts';
import { fromView } from '../../state.ts';
import './comment-form.css';

export interface CommentFormProps {
  parentId: number | null;
  /** Text to start from (a quote); an unsent draft for the same place wins over it. */
  initialBody?: string;
  heading: string;
  onDone?: () => void;
  onCancel?: () => void;
}

let formSeq = 0;

/**
 * The guest comment form, for a new comment or a reply. The body is saved as a draft on every
 * keystroke and only cleared once the server has accepted the comment, so neither an error nor a
 * reload loses what the reader wrote.
 */
export function CommentForm(props: CommentFormProps) {
  const w = useWidget();
  const { t } = w.i18n;
  const [uid] = useState(() => `f${++formSeq}`);
  const guest = w.store.guest();
  const [name, setName] = useState(guest.name);
  const [email, setEmail] = useState(guest.email);
  const [body, setBody] = useState(() => w.store.draft(props.parentId)?.body || props.initialBody || '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (props.parentId !== null || props.initialBody) {
      const el = bodyRef.current;
      el?.focus();
      el?.setSelectionRange(el.value.length, el.value.length);
    }
  }, []);
  useEffect(() => {
    if (props.initialBody && !w.store.draft(props.parentId)) w.store.setDraft(props.parentId, { body });
  }, []);

  const onBody = (v: string) => {
    setBody(v);
    w.store.setDraft(props.parentId, { body: v });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    // An account writes under its own display name; the guest fields are not even sent.
    const input = w.account
      ? { story: String(w.storyId), parentId: props.parentId, body }
      : { story: String(w.storyId), parentId: props.parentId, body, author: { name: name.trim(), email: email.trim() || null } };
    try {
      let res;
      try {
        res = await postComment(input, w.store.token());
      } catch (err) {
        // A token the server no longer knows (database reset, revoked): post as a fresh guest instead of failing.
        if (!(err instanceof ApiError && err.code === 'INVALID_TOKEN')) throw err;
        // An expired account session must not silently turn into an anonymous guest: show the guest form and say why.
        if (w.account) {
          w.sessionLost();
          throw err;
        }
        w.store.clearToken();
        res = await postComment(input, null);
      }
      const c = res.comment;
      if (res.authorToken) w.store.setToken(res.authorToken);
      if (!w.account) w.store.setGuest({ name: name.trim(), email: email.trim() });
      if (c.status === 'rejected') {
        setError(c.statusReason ?? t('rejected'));
        return;
      }
      w.setOwn(c.id, { body: c.body, editableUntil: c.editableUntil });
      w.store.setDraft(props.parentId, null);
      setBody('');
      setPreview(null);
      if (c.status === 'published') {
        w.dispatch({ type: 'added', comment: fromView(c) });
        w.announce(t('published'));
        props.onDone?.();
      } else {
        // Held comments are not in the public thread; the author is told plainly, in place.
        const msg = c.statusReason ?? t('held');
        setNotice(msg);
        w.announce(msg);
      }
    } catch (err) {
      const msg = err instanceof ApiError && err.code !== 'NETWORK' ? w.i18n.error(err.code, err.message) : t('networkError');
      setError(msg);
    } finally {
      setBusy(false);
    }
  };

  const togglePreview = async () => {
    if (preview !== null) return setPreview(null);
    if (!body.trim()) return setPreview('');
    try {
      setPreview((await previewBody(body)).html);
    } catch {
      setPreview('');
    }
  };

  const errId = `${uid}-err`;
  return (
    <form class="comment-form" onSubmit={submit} aria-labelledby={`${uid}-h`} noValidate>
      <h3 id={`${uid}-h`} class="form-heading">{props.heading}</h3>
      {!w.account && <div class="fields">
        <label>
          <span>{t('name')}</span>
          <input name="name" value={name} required maxLength={80} autoComplete="nickname" aria-invalid={error !== null && !name.trim()}
            onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          <span>{t('email')}</span>
          <input name="email" type="email" value={email} maxLength={320} autoComplete="email" onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
      </div>}
      <label class="body-label" for={`${uid}-body`}>{t('body')}</label>
      {preview === null ? (
        <textarea id={`${uid}-body`} name="body" ref={bodyRef} value={body} rows={props.parentId === null ? 4 : 3} required
          aria-describedby={`${uid}-hint${error ? ` ${errId}` : ''}`} onInput={(e) => onBody(e.currentTarget.value)} />
      ) : (
        <div id={`${uid}-body`} class="preview comment-body" tabIndex={0} dangerouslySetInnerHTML={{ __html: preview || `<p>${t('previewEmpty')}</p>` }} />
      )}
      <p id={`${uid}-hint`} class="hint">{t('hint')}</p>
      {error && <p id={errId} class="form-error" role="alert">{error}</p>}
      {notice && <p class="form-notice" role="status">{notice}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>{busy ? t('posting') : props.parentId === null ? t('post') : t('postReply')}</button>
        <button type="button" class="secondary" aria-pressed={preview !== null} onClick={togglePreview}>{t('preview')}</button>
        {props.onCancel && <button type="button" class="secondary" onClick={props.onCancel}>{t('cancel')}</button>}
      </div>
    </form>
  );
}
