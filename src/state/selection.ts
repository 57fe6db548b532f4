/**
 * Selecting a muscle from anywhere (list, canvas, keyboard, link, embed): one place that also announces
 * it. Where people pick a muscle by name (the list, search, a link, the quiz, the embed API), `turn`
 * turns the body to the muscle's best view; a click on the model does not (it is already in sight).
 */
import { isMuscleId, muscle, muscleLabel, otherSide } from '../anatomy/muscles/catalog';
import type { MuscleId } from '../anatomy/muscles/types';
import type { ViewName } from '../geometry/views/directions';
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

/** The view of the other side: left and right swap, front and back stay. */
const MIRRORED: Partial<Record<ViewName, ViewName>> = {
  left: 'right',
  right: 'left',
  front_left: 'front_right',
  front_right: 'front_left',
  back_left: 'back_right',
  back_right: 'back_left',
};

/**
 * "Other side": the same muscle of the other side, seen as the current one was, mirrored. Someone
 * comparing the two sides' zones from behind keeps looking from behind.
 */
export function selectOtherSide(id: MuscleId): void {
  const s = useStore.getState();
  const seen: ViewName = s.camera ?? s.view;
  selectMuscle(otherSide(muscle(id)).id);
  const mirrored = MIRRORED[seen];
  if (mirrored) s.turnTo(mirrored);
}
