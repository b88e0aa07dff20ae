import { useState } from 'preact/hooks';
import type { ReportBody } from '../../../../contract/moderation.ts';
import { ApiError, reportComment } from '../../api.ts';
import { useWidget } from '../../context.ts';
import './report-form.css';

// Mirrors REPORT_REASONS in src/contract/moderation.ts; the type check keeps them in step without importing TypeBox into the bundle.
const REASONS = {
  abuse: 'reasonAbuse', hate: 'reasonHate', threat: 'reasonThreat', spam: 'reasonSpam', off_topic: 'reasonOffTopic', other: 'reasonOther',
} as const satisfies Record<ReportBody['reason'], string>;

/** A reader flags a comment for moderators: a reason and an optional note. */
export function ReportForm(props: { id: number; onClose: (sent: boolean) => void }) {
  const w = useWidget();
  const { t } = w.i18n;
  const [reason, setReason] = useState<ReportBody['reason'] | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = `parley-report-${props.id}`;

  const send = async (e: Event) => {
    e.preventDefault();
    if (!reason) return setError(t('reportReason'));
    setBusy(true);
    try {
      await reportComment(props.id, note.trim() ? { reason, note: note.trim() } : { reason }, await w.ensureToken());
      w.announce(t('reported'));
      props.onClose(true);
    } catch (err) {
      setError(err instanceof ApiError && err.code !== 'NETWORK' ? w.i18n.error(err.code, err.message) : t('networkError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="report-form" onSubmit={send} aria-label={t('reportHeading')}>
      <fieldset>
        <legend>{t('reportReason')}</legend>
        {(Object.keys(REASONS) as Array<keyof typeof REASONS>).map((r) => (
          <label key={r} class="report-reason">
            <input type="radio" name={name} value={r} checked={reason === r} onChange={() => setReason(r)} />
            {t(REASONS[r])}
          </label>
        ))}
      </fieldset>
      <label class="body-label" for={`${name}-note`}>{t('reportNote')}</label>
      <textarea id={`${name}-note`} value={note} rows={2} maxLength={500} onInput={(e) => setNote(e.currentTarget.value)} />
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>{t('reportSend')}</button>
        <button type="button" class="secondary" onClick={() => props.onClose(false)}>{t('cancel')}</button>
      </div>
    </form>
  );
}
