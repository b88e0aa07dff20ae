import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api.ts';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
  set: (data: T) => void;
  /** Applies a change to the latest data (not a render-time snapshot), for updates that arrive late. */
  update: (fn: (data: T) => T) => void;
}

/**
 * Loads data for a page and reloads when `key` changes. A response for an old key is dropped, so
 * switching site or queue quickly never shows the previous queue's comments under the new heading.
 */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string; data: T | null; error: ApiError | null; loading: boolean }>({ key, data: null, error: null, loading: true });
  const seq = useRef(0);
  const run = useCallback(() => {
    const mine = ++seq.current;
    setState((s) => ({ key, data: s.key === key ? s.data : null, error: null, loading: true }));
    load().then(
      (data) => mine === seq.current && setState({ key, data, error: null, loading: false }),
      (err: unknown) => mine === seq.current && setState({ key, data: null, error: toApiError(err), loading: false }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(run, [run]);
  const set = useCallback((data: T) => setState((s) => ({ ...s, data })), []);
  const update = useCallback((fn: (data: T) => T) => setState((s) => (s.data === null ? s : { ...s, data: fn(s.data) })), []);
  return { data: state.key === key ? state.data : null, error: state.error, loading: state.loading, reload: run, set, update };
}

export const toApiError = (err: unknown): ApiError =>
  err instanceof ApiError ? err : new ApiError('INTERNAL', (err as Error)?.message ?? 'Something went wrong.', 0);
