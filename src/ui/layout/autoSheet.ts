/**
 * On a phone the bottom sheet opens by itself when there is something to read: a muscle or structure selected (from
 * a link, the list, a tap on the model), the quiz or "where does it hurt?" started, or pain marks that
 * have results. On wide screens the panels are always in view, so nothing happens.
 */
import { selectedId } from '../../state/selection';
import { type Store, useStore } from '../../state/store';
import { isNarrow } from './narrow';

/** Is there something to read in the details/quiz/pain panel that was not there in `prev`? */
export function somethingToRead(s: Store, prev: Pick<Store, 'muscle' | 'structure' | 'mode' | 'painPoints'> | null): boolean {
  if (s.mode === 'quiz' || s.mode === 'pain') {
    if (!prev || prev.mode !== s.mode) return true;
    if (s.mode === 'pain' && s.painPoints !== prev.painPoints && s.painPoints.length > 0) return true;
    // In the quiz a selection is the answer being shown: the quiz card is already open.
    if (s.mode === 'quiz') return false;
  }
  const id = selectedId(s);
  return id !== null && id !== (prev ? selectedId(prev) : null);
}

function open(s: Store) {
  if (s.drawer === 'details') return;
  s.set('drawer', 'details');
  if (s.sheet < 0.35) s.set('sheet', 0.5);
}

/** Start watching; call once after the link has been applied. Returns the unsubscribe. */
export function startAutoSheet(): () => void {
  const s = useStore.getState();
  if (isNarrow() && somethingToRead(s, null)) open(s);
  return useStore.subscribe((now, prev) => {
    if (isNarrow() && somethingToRead(now, prev)) open(useStore.getState());
  });
}
