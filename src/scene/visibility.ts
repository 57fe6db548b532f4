/** Which parts are shown, from layers, side and isolation (shared by the scene and picking). */
import type { Muscle } from '../anatomy/muscles/catalog';
import { MUSCLE_FACTS } from '../anatomy/muscles/facts';
import type { Store } from '../state/store';

export function muscleVisible(s: Pick<Store, 'layers' | 'side' | 'isolate' | 'hidden' | 'hiddenGroups'>, m: Muscle): boolean {
  if (s.isolate.length) return s.isolate.includes(m.id) && (s.side === 'both' || m.side === s.side);
  if (!s.layers.includes('muscles')) return false;
  if (s.side !== 'both' && m.side !== s.side) return false;
  if (s.hidden.includes(m.id)) return false;
  const groups = MUSCLE_FACTS[m.name].groups;
  if (s.hiddenGroups.length && groups.length && groups.every((g) => s.hiddenGroups.includes(g))) return false;
  return true;
}
