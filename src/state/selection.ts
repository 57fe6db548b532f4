/** Selecting a muscle from anywhere (list, canvas, keyboard, link, embed): one place that also announces it. */
import { isMuscleId, muscle, muscleLabel } from '../anatomy/muscles/catalog';
import type { MuscleId } from '../anatomy/muscles/types';
import { useStore } from './store';

export function selectMuscle(id: MuscleId | null): void {
  const s = useStore.getState();
  if (id !== null && !isMuscleId(id)) return;
  s.select(id);
  s.announce(id ? `Selected ${muscleLabel(muscle(id))}` : 'Selection cleared');
  if (id && s.drawer === 'muscles') s.set('drawer', 'details');
}
