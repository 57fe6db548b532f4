/** Which parts are shown, from layers, side and isolation (shared by the scene and picking). */
import type { Muscle } from '../anatomy/muscles/catalog';
import { muscleEntry } from '../anatomy/muscleDirectory';
import { structureEntry } from '../anatomy/structureDirectory';
import type { Store } from '../state/store';

export function muscleVisible(s: Pick<Store, 'layers' | 'side' | 'isolate' | 'hidden' | 'hiddenGroups'>, m: Muscle): boolean {
  if (s.isolate.length) return s.isolate.includes(m.id) && (s.side === 'both' || m.side === s.side);
  if (!s.layers.includes('muscles')) return false;
  if (s.side !== 'both' && m.side !== s.side) return false;
  if (s.hidden.includes(m.id)) return false;
  const groups = muscleEntry(m.name).groups;
  if (s.hiddenGroups.length && groups.length && groups.every((g) => s.hiddenGroups.includes(g))) return false;
  return true;
}

/**
 * The abdominal wall lies over the psoas: drawn see-through unless it is itself selected or isolated, so
 * the psoas stays in view from the front (issue 11), and clicks pass through it to what lies behind.
 */
const SEE_THROUGH = new Set(['rectus_abdominis', 'external_oblique', 'internal_oblique', 'transversus_abdominis']);

/**
 * Nerves, vessels and ligaments run under and inside the muscles (the lumbar plexus within psoas, the
 * obturator nerve on the pelvic wall, the iliofemoral ligament under iliopsoas, the sciatic nerve under
 * gluteus maximus): while one of them is selected every muscle is see-through, or the selection would be
 * hidden. Bones, and fascia over the muscles, show as they are.
 */
const BENEATH_MUSCLES = new Set(['nerve', 'vessel', 'ligament']);

/** Whether the selection is a structure the muscles would hide. */
export function selectionBeneathMuscles(s: Pick<Store, 'structure'>): boolean {
  const kind = s.structure ? structureEntry(s.structure)?.kind : undefined;
  return kind !== undefined && BENEATH_MUSCLES.has(kind);
}

/** `beneath`: selectionBeneathMuscles(s), passed in by a caller that asks for every muscle in a frame. */
export function muscleSeeThrough(
  s: Pick<Store, 'muscle' | 'structure' | 'isolate' | 'seeThrough'>,
  m: Muscle,
  beneath = selectionBeneathMuscles(s),
): boolean {
  if (s.isolate.includes(m.id)) return false;
  if (beneath) return true;
  return (SEE_THROUGH.has(m.name) || s.seeThrough.includes('muscles')) && s.muscle !== m.id;
}
