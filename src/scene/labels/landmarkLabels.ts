/**
 * The bony landmarks the Labels layer names — those a teacher of the hip and low back points at — and
 * their short names (a label must fit beside the bone).
 */
import type { Vec3 } from '../../anatomy/math/vec3';
import { landmark } from '../../anatomy/model/landmarks';
import { SEGMENT_INDEX } from '../../anatomy/model/segments';

export interface LabelSpec {
  id: string;
  text: string;
  kind: 'landmark' | 'origin' | 'insertion';
  /** Segment index and point in its frame. */
  segment: number;
  at: Vec3;
  /** Which way the bone surface there faces (segment frame, right side): the label shows only from that side. */
  faces?: Vec3;
  /** Higher is placed first when space is short. */
  priority: number;
}

/** Directions (right side; x forward, y up, z to the right), not normalised. */
const FRONT: Vec3 = [1, 0, 0];
const BACK: Vec3 = [-1, 0, 0];

/**
 * In order of importance to a lesson on the hip and low back (earlier ones win when space is short), with
 * the way each faces (Gray's): a landmark on the far side of its bone is not labelled through it.
 */
const SIDED: [id: string, text: string, faces: Vec3][] = [
  ['asis', 'ASIS', [1, 0, 0.6]],
  ['iliac_crest_top', 'Iliac crest', [-0.2, 1, 0.8]],
  ['greater_trochanter', 'Greater trochanter', [-0.3, 0.3, 1]],
  ['psis', 'PSIS', BACK],
  ['ischial_tuberosity', 'Ischial tuberosity', [-1, -0.6, 0]],
  ['lesser_trochanter', 'Lesser trochanter', [0.3, 0, -1]],
  ['iliac_fossa', 'Iliac fossa', [0.7, 0.3, -0.7]],
  ['aiis', 'AIIS', FRONT],
  ['pubic_tubercle', 'Pubic tubercle', FRONT],
  ['l3_transverse_tip', 'L3 transverse process', [-0.6, 0, 1]],
  ['rib12_tip', '12th rib', [-0.8, 0, 0.6]],
];
const MIDLINE: [id: string, text: string, faces: Vec3][] = [
  ['pubic_symphysis', 'Pubic symphysis', FRONT],
  ['sacral_promontory', 'Sacral promontory', [1, 0.4, 0]],
  ['l1_spinous', 'L1 spinous process', BACK],
  ['l5_spinous', 'L5 spinous process', BACK],
  ['coccyx_tip', 'Coccyx', [-1, -0.5, 0]],
];

export const BONY_LANDMARKS: readonly string[] = [
  ...SIDED.flatMap(([id]) => [`${id}_r`, `${id}_l`]),
  ...MIDLINE.map(([id]) => id),
];

/** Importance of a landmark label (higher first), from its place in the lists above. */
export function landmarkPriority(id: string): number {
  const base = id.replace(/_[rl]$/, '');
  const i = SIDED.findIndex(([s]) => s === base);
  const j = MIDLINE.findIndex(([s]) => s === base);
  return i >= 0 ? 5 - i * 0.2 : j >= 0 ? 4 - j * 0.3 : 0;
}

const BY_ID = new Map<string, { text: string; faces: Vec3 }>([
  ...SIDED.flatMap(([id, text, faces]) => [
    [`${id}_r`, { text, faces }] as const,
    [`${id}_l`, { text, faces: [faces[0], faces[1], -faces[2]] as Vec3 }] as const,
  ]),
  ...MIDLINE.map(([id, text, faces]) => [id, { text, faces }] as const),
]);

export function landmarkLabel(id: string, priority: number): LabelSpec {
  const l = landmark(id);
  const known = BY_ID.get(id);
  return { id, text: known?.text ?? l.label, kind: 'landmark', segment: SEGMENT_INDEX[l.segment], at: l.at, faces: known?.faces, priority };
}
