/**
 * The view that opens on each bone. The offline best views (bestViews.json) score what bone hides of a
 * muscle or nerve, which says nothing of a bone itself; a bone is best seen from where it lies under the
 * skin rather than under muscle, as anatomists palpate it — the spine, sacrum and floating ribs from behind,
 * the pelvis from the front (past the see-through abdominal wall), the shin's bare medial face past the
 * other leg, the fibula from its own side.
 */
import type { StructureEntry } from '../anatomy/structureDirectory';
import type { BoneName } from '../anatomy/structures/bones';
import type { ViewName } from '../geometry/views/directions';

/** A view for midline bones, or the right bone's view and its mirror for the left. */
const BONE_VIEWS: Record<BoneName, ViewName | readonly [ViewName, ViewName]> = {
  t11: 'posterior',
  t12: 'posterior',
  l1: 'posterior',
  l2: 'posterior',
  l3: 'posterior',
  l4: 'posterior',
  l5: 'posterior',
  sacrum: 'posterior',
  coccyx: 'posterior',
  pelvis: 'anterior',
  rib_11: ['back_right', 'back_left'],
  rib_12: ['back_right', 'back_left'],
  femur: ['right', 'left'],
  patella: ['front_right', 'front_left'],
  tibia: ['front_left', 'front_right'],
  fibula: ['right', 'left'],
  talus: ['front_right', 'front_left'],
  foot: ['front_right', 'front_left'],
};

/** The view of a bone's directory entry; null for anything else. */
export function boneViewOf(e: StructureEntry | undefined): ViewName | null {
  if (e?.kind !== 'bone') return null;
  const v = BONE_VIEWS[e.name as BoneName];
  if (typeof v === 'string') return v;
  return e.side === 'l' ? v[1] : v[0];
}
