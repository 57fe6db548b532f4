/** Phones and narrow windows (the same breakpoint as styles.css): one 3D view, panels in a bottom sheet. */
import { useSyncExternalStore } from 'react';

export const NARROW_QUERY = '(max-width: 900px)';

export function isNarrow(): boolean {
  return typeof matchMedia === 'function' && matchMedia(NARROW_QUERY).matches;
}

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const mq = matchMedia(NARROW_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}
