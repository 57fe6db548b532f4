/**
 * Selecting a muscle from anywhere (list, canvas, keyboard, link, embed): one place that also announces
 * it. Where people pick a muscle by name (the list, search, a link, the quiz, the embed API), `turn`
 * turns the body to the muscle's best view; a click on the model does not (it is already in sight).
 */
import { isMuscleId, muscle, muscleLabel } from '../anatomy/muscles/catalog';
import type { MuscleId } from '../anatomy/muscles/types';
import { bestViewOf } from './bestView';
import { useStore } from './store';

export function selectMuscle(id: MuscleId | null, options: { turn?: boolean } = {}): void {
  const s = useStore.getState();
  if (id !== null && !isMuscleId(id)) return;
  s.select(id);
  if (id && options.turn) {
    const best = bestViewOf(id);
    if (best) s.turnTo(best);
  }
  s.announce(id ? `Selected ${muscleLabel(muscle(id))}` : 'Selection cleared');
  if (id && s.drawer === 'muscles') s.set('drawer', 'details');
}
