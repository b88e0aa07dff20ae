import { useRef, useState } from 'preact/hooks';
import type { ThreadComment } from '../../../../contract/threads.ts';
import { ApiError, deleteComment, editComment, voteComment } from '../../api.ts';
import { useWidget } from '../../context.ts';
import { CommentForm } from '../comment-form/index.ts';
import { ReportForm } from '../report-form/index.ts';
import './comment.css';
import { Avatar } from '../avatar/index.ts';

const quoteOf = (text: string) => text.trim().split('\n').map((l) => `> ${l}`).join('\n') + '\n\n';

/** One comment with its actions and, below it, its replies (collapsible). */
export function Comment({ c, depth }: { c: ThreadComment; depth: number }) {
  const w = useWidget();
  const { t, tn } = w.i18n;
  const [replying, setReplying] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState(false);
  const reportBtn = useRef<HTMLButtonElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const replyBtn = useRef<HTMLButtonElement>(null);

  const deleted = c.status === 'deleted';
  const own = w.own[c.id];
  const canEdit = own && Date.parse(own.editableUntil) > Date.now();
  const myVote = w.votes[c.id] ?? 0;
  const name = c.author?.name ?? '';
  const replyTo = c.replyToId !== null && c.replyToId !== c.parentId ? w.names(c.replyToId) : null;

  const rel = w.i18n.relative(c.createdAt, w.now);
  // The exact date is formatted on first hover or focus: Intl date formatting costs ~0.4 ms a call,
  // which would be most of the first render of a 100-comment thread.
  const exactTitle = (e: Event) => {
    const el = e.currentTarget as HTMLElement;
    if (!el.title) el.title = w.i18n.exact(c.createdAt) + (c.editedAt ? ` (${t('edited')} ${w.i18n.exact(c.editedAt)})` : '');
  };

  const fail = (err: unknown) => setProblem(err instanceof ApiError && err.code !== 'NETWORK' ? w.i18n.error(err.code, err.message) : t('networkError'));

  const vote = async (dir: 1 | -1) => {
    setProblem(null);
    const value = myVote === dir ? 0 : dir;
    try {
      const r = await voteComment(c.id, value, await w.ensureToken());
      w.setVote(c.id, r.myVote as 1 | -1 | 0);
      w.dispatch({ type: 'updated', id: c.id, patch: { up: r.up, down: r.down } });
    } catch (err) {
      fail(err);
    }
  };

  const quote = () => {
    // A selection inside this comment is quoted as is; otherwise the whole comment.
    const sel = getSelection();
    const selected = sel && bodyRef.current && sel.rangeCount > 0 && bodyRef.current.contains(sel.anchorNode) ? sel.toString() : '';
    setReplying(quoteOf(selected || bodyRef.current?.innerText || ''));
  };

  const remove = async () => {
    try {
      await deleteComment(c.id, w.store.token());
      w.setOwn(c.id, null);
      w.dispatch({ type: 'removed', id: c.id });
      w.announce(t('deletedDone'));
    } catch (err) {
      setConfirming(false);
      fail(err);
    }
  };

  const closeReply = () => {
    setReplying(null);
    replyBtn.current?.focus();
  };

  const repliesId = `parley-replies-${c.id}`;
  return (
    <li class={`comment depth-${Math.min(depth, 5)}`} id={`parley-${c.id}`}>
      <article class="comment-card" aria-label={deleted ? t('deleted') : t('by', { name })}>
        {deleted ? (
          <p class="comment-deleted">{t('deleted')}</p>
        ) : (
          <>
            <header class="comment-head">
              <Avatar name={name} />
              <span class="comment-author">{name}</span>
              {own && <span class="comment-you">({t('you')})</span>}
              <a class="comment-time" href={`${w.storyUrl}#parley-${c.id}`} target="_top" aria-label={`${rel}, ${t('permalink')}`}
                onMouseEnter={exactTitle} onFocus={exactTitle} onClick={(e) => { e.preventDefault(); w.link(c.id); }}>
                <time dateTime={c.createdAt}>{rel}</time>
              </a>
              {c.editedAt && <span class="comment-edited">· {t('edited')}</span>}
              {replyTo && <span class="comment-reply-to">· {t('replyingTo', { name: replyTo })}</span>}
            </header>
            {editing && own ? (
              <EditForm id={c.id} body={own.body} onClose={() => setEditing(false)} />
            ) : (
              <div class="comment-body" ref={bodyRef} dangerouslySetInnerHTML={{ __html: c.html }} />
            )}
            <div class="comment-actions">
              <button type="button" class="vote up" aria-pressed={myVote === 1} aria-label={tn('upvote', c.up)} onClick={() => vote(1)}>
                <span aria-hidden="true">▲ </span><span class="n" aria-hidden="true">{c.up}</span>
              </button>
              <button type="button" class="vote down" aria-pressed={myVote === -1} aria-label={tn('downvote', c.down)} onClick={() => vote(-1)}>
                <span aria-hidden="true">▼ </span><span class="n" aria-hidden="true">{c.down}</span>
              </button>
              <button type="button" class="link" ref={replyBtn} aria-expanded={replying !== null} onClick={() => (replying === null ? setReplying('') : closeReply())}>{t('reply')}</button>
              <button type="button" class="link" onClick={quote}>{t('quote')}</button>
              {!own && !reported && (
                <button type="button" class="link" ref={reportBtn} aria-expanded={reporting} onClick={() => setReporting(!reporting)}>{t('report')}</button>
              )}
              {canEdit && !editing && <button type="button" class="link" onClick={() => setEditing(true)}>{t('edit')}</button>}
              {own && !confirming && <button type="button" class="link" onClick={() => setConfirming(true)}>{t('delete')}</button>}
              {own && confirming && (
                <span class="confirm" role="group" aria-label={t('confirmDelete')}>
                  <span>{t('confirmDelete')}</span>
                  <button type="button" class="danger" onClick={remove}>{t('delete')}</button>
                  <button type="button" class="link" onClick={() => setConfirming(false)}>{t('cancel')}</button>
                </span>
              )}
            </div>
            {problem && <p class="comment-problem" role="alert">{problem}</p>}
            {reporting && (
              <ReportForm id={c.id} onClose={(sent) => {
                setReporting(false);
                if (sent) setReported(true);
                else reportBtn.current?.focus();
              }} />
            )}
            {reported && <p class="comment-reported" role="status">{t('reported')}</p>}
          </>
        )}
      </article>
      {replying !== null && (
        <CommentForm key={replying} parentId={c.id} initialBody={replying} heading={t('replyHeading', { name })}
          onDone={closeReply} onCancel={closeReply} />
      )}
      {c.replies.length > 0 && (
        <>
          <button type="button" class="link toggle-replies" aria-expanded={!collapsed} aria-controls={repliesId} onClick={() => setCollapsed(!collapsed)}>
            {tn(collapsed ? 'showReplies' : 'hideReplies', c.replies.length)}
          </button>
          <ol class="replies" id={repliesId} hidden={collapsed}>
            {c.replies.map((r) => <Comment key={r.id} c={r} depth={depth + 1} />)}
          </ol>
        </>
      )}
    </li>
  );
}

function EditForm(props: { id: number; body: string; onClose: () => void }) {
  const w = useWidget();
  const { t } = w.i18n;
  const [body, setBody] = useState(props.body);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const v = await editComment(props.id, body, w.store.token());
      w.setOwn(v.id, { body: v.body, editableUntil: v.editableUntil });
      w.dispatch({ type: 'updated', id: v.id, patch: { html: v.html, editedAt: v.editedAt } });
      w.announce(t('editedDone'));
      props.onClose();
    } catch (err) {
      setError(err instanceof ApiError && err.code !== 'NETWORK' ? w.i18n.error(err.code, err.message) : t('networkError'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="edit-form" onSubmit={save}>
      <label for={`parley-edit-${props.id}`} class="body-label">{t('editLabel')}</label>
      <textarea id={`parley-edit-${props.id}`} value={body} rows={3} ref={(el) => el?.focus()} onInput={(e) => setBody(e.currentTarget.value)} />
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>{t('save')}</button>
        <button type="button" class="secondary" onClick={props.onClose}>{t('cancel')}</button>
      </div>
    </form>
  );
}
