/**
 * Selecting a muscle or any other structure from anywhere (list, canvas, keyboard, link, embed): one
 * place that also announces it. Where people pick one by name (the list, search, a link, the quiz, the
 * embed API), `turn` turns the body to its best view; a click on the model does not (it is already in
 * sight). A structure's layer is turned on, so that what is selected is drawn.
 */
import { isMuscleId, muscle, muscleLabel, otherSide } from '../anatomy/muscles/catalog';
import type { MuscleId } from '../anatomy/muscles/types';
import { entryLabel, structureEntry } from '../anatomy/structureDirectory';
import type { ViewName } from '../geometry/views/directions';
import { bestViewOf } from './bestView';
import { useStore } from './store';
import { layerOfKind } from './structureLayer';
import type { ViewState } from './types';

/** What is selected, muscle or other structure. */
export const selectedId = (s: Pick<ViewState, 'muscle' | 'structure'>): string | null => s.muscle ?? s.structure;

/** How people read any id: "Psoas major (right)", "Femoral nerve (left)"; null for an unknown id. */
export function labelOf(id: string): string | null {
  if (isMuscleId(id)) return muscleLabel(muscle(id));
  const e = structureEntry(id);
  return e ? entryLabel(e) : null;
}

/** Turn on the layer that draws a structure (nothing for a muscle: the muscles layer is the user's choice). */
export function showLayerOf(id: string): void {
  const e = structureEntry(id);
  if (e) useStore.getState().setLayer(layerOfKind(e.kind), true);
}

/** Select any id (null clears); returns false, changing nothing, for an unknown id. */
export function selectById(id: string | null, options: { turn?: boolean } = {}): boolean {
  const s = useStore.getState();
  const label = id === null ? null : labelOf(id);
  if (id !== null && label === null) return false;
  s.select(id);
  if (id) showLayerOf(id);
  if (id && options.turn) {
    const best = bestViewOf(id);
    if (best) s.turnTo(best);
  }
  s.announce(label ? `Selected ${label}` : 'Selection cleared');
  if (id && s.drawer === 'muscles') s.set('drawer', 'details');
  return true;
}

export function selectMuscle(id: MuscleId | null, options: { turn?: boolean } = {}): void {
  selectById(id, options);
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
